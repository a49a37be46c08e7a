// The committee's results as the summary shows them: the grade distribution (or the absolute
// bands) with the departments still incomplete, the ranked scores with their chart, and 정성평가
// set to print.
import { label } from "../format/labels";
import { format, messagesFor } from "../../i18n";
import { pageSetup, widthsOf } from "../format/page";
import { STATUS_STYLE, type Lang, type Named } from "../format/schema";
import { GRADE_FILL, NUMBER_FORMATS, STYLES } from "../format/styles";
import type { Consolidation } from "../year/consolidate";
import {
  CHART_PREFIX,
  cellAddress,
  type CellWrite,
  type ChartSpec,
  type SheetWrite,
  type WorkbookSnapshot,
} from "../format/workbook";
import type { GradedDepartment } from "./grading";
import type { Grade } from "../rules/evaluate";
import type { CommitteeOutcome } from "./outcome";
import { qualitativeWrite } from "./write";

const INCOMPLETE: Named = label("incompleteNoCommitteeScore");
/** In the 최종등급 column of a department without a committee score. */
const INCOMPLETE_SHORT: Named = label("incomplete");

/** A department's 최종등급 as 취합 shows it: its grade, or 미완료 without a committee score. */
export const finalGradeShown = (graded: GradedDepartment | null, lang: Lang): string | null =>
  graded?.incomplete ? INCOMPLETE_SHORT[lang] : (graded?.grade ?? null);

const RANKED_LABELS = {
  final: label("finalScoresByRank"),
  scores: label("departmentScoresHighestFirst"),
  department: label("departmentShort"),
  finalScore: label("finalScore"),
  score: label("overallScoreShort"),
} satisfies Record<string, Named>;

/**
 * The ranked scores in B:C from row `top`, and a column chart of them beside the table: the
 * committee's final scores by rank once any department is complete, the departments' own scores
 * (highest first, then by name) before.
 */
export function rankedScoresBlock(
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

const DISTRIBUTION_LABELS = {
  relative: label("gradeDistributionRelative"),
  absolute: label("gradeBandsAbsolute"),
  grade: label("grade"),
  share: label("share"),
  count: label("countComputed"),
  actual: label("given"),
  from: label("lowestScore"),
} satisfies Record<string, Named>;

/** One grade's row of the grading table; `differs`: the given count is not the one computed. */
export interface GradingRow {
  grade: Grade;
  cells: (string | number)[];
  differs: boolean;
}

/**
 * The grading as a table, the same for the 취합 sheet and the page: the distribution (each
 * grade's share, the count given, the count computed with its arithmetic) or the absolute bands,
 * and the departments still incomplete.
 */
export function gradingTable(
  committee: CommitteeOutcome,
  lang: Lang
): { title: string; headers: string[]; rows: GradingRow[]; incomplete: string | null } {
  const { grading, settings } = committee;
  const L = DISTRIBUTION_LABELS;
  const names = committee.grading.ranked.filter((d) => d.incomplete).map((d) => d.department);
  const incomplete = names.length ? `${INCOMPLETE[lang]}: ${names.join(", ")}` : null;
  if (grading.distribution) {
    return {
      title: `${L.relative[lang]} — ${format(messagesFor(lang).workbook.distributionComplete, { count: grading.complete })}`,
      // The computation last, where its text runs on into the empty cells to its right.
      headers: [L.grade, L.share, L.actual, L.count].map((l) => l[lang]),
      rows: grading.distribution.map((c) => ({
        grade: c.grade,
        cells: [
          c.grade,
          `${c.share}%`,
          c.actual,
          `${c.share}% × ${grading.complete} = ${Math.round(c.exact * 100) / 100} → ${c.target}`,
        ],
        differs: c.actual !== c.target,
      })),
      incomplete,
    };
  }
  const bands = settings.settings.bands;
  return {
    title: L.absolute[lang],
    headers: [L.grade, L.from].map((l) => l[lang]),
    rows: (["S", "A", "B", "C"] as const).map((g) => ({
      grade: g,
      cells: [g, bands[g]],
      differs: false,
    })),
    incomplete,
  };
}

/** The grading table as the 취합 sheet's cells, from `top`. */
export function gradingCells(
  committee: CommitteeOutcome,
  lang: Lang,
  top: number
): { cells: CellWrite[]; end: number } {
  const table = gradingTable(committee, lang);
  const border = { border: true };
  const cells: CellWrite[] = [];
  let row = top;
  cells.push({ row: row++, col: 1, value: table.title, style: { bold: true, size: 12 } });
  table.headers.forEach((value, i) =>
    cells.push({ row, col: 1 + i, value, style: STYLES.inputHeader })
  );
  row++;
  for (const { grade, cells: values, differs } of table.rows) {
    values.forEach((value, i) =>
      cells.push({
        row,
        col: 1 + i,
        value,
        style:
          i === 0
            ? { ...border, bold: true, align: "center", fill: GRADE_FILL[grade] }
            : i === 1 && typeof value === "string"
              ? { ...border, align: "center" }
              : i === 2 && differs
                ? { ...border, fill: STATUS_STYLE.atRisk.fill }
                : i === 3
                  ? { ...border, wrap: false }
                  : border,
      })
    );
    row++;
  }
  if (table.incomplete) {
    cells.push({
      row: row++,
      col: 1,
      value: table.incomplete,
      style: { bold: true, color: "C00000" },
    });
  }
  return { cells, end: row };
}

/** 정성평가 as written, set to print like the other 취합 sheets. */
export function qualitativeSheet(
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
