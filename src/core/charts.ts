// The charts of 결과 (PRODUCT.md, "Printing and charts"): task scores as columns, and the
// department score by as-of month from 이력 once there are two records. Real chart objects drawn
// from a small table on 결과 itself, so any reader (Excel, Excel on the web, LibreOffice) draws
// them from cells it has.
import { label } from "./labels";
import { format, messagesFor } from "../i18n";
import type { Evaluation } from "./evaluate";
import type { MonthRecord } from "./history";
import type { Lang, Named } from "./schema";
import { NUMBER_FORMATS, STYLES } from "./styles";
import { CHART_PREFIX, cellAddress, type CellWrite, type ChartSpec } from "./workbook";

const LABELS = {
  data: label("chartData"),
  task: label("taskNo"),
  taskScore: label("taskScore"),
  month: label("asOfMonth"),
  score: label("overallScore"),
  taskChart: label("scoresByTask"),
  monthChart: label("overallScoreByAsOf"),
} satisfies Record<string, Named>;

/** Rows a chart is tall. */
const CHART_ROWS = 13;

export interface ChartsBlock {
  cells: CellWrite[];
  charts: ChartSpec[];
  /** First row below the block. */
  end: number;
}

const monthLabel = (month: number, lang: Lang) =>
  format(messagesFor(lang).workbook.chartMonth, { month });

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
  const border = { border: true };
  const score = { numberFormat: NUMBER_FORMATS.score, border: true };
  const cells: CellWrite[] = [
    { row: top, col: 0, value: LABELS.data[lang], style: { bold: true, size: 12 } },
    { row: top + 1, col: 0, value: LABELS.task[lang], style: header },
    { row: top + 1, col: 1, value: LABELS.taskScore[lang], style: header },
  ];
  const tasks = evaluation.tasks;
  tasks.forEach((task, i) => {
    const row = top + 2 + i;
    cells.push(
      // The number only: short labels stay level under the columns (names are in the table above).
      { row, col: 0, value: task.taskNo, style: border },
      { row, col: 1, value: task.score, style: score }
    );
  });
  const scored = records.filter((r) => r.score !== null).sort((a, b) => a.month - b.month);
  cells.push(
    { row: top + 1, col: 3, value: LABELS.month[lang], style: header },
    { row: top + 1, col: 4, value: LABELS.score[lang], style: header }
  );
  scored.forEach((record, i) => {
    const row = top + 2 + i;
    cells.push(
      { row, col: 3, value: monthLabel(record.month, lang), style: border },
      { row, col: 4, value: record.score, style: score }
    );
  });
  const range = (col: number, count: number) =>
    `${cellAddress(top + 2, col)}:${cellAddress(top + 1 + Math.max(count, 1), col)}`;
  const charts: ChartSpec[] = [];
  if (tasks.length > 0) {
    charts.push({
      name: `${CHART_PREFIX}task-scores`,
      kind: "column",
      title: LABELS.taskChart[lang],
      categories: range(0, tasks.length),
      values: range(1, tasks.length),
      seriesName: LABELS.taskScore[lang],
      from: { row: top, col: 6 },
      to: { row: top + CHART_ROWS, col: 11 },
    });
  }
  if (scored.length >= 2) {
    charts.push({
      name: `${CHART_PREFIX}scores-by-month`,
      kind: "line",
      title: LABELS.monthChart[lang],
      categories: range(3, scored.length),
      values: range(4, scored.length),
      seriesName: LABELS.score[lang],
      from: { row: top, col: 11 },
      to: { row: top + CHART_ROWS, col: 16 },
    });
  }
  const tableEnd = top + 2 + Math.max(tasks.length, scored.length);
  const end = charts.length > 0 ? Math.max(tableEnd, top + CHART_ROWS + 1) : tableEnd;
  return { cells, charts, end };
}
