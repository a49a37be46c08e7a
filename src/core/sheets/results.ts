// 결과, declared: its summary at the top, its table (one row per KPI, grouped by 성과목표 with a
// subtotal each and the department total last), its charts and its 입력 점검. Rewritten whole on
// every Compute.
import { label } from "../format/labels";
import { format, messagesFor } from "../../i18n";
import { chartsBlock } from "../format/charts";
import type { Evaluation, KpiResult, TaskResult } from "../rules/evaluate";
import type { MonthRecord, YearScore } from "../year/history";
import type { Kpi } from "../rules/model";
import { pageSetup, widthsOf, wrappedRowHeights } from "../format/page";
import { SHEETS, type Lang } from "../format/schema";
import { NUMBER_FORMATS, STYLES, figureFormat, statusStyle } from "../format/styles";
import { statusWord } from "../format/words";
import { cellAddress, type CellStyle, type CellWrite, type SheetWrite } from "../format/workbook";
import { findSheet } from "../format/read";
import type { ComputeContext } from "./context";
import { inputCheckCells } from "./inputCheck";
import { approvalCells, yearCells } from "./resultsHead";
import { RESULTS_LAYOUT, RESULT_LABELS } from "./resultsLayout";
import {
  columnOf,
  columnWidths,
  fixed,
  headerCells,
  keyedRow,
  rowCells,
  type OutputTable,
} from "./table";

export { RESULTS_LAYOUT, RESULT_LABELS, STALE_WARNING } from "./resultsLayout";

/** What 결과 shows besides the evaluation: the year score (null without half-year shares). */
export interface ResultsExtras {
  staleFormula: string;
  year: YearScore | null;
  /** 이력's department records (the current Compute's included), for the chart by month. */
  records: MonthRecord[];
}

/** A row of the table: a KPI, its task, and whether it is the task's first (task figures). */
export interface ResultRow {
  result: KpiResult;
  task: TaskResult;
  first: boolean;
}

const BORDER: CellStyle = { border: true };
/** Names wrap: the columns are narrow so that the table prints one page wide. */
const WRAPPED: CellStyle = { border: true, wrap: true };
const PERCENT: CellStyle = { numberFormat: NUMBER_FORMATS.percent, border: true };
const SCORE: CellStyle = { numberFormat: NUMBER_FORMATS.score, border: true };
const CENTERED: CellStyle = { border: true, align: "center" };

const figureStyles = new Map<string, CellStyle>();
/** A KPI's figures in its own format; one look object per format. */
function figureStyle(kpi: Kpi): CellStyle {
  const numberFormat = figureFormat(kpi);
  let style = figureStyles.get(numberFormat);
  if (!style) {
    style = { numberFormat, border: true };
    figureStyles.set(numberFormat, style);
  }
  return style;
}
const figure = (_value: unknown, row: ResultRow) => figureStyle(row.result.kpi);
/** Task figures stand on the task's first KPI row only. */
const ofTask = <T>(row: ResultRow, value: T): T | null => (row.first ? value : null);

