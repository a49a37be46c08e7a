// 취합: many departments' workbooks, each recomputed from its own inputs and its own settings,
// gathered into one summary with the flags a recipient needs to trust it.
import { describeProblem, resultMark } from "./compute";
import { evaluate, type Provisional } from "./evaluate";
import { readWorkbook } from "./read";
import { isFatal } from "./problems";
import type { KpiResult, Status } from "./evaluate";
import type { Settings } from "./model";
import { CONSOLIDATION_SHEETS, SETTING_ROWS, STATUS_STYLE, type Lang, type Named } from "./schema";
import { changedSinceCompute, metaValue } from "./meta";
import { pageSetup, widthsOf } from "./page";
import { NUMBER_FORMATS, STYLES } from "./template";
import { statusStyle } from "./results";
import {
  CHART_PREFIX,
  cellAddress,
  type CellWrite,
  type ChartSpec,
  type WorkbookSnapshot,
  type WorkbookWrite,
} from "./workbook";

export type Flag =
  "notComputed" | "changedAfterCompute" | "settingsDiffer" | "otherYear" | "duplicateDepartment";

export interface DepartmentRow {
  file: string;
  department: string;
  year: number;
  score: number | null;
  grade: string | null;
  /** Null when the department's result is final (확정). */
  provisional: Provisional | null;
  counts: Record<Status, number>;
  asOfMonth: number;
  /** As stored by the department's own last Compute; null when never computed. */
  computedAt: string | null;
  flags: Flag[];
  /** The settings that differ from the majority, by label. */
  differingSettings: string[];
  problems: number;
}

export interface Consolidation {
  departments: DepartmentRow[];
  kpis: { department: string; file: string; result: KpiResult }[];
  /** Files that could not be read or evaluated, with why. */
  skipped: { file: string; reason: string }[];
}

/** Settings that change results; year, names and the as-of month are the department's own. */
const COMPARED_SETTINGS: (keyof Settings)[] = [
  "lowerIsBetterFormula",
  "scoreCap",
  "kpiShare",
  "executionShare",
  "exceededFrom",
  "onTrackFrom",
  "atRiskFrom",
  "gradeS",
  "gradeA",
  "gradeB",
  "gradeC",
];

function majority<T>(values: T[]): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.value;
}

const emptyCounts = (): Record<Status, number> =>
  Object.fromEntries(Object.keys(STATUS_STYLE).map((s) => [s, 0])) as Record<Status, number>;

export function consolidate(
  files: { file: string; snapshot: WorkbookSnapshot }[],
  unreadable: { file: string; reason: string }[],
  lang: Lang
): Consolidation {
  const skipped = [...unreadable];
  const evaluated: {
    file: string;
    snapshot: WorkbookSnapshot;
    settings: Settings;
    row: DepartmentRow;
    kpis: KpiResult[];
  }[] = [];
  for (const { file, snapshot } of files) {
    // Read and evaluated only: nothing is written back, so no write description is built.
    const read = readWorkbook(snapshot);
    if (!read.ok) {
      const fatal = read.problems.filter(isFatal).map((p) => describeProblem(p, lang));
      skipped.push({ file, reason: fatal.join("; ") });
      continue;
    }
    const evaluation = evaluate(read.plan);
    const counts = emptyCounts();
    for (const k of evaluation.kpis) counts[k.status]++;
    const computedAt = metaValue(snapshot, "computedAt");
    const flags: Flag[] = [];
    if (computedAt === null) flags.push("notComputed");
    else if (changedSinceCompute(snapshot, read.layout)) flags.push("changedAfterCompute");
    evaluated.push({
      file,
      snapshot,
      settings: evaluation.settings,
      kpis: evaluation.kpis,
      row: {
        file,
        department: evaluation.settings.department,
        year: evaluation.settings.year,
        score: evaluation.department.score,
        grade: evaluation.department.grade,
        provisional: evaluation.provisional,
        counts,
        asOfMonth: evaluation.asOfMonth,
        computedAt: typeof computedAt === "string" ? computedAt : null,
        flags,
        differingSettings: [],
        problems: read.problems.length,
      },
    });
  }

  const commonSettings = majority(
    evaluated.map((e) => COMPARED_SETTINGS.map((k) => e.settings[k]))
  );
  const commonYear = majority(evaluated.map((e) => e.settings.year));
  const departmentCounts = new Map<string, number>();
  for (const e of evaluated)
    departmentCounts.set(e.row.department, (departmentCounts.get(e.row.department) ?? 0) + 1);
  for (const e of evaluated) {
    const differing = COMPARED_SETTINGS.filter(
      (k, i) => commonSettings && e.settings[k] !== commonSettings[i]
    );
    if (differing.length) {
      e.row.flags.push("settingsDiffer");
      e.row.differingSettings = differing;
    }
    if (e.settings.year !== commonYear) e.row.flags.push("otherYear");
    if ((departmentCounts.get(e.row.department) ?? 0) > 1) e.row.flags.push("duplicateDepartment");
  }
  return {
    departments: evaluated.map((e) => e.row),
    kpis: evaluated.flatMap((e) =>
      e.kpis.map((result) => ({ department: e.row.department, file: e.file, result }))
    ),
    skipped,
  };
}

