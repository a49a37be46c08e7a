// 취합, declared: one row per department, ranked (complete departments by rank, then the others as
// read), each with the committee's result beside the department's own; below them the files that
// could not be read, the committee's grading, the ranked scores with their chart, and 입력 점검.
import { label } from "../format/labels";
import { format, messagesFor } from "../../i18n";
import { finalGradeShown, gradingCells, rankedScoresBlock } from "../committee/display";
import type { GradedDepartment } from "../committee/grading";
import type { CommitteeOutcome } from "../committee/outcome";
import { flagWords, type Consolidation, type DepartmentRow } from "../year/consolidate";
import type { Status } from "../rules/evaluate";
import { pageSetup, widthsOf } from "../format/page";
import { CONSOLIDATION_SHEETS, SETTING_ROWS, STATUS_STYLE, type Lang } from "../format/schema";
import { GRADE_FILL, NUMBER_FORMATS, STYLES } from "../format/styles";
import type { CellStyle, CellWrite, SheetWrite } from "../format/workbook";
import { describeProblem, resultMark } from "../format/words";
import { inputCheckCells } from "./inputCheck";
import {
  columnWidths,
  fixed,
  headerCells,
  rowCells,
  type OutputColumn,
  type OutputTable,
} from "./table";

/** A department's row: its own result, and the committee's where it has graded it. */
export interface SummaryRow {
  department: DepartmentRow;
  graded: GradedDepartment | null;
}

const BORDER: CellStyle = { border: true };
const CENTERED: CellStyle = { border: true, align: "center" };
const SCORE: CellStyle = { border: true, numberFormat: NUMBER_FORMATS.score };
const FINAL: CellStyle = { ...SCORE, bold: true };
const NOT_FINAL: CellStyle = { border: true, fill: STATUS_STYLE.error.fill };
const FLAGGED: CellStyle = { border: true, fill: STATUS_STYLE.atRisk.fill };
/** A grade in its colour; a word where there is none (미완료) in red. */
const gradeStyles = new Map<string, CellStyle>();
function gradeStyle(value: CellWrite["value"]): CellStyle {
  if (typeof value !== "string") return BORDER;
  let style = gradeStyles.get(value);
  if (!style) {
    style = GRADE_FILL[value]
      ? { ...BORDER, bold: true, align: "center", fill: GRADE_FILL[value] }
      : { ...CENTERED, color: "C00000" };
    gradeStyles.set(value, style);
  }
  return style;
}

const settingLabel = (key: string, lang: Lang) =>
  SETTING_ROWS.find((s) => s.key === key)?.[lang] ?? key;

/** A department's flags in words, the differing settings named. */
function flagText(d: DepartmentRow, lang: Lang): string | null {
  const flags = d.flags.map(
    (f) =>
      flagWords(d, f, lang) +
      (f === "settingsDiffer"
        ? ` (${d.differingSettings.map((k) => settingLabel(k, lang)).join(", ")})`
        : "")
  );
  return flags.join(" · ") || null;
}

const statusCounts: OutputColumn<SummaryRow>[] = (Object.keys(STATUS_STYLE) as Status[]).map(
  (status) => ({
    key: status,
    label: { ko: STATUS_STYLE[status].ko, en: STATUS_STYLE[status].en },
    width: 9,
    value: (r) => r.department.counts[status],
    style: fixed(BORDER),
  })
);