/** 결과's table; the widths let it print one A4 page wide at 75 % or more. */
export const RESULT_TABLE = [
  {
    key: "performanceGoal",
    label: label("performanceGoal"),
    width: 16,
    value: (r) => r.result.kpi.performanceGoal,
    style: fixed(WRAPPED),
  },
  {
    key: "taskNo",
    label: label("taskNo"),
    width: 7,
    value: (r) => r.result.kpi.taskNo,
    style: fixed(BORDER),
  },
  {
    key: "task",
    label: label("task"),
    width: 18,
    value: (r) => r.result.kpi.task,
    style: fixed(WRAPPED),
  },
  {
    key: "indicator",
    label: label("indicator"),
    width: 14,
    value: (r) => r.result.kpi.name,
    style: fixed(WRAPPED),
  },
  {
    key: "unit",
    label: label("unit"),
    width: 5,
    value: (r) => r.result.kpi.unit,
    style: fixed(BORDER),
  },
  {
    key: "target",
    label: label("target"),
    width: 9,
    value: (r) => r.result.kpi.target,
    style: figure,
  },
  {
    key: "actual",
    label: label("actual"),
    width: 9,
    value: (r) => r.result.actual,
    style: figure,
  },
  {
    key: "achievement",
    label: label("achievement"),
    width: 8,
    value: (r) => r.result.achievement,
    style: fixed(PERCENT),
  },
  {
    key: "pace",
    label: label("pace"),
    width: 8,
    value: (r) => r.result.pace,
    style: fixed(PERCENT),
  },
  {
    key: "status",
    label: label("status"),
    width: 7,
    value: (r, lang) => statusWord(r.result.status, lang),
    style: (_value, r) => statusStyle(r.result.status),
  },
  {
    key: "execution",
    label: label("execution"),
    width: 8,
    value: (r) => ofTask(r, r.task.execution),
    style: fixed(PERCENT),
  },
  {
    key: "taskScore",
    label: label("taskScore"),
    width: 8,
    value: (r) => ofTask(r, r.task.score),
    style: fixed(SCORE),
  },
  {
    key: "grade",
    label: label("grade"),
    width: 5,
    value: (r) => ofTask(r, r.task.grade),
    style: fixed(CENTERED),
  },
  {
    key: "previous",
    label: label("previousResult"),
    width: 9,
    value: (r) => r.result.kpi.previous,
    style: figure,
  },
  {
    key: "change",
    label: label("change"),
    width: 9,
    value: ({ result }) =>
      result.actual !== null && result.kpi.previous !== null
        ? result.actual - result.kpi.previous
        : null,
    style: figure,
  },
  {
    key: "spendingRate",
    label: label("spendingRate"),
    width: 8,
    value: (r) => ofTask(r, r.task.spendingRate),
    style: fixed(PERCENT),
  },
] as const satisfies OutputTable<ResultRow>;

type ResultKey = (typeof RESULT_TABLE)[number]["key"];
const RESULTS: OutputTable<ResultRow, ResultKey> = RESULT_TABLE;

const SUBTOTAL: CellStyle = { fill: "F2F2F2", bold: true, border: true };
const TOTAL: CellStyle = { fill: "D9E1F2", bold: true, border: true };

function taskOf(evaluation: Evaluation, kpi: Kpi): TaskResult {
  return evaluation.tasks.find((t) => t.taskNo === kpi.taskNo) as TaskResult;
}

function titleText(context: ComputeContext, lang: Lang): string {
  const { year, department } = context.evaluation.settings;
  const month = context.evaluation.asOfMonth;
  const title = RESULT_LABELS.title[lang];
  return format(messagesFor(lang).workbook.resultsTitle, { year, department, title, month });
}

/** The summary above the table: the title, the staleness warning, the score, grade and mark. */
function summaryCells(context: ComputeContext, lang: Lang, staleFormula: string): CellWrite[] {
  const { evaluation } = context;
  const { titleRow, staleRow, summaryRow, markRow } = RESULTS_LAYOUT;
  const label = (row: number, col: number, key: keyof typeof RESULT_LABELS): CellWrite => ({
    row,
    col,
    value: RESULT_LABELS[key][lang],
    style: STYLES.label,
  });
  const { score, grade } = evaluation.department;
  return [
    { row: titleRow, col: 0, value: titleText(context, lang), style: STYLES.title },
    {
      row: staleRow,
      col: 0,
      value: "",
      style: { bold: true, color: "C00000" },
      formula: staleFormula,
    },
    label(summaryRow, 0, "overall"),
    { row: summaryRow, col: 1, value: score, style: { ...SCORE, bold: true } },
    label(summaryRow, 2, "grade"),
    { row: summaryRow, col: 3, value: grade, style: { ...CENTERED, bold: true } },
    label(summaryRow, 4, "asOf"),
    {
      row: summaryRow,
      col: 5,
      value: evaluation.asOfMonth,
      style: { numberFormat: messagesFor(lang).workbook.monthFormat, ...CENTERED },
    },
    label(summaryRow, 6, "computedAt"),
    { row: summaryRow, col: 7, value: context.computedAt, style: BORDER },
    // On a line of its own: the mark is longer than a column and must not cut 계산일시 short.
    label(markRow, 0, "result"),
    {
      row: markRow,
      col: 1,
      value: context.mark,
      style: { bold: true, color: evaluation.provisional ? "C00000" : "000000" },
    },
  ];
}

