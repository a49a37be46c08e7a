// The charts of 결과 (PRODUCT.md, "Printing and charts"): task scores as columns, and the
// department score by as-of month from 이력 once there are two records. Real chart objects drawn
// from a small table on 결과 itself, so any reader (Excel, Excel on the web, LibreOffice) draws
// them from cells it has.
import { label } from "./labels";
import { format, messagesFor } from "../../i18n";
import type { Evaluation, TaskResult } from "../rules/evaluate";
import type { MonthRecord } from "../year/history";
import type { Lang, Named } from "./schema";
import { NUMBER_FORMATS, STYLES } from "./styles";
import { columnOf, fixed, headerCells, rowCells, type OutputTable } from "../sheets/table";
import {
  CHART_PREFIX,
  cellAddress,
  type CellStyle,
  type CellWrite,
  type ChartSpec,
} from "./workbook";

const LABELS = {
  data: label("chartData"),
  taskChart: label("scoresByTask"),
  monthChart: label("overallScoreByAsOf"),
} satisfies Record<string, Named>;

const BORDER: CellStyle = { border: true };
const SCORE: CellStyle = { numberFormat: NUMBER_FORMATS.score, border: true };

/**
 * The chart of task scores draws from this table, in 결과's columns (no widths of its own): each
 * task's number (short labels stay level under the columns; the names are in the table above)
 * and its score.
 */
const TASK_SCORES: OutputTable<TaskResult> = [
  { key: "task", label: label("taskNo"), width: 0, value: (t) => t.taskNo, style: fixed(BORDER) },
  { key: "score", label: label("taskScore"), width: 0, value: (t) => t.score, style: fixed(SCORE) },
];
/** The chart of the department score by as-of month draws from this one (이력's records). */
const MONTH_SCORES: OutputTable<MonthRecord> = [
  {
    key: "month",
    label: label("asOfMonth"),
    width: 0,
    value: (r, lang) => format(messagesFor(lang).workbook.chartMonth, { month: r.month }),
    style: fixed(BORDER),
  },
  {
    key: "score",
    label: label("overallScore"),
    width: 0,
    value: (r) => r.score,
    style: fixed(SCORE),
  },
];
/** Where the two tables stand: task scores in A:B, scores by month in D:E. */
const TASK_LEFT = 0;
const MONTH_LEFT = 3;

/** Rows a chart is tall. */
const CHART_ROWS = 13;

export interface ChartsBlock {
  cells: CellWrite[];
  charts: ChartSpec[];
  /** First row below the block. */
  end: number;
}

/**
 * The chart tables from row `top` (task scores in A:B, scores by month in D:E) and the charts
 * beside them (columns G–K and L–P). `records` are 이력's department records, by month.
 */
export function chartsBlock(
  evaluation: Evaluation,
  records: readonly MonthRecord[],
  lang: Lang,
  top: number
): ChartsBlock {
  const header = STYLES.inputHeader;
  const cells: CellWrite[] = [
    { row: top, col: 0, value: LABELS.data[lang], style: { bold: true, size: 12 } },
    ...headerCells(TASK_SCORES, top + 1, lang, header, TASK_LEFT),
    ...headerCells(MONTH_SCORES, top + 1, lang, header, MONTH_LEFT),
  ];
  const tasks = evaluation.tasks;
  tasks.forEach((task, i) =>
    cells.push(...rowCells(TASK_SCORES, task, top + 2 + i, lang, TASK_LEFT))
  );
  const scored = records.filter((r) => r.score !== null).sort((a, b) => a.month - b.month);
  scored.forEach((record, i) =>
    cells.push(...rowCells(MONTH_SCORES, record, top + 2 + i, lang, MONTH_LEFT))
  );
  const range = (col: number, count: number) =>
    `${cellAddress(top + 2, col)}:${cellAddress(top + 1 + Math.max(count, 1), col)}`;
  const charts: ChartSpec[] = [];
  if (tasks.length > 0) {
    charts.push({
      name: `${CHART_PREFIX}task-scores`,
      kind: "column",
      title: LABELS.taskChart[lang],
      categories: range(TASK_LEFT + columnOf(TASK_SCORES, "task"), tasks.length),
      values: range(TASK_LEFT + columnOf(TASK_SCORES, "score"), tasks.length),
      seriesName: TASK_SCORES[columnOf(TASK_SCORES, "score")].label[lang],
      from: { row: top, col: 6 },
      to: { row: top + CHART_ROWS, col: 11 },
    });
  }
  if (scored.length >= 2) {
    charts.push({
      name: `${CHART_PREFIX}scores-by-month`,
      kind: "line",
      title: LABELS.monthChart[lang],
      categories: range(MONTH_LEFT + columnOf(MONTH_SCORES, "month"), scored.length),
      values: range(MONTH_LEFT + columnOf(MONTH_SCORES, "score"), scored.length),
      seriesName: MONTH_SCORES[columnOf(MONTH_SCORES, "score")].label[lang],
      from: { row: top, col: 11 },
      to: { row: top + CHART_ROWS, col: 16 },
    });
  }
  const tableEnd = top + 2 + Math.max(tasks.length, scored.length);
  const end = charts.length > 0 ? Math.max(tableEnd, top + CHART_ROWS + 1) : tableEnd;
  return { cells, charts, end };
}