/** The summary's table: the committee's result first, the department's own after it. */
export const SUMMARY_TABLE: OutputTable<SummaryRow> = [
  {
    key: "file",
    label: label("file"),
    width: 22,
    value: (r) => r.department.file,
    style: fixed(BORDER),
  },
  {
    key: "department",
    label: label("departmentShort"),
    width: 22,
    value: (r) => r.department.department,
    style: fixed(BORDER),
  },
  {
    key: "rank",
    label: label("rank"),
    width: 9,
    value: (r) => r.graded?.rank ?? null,
    style: fixed(CENTERED),
  },
  {
    key: "finalGrade",
    label: label("finalGrade"),
    width: 9,
    value: (r, lang) => finalGradeShown(r.graded, lang),
    style: gradeStyle,
  },
  {
    key: "final",
    label: label("finalScore"),
    width: 9,
    value: (r) => r.graded?.final ?? null,
    style: fixed(FINAL),
  },
  {
    key: "quantitative",
    label: label("quantitative"),
    width: 9,
    value: (r) => r.department.score,
    style: fixed(SCORE),
  },
  {
    key: "qualitative",
    label: label("qualitativeShort"),
    width: 9,
    value: (r) => r.graded?.qualitative ?? null,
    style: fixed(SCORE),
  },
  {
    key: "year",
    label: label("year"),
    width: 9,
    value: (r) => r.department.year,
    style: fixed(BORDER),
  },
  {
    key: "score",
    label: label("overallScoreShort"),
    width: 9,
    value: (r) => r.department.score,
    style: fixed(SCORE),
  },
  {
    key: "grade",
    label: label("grade"),
    width: 9,
    value: (r) => r.department.grade,
    style: fixed(BORDER),
  },
  {
    key: "mark",
    label: label("result"),
    width: 24,
    value: (r, lang) => resultMark(r.department.provisional, lang),
    style: (_value, r) => (r.department.provisional ? NOT_FINAL : BORDER),
  },
  ...statusCounts,
  {
    key: "asOfMonth",
    label: label("asOfMonth"),
    width: 9,
    value: (r) => r.department.asOfMonth,
    style: fixed(BORDER),
  },
  {
    key: "computedAt",
    label: label("computedAt"),
    width: 9,
    value: (r) => r.department.computedAt,
    style: fixed(BORDER),
  },
  {
    key: "problems",
    label: label("problems"),
    width: 9,
    value: (r) => r.department.problems,
    style: fixed(BORDER),
  },
  {
    key: "flags",
    label: label("flags"),
    width: 40,
    value: (r, lang) => flagText(r.department, lang),
    style: (value) => (value !== null ? FLAGGED : BORDER),
  },
];

const HEADER_ROW = 2;

/** The 취합 sheet, titled `title`. */
export function summarySheet(
  consolidation: Consolidation,
  committee: CommitteeOutcome,
  lang: Lang,
  title: string
): SheetWrite {
  const cells: CellWrite[] = [
    { row: 0, col: 0, value: title, style: STYLES.title },
    ...headerCells(SUMMARY_TABLE, HEADER_ROW, lang, STYLES.computedHeader),
  ];
  // Ranked: complete departments by rank, then the others in the order they were read.
  const order = consolidation.departments
    .map((department, i) => ({ department, graded: committee.graded[i] }))
    .sort((a, b) => (a.graded?.orderIndex ?? Infinity) - (b.graded?.orderIndex ?? Infinity));
  order.forEach(({ department, graded }, i) =>
    cells.push(
      ...rowCells(
        SUMMARY_TABLE,
        { department, graded: graded?.result ?? null },
        HEADER_ROW + 1 + i,
        lang
      )
    )
  );
  let row = HEADER_ROW + 2 + consolidation.departments.length;
  if (consolidation.skipped.length) {
    const words = messagesFor(lang).workbook;
    cells.push({ row: row++, col: 0, value: words.filesNotRead, style: { bold: true } });
    for (const s of consolidation.skipped) {
      cells.push(
        { row, col: 0, value: s.file, style: NOT_FINAL },
        { row, col: 1, value: s.reason, style: BORDER }
      );
      row++;
    }
    row++;
  }
  const grading = gradingCells(committee, lang, row);
  const ranked = rankedScoresBlock(consolidation, committee, lang, grading.end + 1);
  const describe = (p: Parameters<typeof describeProblem>[0]) => describeProblem(p, lang);
  // One by one: thousands of departments' cells overflow the call stack spread into push.
  for (const block of [
    grading.cells,
    ranked.cells,
    inputCheckCells(ranked.end + 1, committee.problems, lang, describe),
  ])
    for (const cell of block) cells.push(cell);
  const widths = columnWidths(SUMMARY_TABLE);
  return {
    name: CONSOLIDATION_SHEETS.summary[lang],
    mode: "replace",
    cells,
    columnWidths: widths,
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    charts: ranked.charts,
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(widths, SUMMARY_TABLE.length),
      headerRows: { first: HEADER_ROW, last: HEADER_ROW },
      keyColumns: { first: 0, last: 1 },
      department: title,
    }),
  };
}

/** The consolidation's title: when it was made. */
export const summaryTitle = (lang: Lang, computedAt: string) =>
  format(messagesFor(lang).workbook.consolidationTitle, { computedAt });