/** The table's rows by 성과목표, in the evaluation's order (결과, and the results report). */
export function resultGroups(
  evaluation: Evaluation
): { goal: Evaluation["performanceGoals"][number]; rows: ResultRow[] }[] {
  return evaluation.performanceGoals.map((goal) => {
    const shownTasks = new Set<string>();
    const rows = evaluation.kpis
      .filter((r) => r.kpi.performanceGoal === goal.name)
      .map((result) => {
        const task = taskOf(evaluation, result.kpi);
        const first = !shownTasks.has(task.taskNo);
        shownTasks.add(task.taskNo);
        return { result, task, first };
      });
    return { goal, rows };
  });
}

/** The table from its header row: KPI rows by 성과목표, each goal's subtotal, the total. */
function tableCells(evaluation: Evaluation, lang: Lang): { cells: CellWrite[]; end: number } {
  const top = RESULTS_LAYOUT.tableHeaderRow;
  const cells = headerCells(RESULTS, top, lang, STYLES.computedHeader);
  let row = top + 1;
  for (const { goal, rows } of resultGroups(evaluation)) {
    for (const item of rows) cells.push(...rowCells(RESULTS, item, row++, lang));
    cells.push(
      ...keyedRow(RESULTS, row++, SUBTOTAL, {
        performanceGoal: { value: `${goal.name} ${RESULT_LABELS.subtotal[lang]}` },
        taskScore: {
          value: goal.score,
          style: { ...SUBTOTAL, numberFormat: NUMBER_FORMATS.score },
        },
        grade: { value: goal.grade, style: { ...SUBTOTAL, align: "center" } },
      })
    );
  }
  const department = evaluation.department;
  cells.push(
    ...keyedRow(RESULTS, row, TOTAL, {
      performanceGoal: { value: RESULT_LABELS.total[lang] },
      taskScore: {
        value: department.score,
        style: { ...TOTAL, numberFormat: NUMBER_FORMATS.score },
      },
      grade: { value: department.grade, style: { ...TOTAL, align: "center" } },
    })
  );
  return { cells, end: row };
}

export function resultsWrite(
  context: ComputeContext,
  lang: Lang,
  extras: ResultsExtras
): SheetWrite {
  const { evaluation, problems } = context;
  const { tableHeaderRow } = RESULTS_LAYOUT;
  const cells = summaryCells(context, lang, extras.staleFormula);
  if (extras.year) cells.push(...yearCells(extras.year, lang));
  cells.push(...approvalCells(evaluation.settings.approvalRoles, lang, RESULTS.length));
  const table = tableCells(evaluation, lang);
  const charts = chartsBlock(evaluation, extras.records, lang, table.end + 2);
  // Appended one by one: spread into push, 50,000 rows' cells overflow the call stack.
  for (const block of [
    table.cells,
    charts.cells,
    inputCheckCells(charts.end + 1, problems, lang, context.describe),
  ])
    for (const cell of block) cells.push(cell);
  const widths = columnWidths(RESULTS);
  const achievement = columnOf(RESULTS, "achievement");
  return {
    // The 결과 that is there, by either name: never a second one beside it.
    name: findSheet(context.snapshot, SHEETS.results)?.name ?? SHEETS.results[lang],
    mode: "replace",
    cells,
    columnWidths: widths,
    rowHeights: wrappedRowHeights(cells, widths),
    dataBars: [
      {
        range: `${cellAddress(tableHeaderRow + 1, achievement)}:${cellAddress(table.end, achievement)}`,
        color: "5B9BD5",
      },
    ],
    freeze: { rows: tableHeaderRow + 1, cols: 0 },
    charts: charts.charts,
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(widths, RESULTS.length),
      headerRows: { first: tableHeaderRow, last: tableHeaderRow },
      keyColumns: { first: 0, last: columnOf(RESULTS, "indicator") },
      department: evaluation.settings.department,
    }),
  };
}