export const FLAG_WORDS: Record<Flag, Named> = {
  notComputed: { ko: "계산 안 됨", en: "never computed" },
  changedAfterCompute: { ko: "계산 후 변경됨", en: "changed after Compute" },
  settingsDiffer: { ko: "설정이 다수와 다름", en: "settings differ from most" },
  otherYear: { ko: "다른 연도", en: "another year" },
  duplicateDepartment: { ko: "같은 부서 중복", en: "same department twice" },
};

const settingLabel = (key: string, lang: Lang) =>
  SETTING_ROWS.find((s) => s.key === key)?.[lang] ?? key;

const SUMMARY_COLUMNS: Named[] = [
  { ko: "파일", en: "File" },
  { ko: "부서", en: "Department" },
  { ko: "연도", en: "Year" },
  { ko: "종합점수", en: "Score" },
  { ko: "등급", en: "Grade" },
  { ko: "결과 구분", en: "Result" },
  ...(Object.keys(STATUS_STYLE) as Status[]).map((s) => ({
    ko: STATUS_STYLE[s].ko,
    en: STATUS_STYLE[s].en,
  })),
  { ko: "기준월", en: "As-of month" },
  { ko: "계산일시", en: "Computed at" },
  { ko: "입력 점검", en: "Problems" },
  { ko: "확인 필요", en: "Flags" },
];

const KPI_COLUMNS: Named[] = [
  { ko: "부서", en: "Department" },
  { ko: "파일", en: "File" },
  { ko: "과제번호", en: "Task no." },
  { ko: "성과지표", en: "Indicator" },
  { ko: "단위", en: "Unit" },
  { ko: "목표치", en: "Target" },
  { ko: "실적", en: "Actual" },
  { ko: "달성률", en: "Achievement" },
  { ko: "상태", en: "Status" },
  { ko: "점수", en: "Score" },
];

const RANKED_LABELS = {
  title: { ko: "부서별 종합점수 (높은 순)", en: "Department scores, highest first" },
  department: { ko: "부서", en: "Department" },
  score: { ko: "종합점수", en: "Score" },
} satisfies Record<string, Named>;

/**
 * The departments' scores ranked (highest first, then by name) in B:C from row `top`, and a
 * column chart of them beside the table: what the summary shows at a glance.
 */
function rankedScoresBlock(
  consolidation: Consolidation,
  lang: Lang,
  top: number
): { cells: CellWrite[]; charts: ChartSpec[] } {
  const scored = consolidation.departments
    .filter((d): d is typeof d & { score: number } => d.score !== null)
    .sort((a, b) => b.score - a.score || a.department.localeCompare(b.department, "ko"));
  const border = { border: true };
  const cells: CellWrite[] = [
    { row: top, col: 1, value: RANKED_LABELS.title[lang], style: { bold: true, size: 12 } },
    { row: top + 1, col: 1, value: RANKED_LABELS.department[lang], style: STYLES.inputHeader },
    { row: top + 1, col: 2, value: RANKED_LABELS.score[lang], style: STYLES.inputHeader },
  ];
  scored.forEach((d, i) =>
    cells.push(
      { row: top + 2 + i, col: 1, value: d.department, style: border },
      {
        row: top + 2 + i,
        col: 2,
        value: d.score,
        style: { ...border, numberFormat: NUMBER_FORMATS.score },
      }
    )
  );
  if (scored.length === 0) return { cells, charts: [] };
  const range = (col: number) =>
    `${cellAddress(top + 2, col)}:${cellAddress(top + 1 + scored.length, col)}`;
  const chart: ChartSpec = {
    name: `${CHART_PREFIX}department-scores`,
    kind: "column",
    title: RANKED_LABELS.title[lang],
    categories: range(1),
    values: range(2),
    seriesName: RANKED_LABELS.score[lang],
    from: { row: top, col: 4 },
    to: { row: top + 16, col: 13 },
  };
  return { cells, charts: [chart] };
}

