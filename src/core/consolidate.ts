// 취합: many departments' workbooks, each recomputed from its own inputs and its own settings,
// gathered into one summary with the flags a recipient needs to trust it.
import { format, messagesFor } from "../i18n";
import { describeProblem, resultMark } from "./words";
import { evaluate, type Provisional } from "./evaluate";
import { readWorkbook } from "./read";
import { isFatal } from "./problems";
import type { KpiResult, Status } from "./evaluate";
import type { Settings } from "./model";
import { CONSOLIDATION_SHEETS, SETTING_ROWS, STATUS_STYLE, type Lang, type Named } from "./schema";
import { changedSinceCompute, metaValue } from "./meta";
import { pageSetup, widthsOf } from "./page";
import { GRADE_FILL, NUMBER_FORMATS, STYLES, statusStyle } from "./styles";
import { inputCheckCells } from "./results";
import { grade, type GradedDepartment, type Grading } from "./committee/grading";
import {
  readCommitteeSettings,
  readQualitative,
  type QualitativeRead,
  type SettingsRead,
} from "./committee/sheets";
import { committeeSettingsWrite, qualitativeWrite } from "./committee/write";
import type { Problem } from "./problems";
import {
  CHART_PREFIX,
  cellAddress,
  type CellWrite,
  type ChartSpec,
  type SheetWrite,
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

/** A KPI row of the 취합_지표 sheet: only what it shows (a department's plan is not kept). */
export interface KpiLine {
  department: string;
  file: string;
  taskNo: string;
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: Status;
  score: number | null;
}

export interface Consolidation {
  departments: DepartmentRow[];
  kpis: KpiLine[];
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

interface Evaluated {
  file: string;
  settings: Settings;
  row: DepartmentRow;
  kpis: KpiLine[];
}

const kpiLine = (department: string, file: string, result: KpiResult): KpiLine => ({
  department,
  file,
  taskNo: result.kpi.taskNo,
  name: result.kpi.name,
  unit: result.kpi.unit,
  target: result.kpi.target,
  actual: result.actual,
  achievement: result.achievement,
  status: result.status,
  score: result.score,
});

/**
 * 취합 one workbook at a time: each is read and evaluated as it is added and only its results are
 * kept, so hundreds of workbooks never sit in memory together.
 */
export class Consolidator {
  private readonly evaluated: Evaluated[] = [];
  private readonly skipped: { file: string; reason: string }[] = [];

  constructor(private readonly lang: Lang) {}

  /** A file that could not be read at all, and why. */
  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
  }

  /** A department's workbook: evaluated with its own settings (nothing is written back). */
  add(file: string, snapshot: WorkbookSnapshot): void {
    const read = readWorkbook(snapshot);
    if (!read.ok) {
      const fatal = read.problems.filter(isFatal).map((p) => describeProblem(p, this.lang));
      this.skip(file, fatal.join("; "));
      return;
    }
    const evaluation = evaluate(read.plan);
    const counts = emptyCounts();
    for (const k of evaluation.kpis) counts[k.status]++;
    const computedAt = metaValue(snapshot, "computedAt");
    const flags: Flag[] = [];
    if (computedAt === null) flags.push("notComputed");
    else if (changedSinceCompute(snapshot, read.layout)) flags.push("changedAfterCompute");
    this.evaluated.push({
      file,
      settings: evaluation.settings,
      kpis: evaluation.kpis.map((k) => kpiLine(evaluation.settings.department, file, k)),
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

  /** The summary: flags that need every department (settings and year of the majority, twins). */
  finish(): Consolidation {
    const evaluated = this.evaluated;
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
      if ((departmentCounts.get(e.row.department) ?? 0) > 1)
        e.row.flags.push("duplicateDepartment");
    }
    return {
      departments: evaluated.map((e) => e.row),
      kpis: evaluated.flatMap((e) => e.kpis),
      skipped: [...this.skipped],
    };
  }
}

/** 취합 of workbooks already read (and of the files that could not be). */
export function consolidate(
  files: { file: string; snapshot: WorkbookSnapshot }[],
  unreadable: { file: string; reason: string }[],
  lang: Lang
): Consolidation {
  const consolidator = new Consolidator(lang);
  for (const { file, reason } of unreadable) consolidator.skip(file, reason);
  for (const { file, snapshot } of files) consolidator.add(file, snapshot);
  return consolidator.finish();
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
  { ko: "순위", en: "Rank" },
  { ko: "최종등급", en: "Final grade" },
  { ko: "최종점수", en: "Final score" },
  { ko: "정량", en: "Quantitative" },
  { ko: "정성", en: "Qualitative" },
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
  final: { ko: "부서별 최종점수 (순위순)", en: "Final scores by rank" },
  scores: { ko: "부서별 종합점수 (높은 순)", en: "Department scores, highest first" },
  department: { ko: "부서", en: "Department" },
  finalScore: { ko: "최종점수", en: "Final score" },
  score: { ko: "종합점수", en: "Score" },
} satisfies Record<string, Named>;

/**
 * The ranked scores in B:C from row `top`, and a column chart of them beside the table: the
 * committee's final scores by rank once any department is complete, the departments' own scores
 * (highest first, then by name) before.
 */
function rankedScoresBlock(
  consolidation: Consolidation,
  committee: CommitteeOutcome,
  lang: Lang,
  top: number
): { cells: CellWrite[]; charts: ChartSpec[]; end: number } {
  const finals = committee.grading.ranked.filter((d) => !d.incomplete);
  const useFinal = finals.length > 0;
  const list: { department: string; score: number }[] = useFinal
    ? finals.map((d) => ({ department: d.department, score: d.final as number }))
    : consolidation.departments
        .filter((d): d is typeof d & { score: number } => d.score !== null)
        .sort((a, b) => b.score - a.score || a.department.localeCompare(b.department, "ko"))
        .map((d) => ({ department: d.department, score: d.score }));
  const title = (useFinal ? RANKED_LABELS.final : RANKED_LABELS.scores)[lang];
  const valueLabel = (useFinal ? RANKED_LABELS.finalScore : RANKED_LABELS.score)[lang];
  const border = { border: true };
  const cells: CellWrite[] = [
    { row: top, col: 1, value: title, style: { bold: true, size: 12 } },
    { row: top + 1, col: 1, value: RANKED_LABELS.department[lang], style: STYLES.inputHeader },
    { row: top + 1, col: 2, value: valueLabel, style: STYLES.inputHeader },
  ];
  list.forEach((d, i) =>
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
  const chartRows = 16;
  const end = Math.max(top + 2 + list.length, list.length ? top + chartRows + 1 : 0);
  if (list.length === 0) return { cells, charts: [], end: top + 2 };
  const range = (col: number) =>
    `${cellAddress(top + 2, col)}:${cellAddress(top + 1 + list.length, col)}`;
  const chart: ChartSpec = {
    name: `${CHART_PREFIX}department-scores`,
    kind: "column",
    title,
    categories: range(1),
    values: range(2),
    seriesName: valueLabel,
    from: { row: top, col: 4 },
    to: { row: top + chartRows, col: 13 },
  };
  return { cells, charts: [chart], end };
}

const INCOMPLETE: Named = { ko: "미완료 (정성 점수 없음)", en: "incomplete (no committee score)" };
/** In the 최종등급 column of a department without a committee score. */
const INCOMPLETE_SHORT: Named = { ko: "미완료", en: "incomplete" };

export interface CommitteeOutcome {
  settings: SettingsRead;
  qualitative: QualitativeRead;
  grading: Grading;
  /** Per department row of the consolidation (same order): its grading and place in the ranking. */
  graded: ({ result: GradedDepartment; orderIndex: number } | null)[];
  problems: Problem[];
}

/**
 * The committee's results for a consolidation: 취합설정 and 정성평가 read from the workbook written
 * into (defaults and empty when new), each department graded once (a department read twice is
 * graded on its first file).
 */
function committeeOutcome(
  consolidation: Consolidation,
  existing: WorkbookSnapshot | null
): CommitteeOutcome {
  const problems: Problem[] = [];
  const snapshot = existing ?? { sheets: [] };
  const settings = readCommitteeSettings(snapshot, problems);
  const qualitative = readQualitative(snapshot, problems);
  const entries = new Map(qualitative.rows.map((r) => [r.department, r.entry]));
  const firstRow = new Map<string, number>();
  consolidation.departments.forEach((d, i) => {
    if (!firstRow.has(d.department)) firstRow.set(d.department, i);
  });
  const inputs = [...firstRow.keys()].map((department) => ({
    department,
    quantitative: consolidation.departments[firstRow.get(department) as number].score,
    committee: entries.get(department) ?? null,
  }));
  const grading = grade(inputs, settings.settings);
  const place = new Map(grading.ranked.map((d, i) => [d.department, { result: d, orderIndex: i }]));
  const graded = consolidation.departments.map((d, i) =>
    firstRow.get(d.department) === i ? (place.get(d.department) ?? null) : null
  );
  return { settings, qualitative, grading, graded, problems };
}

const DISTRIBUTION_LABELS = {
  relative: { ko: "등급 배분 (상대평가)", en: "Grade distribution (relative)" },
  absolute: { ko: "등급 기준 (절대평가)", en: "Grade bands (absolute)" },
  grade: { ko: "등급", en: "Grade" },
  share: { ko: "배분", en: "Share" },
  count: { ko: "계산", en: "Count" },
  actual: { ko: "실제", en: "Given" },
  from: { ko: "최저 점수", en: "From" },
} satisfies Record<string, Named>;

/** The distribution (its counts against their targets) or the bands, and the incomplete named. */
function gradingCells(
  committee: CommitteeOutcome,
  lang: Lang,
  top: number
): { cells: CellWrite[]; end: number } {
  const { grading, settings } = committee;
  const border = { border: true };
  const cells: CellWrite[] = [];
  let row = top;
  const header = (labels: Named[]) => {
    labels.forEach((label, i) =>
      cells.push({ row, col: 1 + i, value: label[lang], style: STYLES.inputHeader })
    );
    row++;
  };
  if (grading.distribution) {
    cells.push({
      row: row++,
      col: 1,
      value: `${DISTRIBUTION_LABELS.relative[lang]} — ${format(messagesFor(lang).workbook.distributionComplete, { count: grading.complete })}`,
      style: { bold: true, size: 12 },
    });
    const L = DISTRIBUTION_LABELS;
    // The computation last, where its text runs on into the empty cells to its right.
    header([L.grade, L.share, L.actual, L.count]);
    for (const c of grading.distribution) {
      const exact = Math.round(c.exact * 100) / 100;
      cells.push(
        {
          row,
          col: 1,
          value: c.grade,
          style: { ...border, bold: true, align: "center", fill: GRADE_FILL[c.grade] },
        },
        { row, col: 2, value: `${c.share}%`, style: { ...border, align: "center" } },
        {
          row,
          col: 3,
          value: c.actual,
          style: c.actual !== c.target ? { ...border, fill: STATUS_STYLE.atRisk.fill } : border,
        },
        {
          row,
          col: 4,
          value: `${c.share}% × ${grading.complete} = ${exact} → ${c.target}`,
          style: { ...border, wrap: false },
        }
      );
      row++;
    }
  } else {
    cells.push({
      row: row++,
      col: 1,
      value: DISTRIBUTION_LABELS.absolute[lang],
      style: { bold: true, size: 12 },
    });
    header([DISTRIBUTION_LABELS.grade, DISTRIBUTION_LABELS.from]);
    const bands = settings.settings.bands;
    for (const [g, from] of [
      ["S", bands.S],
      ["A", bands.A],
      ["B", bands.B],
      ["C", bands.C],
    ] as const) {
      cells.push(
        {
          row,
          col: 1,
          value: g,
          style: { ...border, bold: true, align: "center", fill: GRADE_FILL[g] },
        },
        { row, col: 2, value: from, style: border }
      );
      row++;
    }
  }
  const incomplete = grading.ranked.filter((d) => d.incomplete).map((d) => d.department);
  if (incomplete.length) {
    cells.push({
      row: row++,
      col: 1,
      value: `${INCOMPLETE[lang]}: ${incomplete.join(", ")}`,
      style: { bold: true, color: "C00000" },
    });
  }
  return { cells, end: row };
}

/** 정성평가 as written, set to print like the other 취합 sheets. */
function qualitativeSheet(
  existing: WorkbookSnapshot | null,
  committee: CommitteeOutcome,
  lang: Lang,
  title: string
): SheetWrite {
  const write = qualitativeWrite(
    existing,
    committee.qualitative,
    committee.grading.departments,
    lang
  );
  const widths = write.columnWidths;
  return widths
    ? {
        ...write,
        page: pageSetup({
          orientation: "landscape",
          widths: widthsOf(widths, widths.length),
          headerRows: { first: 2, last: 2 },
          keyColumns: { first: 0, last: 0 },
          department: title,
        }),
      }
    : write;
}

/**
 * The consolidation's sheets (a new workbook, or the open one in the pane, or the summary file
 * being consolidated again): the summary ranked with the committee's results, the KPI rows, and
 * the committee's sheets (취합설정, 정성평가) with everything typed in them kept. `existing` is the
 * workbook written into, when it exists.
 */
export function consolidationWrite(
  consolidation: Consolidation,
  lang: Lang,
  computedAt: string,
  existing: WorkbookSnapshot | null = null
): WorkbookWrite & { committee: CommitteeOutcome } {
  const committee = committeeOutcome(consolidation, existing);
  const border = { border: true };
  const title = format(messagesFor(lang).workbook.consolidationTitle, { computedAt });
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
  const gradedByRow = committee.graded;
  // Ranked: complete departments by rank, then the others in the order they were read.
  const order = consolidation.departments
    .map((d, i) => ({ d, graded: gradedByRow[i] }))
    .sort((a, b) => (a.graded?.orderIndex ?? Infinity) - (b.graded?.orderIndex ?? Infinity));
  order.forEach(({ d, graded }, i) => {
    const row = 3 + i;
    const flags = d.flags.map(
      (f) =>
        FLAG_WORDS[f][lang] +
        (f === "settingsDiffer"
          ? ` (${d.differingSettings.map((k) => settingLabel(k, lang)).join(", ")})`
          : "")
    );
    const result = graded?.result ?? null;
    const values: (string | number | null)[] = [
      d.file,
      d.department,
      result?.rank ?? null,
      result?.incomplete ? INCOMPLETE_SHORT[lang] : (result?.grade ?? null),
      result?.final ?? null,
      d.score,
      result?.qualitative ?? null,
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
    const score = { ...border, numberFormat: NUMBER_FORMATS.score };
    values.forEach((value, col) =>
      summary.push({
        row,
        col,
        value,
        style:
          col === 3 && typeof value === "string"
            ? GRADE_FILL[value]
              ? { ...border, bold: true, align: "center", fill: GRADE_FILL[value] }
              : { ...border, align: "center", color: "C00000" }
            : col === 2
              ? { ...border, align: "center" }
              : col === 4
                ? { ...score, bold: true }
                : col === 5 || col === 6 || col === 8
                  ? score
                  : col === 10 && d.provisional
                    ? { ...border, fill: STATUS_STYLE.error.fill }
                    : col === values.length - 1 && value !== null
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
      value: messagesFor(lang).workbook.filesNotRead,
      style: { bold: true },
    });
    for (const s of consolidation.skipped) {
      summary.push(
        { row, col: 0, value: s.file, style: { ...border, fill: STATUS_STYLE.error.fill } },
        { row, col: 1, value: s.reason, style: border }
      );
      row++;
    }
    row++;
  }
  const grading = gradingCells(committee, lang, row);
  summary.push(...grading.cells);
  row = grading.end + 1;
  const ranked = rankedScoresBlock(consolidation, committee, lang, row);
  summary.push(...ranked.cells);
  row = ranked.end + 1;
  summary.push(...inputCheckCells(row, committee.problems, lang, (p) => describeProblem(p, lang)));
  const kpis: CellWrite[] = KPI_COLUMNS.map((c, col) => ({
    row: 0,
    col,
    value: c[lang],
    style: STYLES.computedHeader,
  }));
  // One look object per format, shared by every row: a thousand departments' KPIs are 90,000 rows.
  const looks = {
    percent: { ...border, numberFormat: NUMBER_FORMATS.percent },
    count: { ...border, numberFormat: NUMBER_FORMATS.count },
    score: { ...border, numberFormat: NUMBER_FORMATS.score },
  };
  consolidation.kpis.forEach((k, i) => {
    const figure = k.unit === "%" ? looks.percent : looks.count;
    const cells: [string | number | null, CellWrite["style"]][] = [
      [k.department, border],
      [k.file, border],
      [k.taskNo, border],
      [k.name, border],
      [k.unit, border],
      [k.target, figure],
      [k.actual, figure],
      [k.achievement, looks.percent],
      [STATUS_STYLE[k.status][lang], statusStyle(k.status)],
      [k.score, looks.score],
    ];
    cells.forEach(([value, style], col) => kpis.push({ row: 1 + i, col, value, style }));
  });
  const summaryWidths = SUMMARY_COLUMNS.map((_, col) => ({
    col,
    width: col < 2 ? 22 : col === 10 ? 24 : col === SUMMARY_COLUMNS.length - 1 ? 40 : 9,
  }));
  const settingsSheet = committeeSettingsWrite(existing, committee.settings, lang);
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
      qualitativeSheet(existing, committee, lang, title),
      ...(settingsSheet ? [settingsSheet] : []),
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
    committee,
  };
}