/** The consolidation as two sheets of a new workbook (or of the open one, in the pane). */
export function consolidationWrite(
  consolidation: Consolidation,
  lang: Lang,
  computedAt: string
): WorkbookWrite {
  const border = { border: true };
  const title =
    lang === "ko" ? `주요업무 목표관리 취합 (${computedAt})` : `MBO consolidation (${computedAt})`;
  const summary: CellWrite[] = [
    { row: 0, col: 0, value: title, style: STYLES.title },
    ...SUMMARY_COLUMNS.map((c, col) => ({
      row: 2,
      col,
      value: c[lang],
      style: STYLES.computedHeader,
    })),
  ];
  const statuses = Object.keys(STATUS_STYLE) as Status[];
  consolidation.departments.forEach((d, i) => {
    const row = 3 + i;
    const flags = d.flags.map(
      (f) =>
        FLAG_WORDS[f][lang] +
        (f === "settingsDiffer"
          ? ` (${d.differingSettings.map((k) => settingLabel(k, lang)).join(", ")})`
          : "")
    );
    const values: (string | number | null)[] = [
      d.file,
      d.department,
      d.year,
      d.score,
      d.grade,
      resultMark(d.provisional, lang),
      ...statuses.map((s) => d.counts[s]),
      d.asOfMonth,
      d.computedAt,
      d.problems,
      flags.join(" · ") || null,
    ];
    values.forEach((value, col) =>
      summary.push({
        row,
        col,
        value,
        style:
          col === 3
            ? { ...border, numberFormat: NUMBER_FORMATS.score }
            : col === 5 && d.provisional
              ? { ...border, fill: STATUS_STYLE.error.fill }
              : col === values.length - 1 && flags.length
                ? { ...border, fill: STATUS_STYLE.atRisk.fill }
                : border,
      })
    );
  });
  let row = 4 + consolidation.departments.length;
  if (consolidation.skipped.length) {
    summary.push({
      row: row++,
      col: 0,
      value: lang === "ko" ? "읽지 못한 파일" : "Files not read",
      style: { bold: true },
    });
    for (const s of consolidation.skipped) {
      summary.push(
        { row, col: 0, value: s.file, style: { ...border, fill: STATUS_STYLE.error.fill } },
        { row, col: 1, value: s.reason, style: border }
      );
      row++;
    }
  }
  const ranked = rankedScoresBlock(consolidation, lang, row + 1);
  summary.push(...ranked.cells);
  const kpis: CellWrite[] = KPI_COLUMNS.map((c, col) => ({
    row: 0,
    col,
    value: c[lang],
    style: STYLES.computedHeader,
  }));
  consolidation.kpis.forEach(({ department, file, result }, i) => {
    const k = result.kpi;
    const figure = {
      ...border,
      numberFormat: k.unit === "%" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count,
    };
    const cells: [string | number | null, CellWrite["style"]][] = [
      [department, border],
      [file, border],
      [k.taskNo, border],
      [k.name, border],
      [k.unit, border],
      [k.target, figure],
      [result.actual, figure],
      [result.achievement, { ...border, numberFormat: NUMBER_FORMATS.percent }],
      [STATUS_STYLE[result.status][lang], statusStyle(result.status)],
      [result.score, { ...border, numberFormat: NUMBER_FORMATS.score }],
    ];
    cells.forEach(([value, style], col) => kpis.push({ row: 1 + i, col, value, style }));
  });
  const summaryWidths = SUMMARY_COLUMNS.map((_, col) => ({
    col,
    width: col < 2 ? 22 : col === 5 ? 24 : col === SUMMARY_COLUMNS.length - 1 ? 40 : 9,
  }));
  const kpiWidths = KPI_COLUMNS.map((_, col) => ({ col, width: col < 2 || col === 3 ? 20 : 10 }));
  return {
    sheets: [
      {
        name: CONSOLIDATION_SHEETS.summary[lang],
        mode: "replace",
        cells: summary,
        columnWidths: summaryWidths,
        freeze: { rows: 3, cols: 2 },
        charts: ranked.charts,
        page: pageSetup({
          orientation: "landscape",
          widths: widthsOf(summaryWidths, SUMMARY_COLUMNS.length),
          headerRows: { first: 2, last: 2 },
          keyColumns: { first: 0, last: 1 },
          department: title,
        }),
      },
      {
        name: CONSOLIDATION_SHEETS.kpis[lang],
        mode: "replace",
        cells: kpis,
        columnWidths: kpiWidths,
        freeze: { rows: 1, cols: 0 },
        page: pageSetup({
          orientation: "landscape",
          widths: widthsOf(kpiWidths, KPI_COLUMNS.length),
          headerRows: { first: 0, last: 0 },
          keyColumns: { first: 0, last: 0 },
          department: title,
        }),
      },
    ],
    activeSheet: CONSOLIDATION_SHEETS.summary[lang],
  };
}
