// Everything Compute writes, as a description: the computed columns of 목표 and 월별실적 (and
// nothing else in those sheets), the 결과 sheet whole, and the metadata sheet.
import { format, messagesFor } from "../i18n";
import type { ActivityResult, Evaluation, KpiResult, Status, TaskResult } from "./evaluate";
import { chartsBlock } from "./charts";
import {
  historyWith,
  historyWrite,
  monthRecords,
  readHistory,
  unreadRowsMove,
  yearScore,
  type MonthRecord,
  type YearScore,
} from "./history";
import { changedChecksFormula, metaWrite } from "./meta";
import { pageSetup, widthsOf, wrappedRowHeights } from "./page";
import { inputChecks } from "./staleness";
import type { Kpi, MonthlyFigures } from "./model";
import type { Problem } from "./problems";
import { findSheet, type Layout, type TableLayout } from "./read";
import {
  GOAL_COLUMNS,
  MONTHLY_COLUMNS,
  SHEETS,
  STATUS_STYLE,
  headerKey,
  type Column,
  type Lang,
  type Named,
} from "./schema";
import { NUMBER_FORMATS, STYLES, statusStyle } from "./styles";
import { inputSheetFrame } from "./template";
import {
  cellAddress,
  sheetRef,
  type CellStyle,
  type CellWrite,
  type SheetWrite,
  type WorkbookSnapshot,
  type WorkbookWrite,
} from "./workbook";

export interface ComputeContext {
  snapshot: WorkbookSnapshot;
  layout: Layout;
  evaluation: Evaluation;
  problems: readonly Problem[];
  /** When Compute ran, as the user's local time text ("2011-06-30 14:05"). */
  computedAt: string;
  /** Problem messages in the results' language. */
  describe: (problem: Problem) => string;
  /** 확정, or 잠정 with its counts, in the results' language. */
  mark: string;
}

/** What 결과 shows besides the evaluation: the year score (null without half-year shares). */
interface ResultsExtras {
  staleFormula: string;
  year: YearScore | null;
  /** 이력's department records (the current Compute's included), for the chart by month. */
  records: MonthRecord[];
}

export const STALE_WARNING: Named = {
  ko: "계산 후 입력이 변경되었습니다 — 다시 계산하세요",
  en: "Inputs changed after the last Compute — compute again",
};

export const RESULT_LABELS = {
  title: { ko: "주요업무 목표관리 자체평가 결과", en: "MBO self-evaluation results" },
  overall: { ko: "종합점수", en: "Overall score" },
  grade: { ko: "등급", en: "Grade" },
  asOf: { ko: "기준월", en: "As-of month" },
  computedAt: { ko: "계산일시", en: "Computed at" },
  result: { ko: "결과 구분", en: "Result" },
  inputCheck: { ko: "입력 점검", en: "Input check" },
  noProblems: { ko: "문제가 없습니다.", en: "No problems found." },
  subtotal: { ko: "소계", en: "Subtotal" },
  total: { ko: "부서 종합", en: "Department total" },
  severityError: { ko: "오류", en: "Error" },
  severityWarning: { ko: "주의", en: "Warning" },
  firstHalf: { ko: "상반기 점수", en: "First half" },
  secondHalf: { ko: "하반기 점수", en: "Second half" },
  yearScore: { ko: "연간 점수", en: "Year score" },
  yearGrade: { ko: "연간 등급", en: "Year grade" },
  approval: { ko: "결재", en: "Approval" },
};

/** The name of a missing record, shown instead of its score. */
function noRecord(months: number[], lang: Lang): string {
  const words = messagesFor(lang).workbook;
  const named = months.map((month) => format(words.month, { month }));
  return format(words.noRecord, { months: named.join(words.noRecordMonthsJoin) });
}

export const RESULT_COLUMNS: Named[] = [
  { ko: "성과목표", en: "Performance goal" },
  { ko: "과제번호", en: "Task no." },
  { ko: "전략과제", en: "Task" },
  { ko: "성과지표", en: "Indicator" },
  { ko: "단위", en: "Unit" },
  { ko: "목표치", en: "Target" },
  { ko: "실적", en: "Actual" },
  { ko: "달성률", en: "Achievement" },
  { ko: "진도율", en: "Pace" },
  { ko: "상태", en: "Status" },
  { ko: "이행률", en: "Execution" },
  { ko: "과제점수", en: "Task score" },
  { ko: "등급", en: "Grade" },
  { ko: "전년도실적", en: "Previous result" },
  { ko: "증감", en: "Change" },
  { ko: "집행률", en: "Spending rate" },
];

/** 결과's column widths: narrow enough that the table prints one A4 page wide at 75 % or more. */
const RESULT_WIDTHS = [16, 7, 18, 14, 5, 9, 9, 8, 8, 7, 8, 8, 5, 9, 9, 8];

export const PROBLEM_COLUMNS: Named[] = [
  { ko: "구분", en: "Severity" },
  { ko: "시트", en: "Sheet" },
  { ko: "셀", en: "Cell" },
  { ko: "값", en: "Value" },
  { ko: "문제", en: "Problem" },
];

/** Fixed cells of 결과 that other tools (and our tests) find by their labels. */
export const RESULTS_LAYOUT = {
  titleRow: 0,
  staleRow: 1,
  summaryRow: 2,
  markRow: 3,
  /** 상반기 점수 and 하반기 점수, then 연간 점수 and 연간 등급 (with the half-year shares set). */
  halvesRow: 4,
  yearRow: 5,
  tableHeaderRow: 6,
};

const statusWord = (status: Status, lang: Lang) => STATUS_STYLE[status][lang];

/** The workbook's language: that of its 목표 sheet's name. */
export function languageOf(layout: Layout): Lang {
  return headerKey(layout.goals.sheet) === headerKey(SHEETS.goals.en) ? "en" : "ko";
}

function figureFormat(kpi: Kpi): string {
  if (kpi.unit === "%") return NUMBER_FORMATS.percent;
  return kpi.type === "average" ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.count;
}

/** Where a computed column is, adding it after the table's last column when the sheet lacks it. */
function computedColumns(
  table: TableLayout,
  columns: readonly Column[],
  lang: Lang,
  snapshotWidth: number
): { at: Record<string, number>; headers: CellWrite[] } {
  const at: Record<string, number> = {};
  const headers: CellWrite[] = [];
  let next = Math.max(snapshotWidth, ...Object.values(table.columns).map((c) => c + 1));
  for (const column of columns.filter((c) => c.computed)) {
    const existing = table.columns[column.key];
    at[column.key] = existing ?? next++;
    if (existing === undefined) {
      headers.push({
        row: table.headerRow,
        col: at[column.key],
        value: column[lang],
        style: STYLES.computedHeader,
      });
    }
  }
  return { at, headers };
}

/** Columns in use anywhere in the table's sheet: a computed column added goes right of them all. */
const tableWidth = (snapshot: WorkbookSnapshot, table: TableLayout) => {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  return Math.max(0, ...(sheet?.rows ?? []).map((row) => row?.length ?? 0));
};

function kpiCells(
  result: KpiResult,
  row: number,
  at: Record<string, number>,
  lang: Lang
): CellWrite[] {
  const format = figureFormat(result.kpi);
  return [
    { row, col: at.actual, value: result.actual, style: { numberFormat: format } },
    {
      row,
      col: at.achievement,
      value: result.achievement,
      style: { numberFormat: NUMBER_FORMATS.percent },
    },
    { row, col: at.pace, value: result.pace, style: { numberFormat: NUMBER_FORMATS.percent } },
    {
      row,
      col: at.status,
      value: statusWord(result.status, lang),
      style: statusStyle(result.status),
    },
    { row, col: at.score, value: result.score, style: { numberFormat: NUMBER_FORMATS.score } },
  ];
}

function goalsWrite(context: ComputeContext, lang: Lang): SheetWrite {
  const { layout, evaluation, snapshot } = context;
  const { at, headers } = computedColumns(
    layout.goals,
    GOAL_COLUMNS,
    lang,
    tableWidth(snapshot, layout.goals)
  );
  const cells = [...headers];
  evaluation.kpis.forEach((result, i) =>
    cells.push(...kpiCells(result, layout.goals.kpiRows[i], at, lang))
  );
  return {
    name: layout.goals.sheet,
    mode: "patch",
    input: true,
    cells,
    ...inputSheetFrame("goals", layout.goals.headerRow, evaluation.settings.department),
  };
}

const sumTo = (figures: MonthlyFigures | null, month: number) =>
  (figures ?? []).slice(0, month).reduce<number>((sum, v) => sum + (v ?? 0), 0);

const monthlyFigureStyles = new Map<string, CellStyle>();
/** One style object per format: adapters cache looks by object. */
function monthlyFigureStyle(numberFormat: string): CellStyle {
  let style = monthlyFigureStyles.get(numberFormat);
  if (!style) {
    style = { numberFormat, border: true };
    monthlyFigureStyles.set(numberFormat, style);
  }
  return style;
}
const NO_STATUS_STYLE: CellStyle = { border: true, align: "center" };

function monthlyWrite(context: ComputeContext, lang: Lang): SheetWrite {
  const { layout, evaluation, snapshot } = context;
  const month = evaluation.asOfMonth;
  const { at, headers } = computedColumns(
    layout.monthly,
    MONTHLY_COLUMNS,
    lang,
    tableWidth(snapshot, layout.monthly)
  );
  const cells = [...headers];
  for (const entry of layout.monthly.rows) {
    let execution: number | null = null;
    let status: Status | null = null;
    let format: string = NUMBER_FORMATS.count;
    let toDate: number | null = sumTo(entry.months, month);
    if (entry.kpiIndex !== undefined) {
      const result = evaluation.kpis[entry.kpiIndex];
      const kpi = result.kpi;
      if (entry.kind === "kpi") {
        format = kpi.unit === "%" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count;
        // A level or an average has no running total worth showing.
        if (kpi.type !== "cumulative") toDate = null;
      }
      if (entry.rowKind === "actual") status = result.status;
    } else if (entry.activityIndex !== undefined && entry.rowKind === "actual") {
      const result: ActivityResult = evaluation.activities[entry.activityIndex];
      execution = result.execution;
      status = result.status;
    }
    // Every computed cell bordered, status cells centred whether or not the row has a status: the
    // same look runs down the columns, which Excel applies in one area instead of one per row.
    cells.push(
      { row: entry.row, col: at.toDate, value: toDate, style: monthlyFigureStyle(format) },
      {
        row: entry.row,
        col: at.execution,
        value: execution,
        style: monthlyFigureStyle(NUMBER_FORMATS.percent),
      },
      {
        row: entry.row,
        col: at.status,
        value: status ? statusWord(status, lang) : null,
        style: status ? statusStyle(status) : NO_STATUS_STYLE,
      }
    );
  }
  return {
    name: layout.monthly.sheet,
    mode: "patch",
    input: true,
    cells,
    ...inputSheetFrame("monthly", layout.monthly.headerRow, evaluation.settings.department),
  };
}

function taskOf(evaluation: Evaluation, kpi: Kpi): TaskResult {
  return evaluation.tasks.find((t) => t.taskNo === kpi.taskNo) as TaskResult;
}

function resultsWrite(context: ComputeContext, lang: Lang, extras: ResultsExtras): SheetWrite {
  const { evaluation, problems } = context;
  const cells: CellWrite[] = [];
  const put = (
    row: number,
    col: number,
    value: CellWrite["value"],
    style?: CellStyle,
    extra: Partial<CellWrite> = {}
  ) => cells.push({ row, col, value, style, ...extra });
  const label = (named: Named) => named[lang];
  const { titleRow, staleRow, summaryRow, markRow, tableHeaderRow } = RESULTS_LAYOUT;
  const month = evaluation.asOfMonth;
  const department = evaluation.department;

  put(titleRow, 0, titleText(context, lang), STYLES.title);
  put(staleRow, 0, "", { bold: true, color: "C00000" }, { formula: extras.staleFormula });
  put(summaryRow, 0, label(RESULT_LABELS.overall), STYLES.label);
  put(summaryRow, 1, department.score, {
    numberFormat: NUMBER_FORMATS.score,
    bold: true,
    border: true,
  });
  put(summaryRow, 2, label(RESULT_LABELS.grade), STYLES.label);
  put(summaryRow, 3, department.grade, { bold: true, border: true, align: "center" });
  put(summaryRow, 4, label(RESULT_LABELS.asOf), STYLES.label);
  put(summaryRow, 5, month, {
    numberFormat: messagesFor(lang).workbook.monthFormat,
    border: true,
    align: "center",
  });
  put(summaryRow, 6, label(RESULT_LABELS.computedAt), STYLES.label);
  put(summaryRow, 7, context.computedAt, { border: true });
  // On a line of its own: the mark is longer than a column and must not cut 계산일시 short.
  put(markRow, 0, label(RESULT_LABELS.result), STYLES.label);
  put(markRow, 1, context.mark, {
    bold: true,
    color: evaluation.provisional ? "C00000" : "000000",
  });

  if (extras.year) cells.push(...yearCells(extras.year, lang));
  cells.push(...approvalCells(evaluation.settings.approvalRoles, lang));

  RESULT_COLUMNS.forEach((column, col) =>
    put(tableHeaderRow, col, label(column), STYLES.computedHeader)
  );
  let row = tableHeaderRow + 1;
  const border = { border: true };
  // Names wrap: the columns are narrow so that the table prints one page wide.
  const wrapped = { border: true, wrap: true };
  const percent = { numberFormat: NUMBER_FORMATS.percent, border: true };
  for (const goal of evaluation.performanceGoals) {
    const goalKpis = evaluation.kpis.filter((r) => r.kpi.performanceGoal === goal.name);
    const shownTasks = new Set<string>();
    for (const result of goalKpis) {
      const kpi = result.kpi;
      const task = taskOf(evaluation, kpi);
      const firstOfTask = !shownTasks.has(task.taskNo);
      shownTasks.add(task.taskNo);
      const figure = { numberFormat: figureFormat(kpi), border: true };
      const change =
        result.actual !== null && kpi.previous !== null ? result.actual - kpi.previous : null;
      put(row, 0, kpi.performanceGoal, wrapped);
      put(row, 1, kpi.taskNo, border);
      put(row, 2, kpi.task, wrapped);
      put(row, 3, kpi.name, wrapped);
      put(row, 4, kpi.unit, border);
      put(row, 5, kpi.target, figure);
      put(row, 6, result.actual, figure);
      put(row, 7, result.achievement, percent);
      put(row, 8, result.pace, percent);
      put(row, 9, statusWord(result.status, lang), statusStyle(result.status));
      put(row, 10, firstOfTask ? task.execution : null, percent);
      put(row, 11, firstOfTask ? task.score : null, {
        numberFormat: NUMBER_FORMATS.score,
        border: true,
      });
      put(row, 12, firstOfTask ? task.grade : null, { ...border, align: "center" });
      put(row, 13, kpi.previous, figure);
      put(row, 14, change, figure);
      put(row, 15, firstOfTask ? task.spendingRate : null, percent);
      row++;
    }
    const subtotal = { fill: "F2F2F2", bold: true, border: true };
    put(row, 0, `${goal.name} ${label(RESULT_LABELS.subtotal)}`, subtotal);
    for (let col = 1; col < RESULT_COLUMNS.length; col++) put(row, col, null, subtotal);
    put(row, 11, goal.score, { ...subtotal, numberFormat: NUMBER_FORMATS.score });
    put(row, 12, goal.grade, { ...subtotal, align: "center" });
    row++;
  }
  const total = { fill: "D9E1F2", bold: true, border: true };
  put(row, 0, label(RESULT_LABELS.total), total);
  for (let col = 1; col < RESULT_COLUMNS.length; col++) put(row, col, null, total);
  put(row, 11, department.score, { ...total, numberFormat: NUMBER_FORMATS.score });
  put(row, 12, department.grade, { ...total, align: "center" });
  const tableEnd = row;
  const charts = chartsBlock(evaluation, extras.records, lang, tableEnd + 2);
  cells.push(...charts.cells);
  row = charts.end + 1;

  cells.push(...inputCheckCells(row, problems, lang, context.describe));
  const columnWidths = RESULT_WIDTHS.map((width, col) => ({ col, width }));
  return {
    name: SHEETS.results[lang],
    mode: "replace",
    cells,
    columnWidths,
    rowHeights: wrappedRowHeights(cells, columnWidths),
    dataBars: [
      {
        range: `${cellAddress(tableHeaderRow + 1, 7)}:${cellAddress(tableEnd, 7)}`,
        color: "5B9BD5",
      },
    ],
    freeze: { rows: tableHeaderRow + 1, cols: 0 },
    charts: charts.charts,
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(columnWidths, RESULT_COLUMNS.length),
      headerRows: { first: tableHeaderRow, last: tableHeaderRow },
      keyColumns: { first: 0, last: 3 },
      department: evaluation.settings.department,
    }),
  };
}

/**
 * 상반기 점수, 하반기 점수, 연간 점수 and 연간 등급, each labelled. Where a record is missing its
 * score shows "—" and the line names the missing record ("12월 기록 없음") beside 연간 등급, where
 * the text has room (the value columns are narrow so that 결과 prints one page wide).
 */
function yearCells(year: YearScore, lang: Lang): CellWrite[] {
  const { halvesRow, yearRow } = RESULTS_LAYOUT;
  const missing = [year.firstHalf, year.secondHalf]
    .map((record, i) => (record?.score == null ? [6, 12][i] : null))
    .filter((m): m is number => m !== null);
  const value = (score: number | null): CellWrite =>
    score === null
      ? { row: 0, col: 0, value: "—", style: { border: true, color: "C00000", align: "center" } }
      : {
          row: 0,
          col: 0,
          value: score,
          style: { numberFormat: NUMBER_FORMATS.score, bold: true, border: true },
        };
  const at = (row: number, col: number, cell: CellWrite): CellWrite => ({ ...cell, row, col });
  const label = (row: number, col: number, named: Named): CellWrite => ({
    row,
    col,
    value: named[lang],
    style: STYLES.label,
  });
  const cells: CellWrite[] = [
    label(halvesRow, 0, RESULT_LABELS.firstHalf),
    at(halvesRow, 1, value(year.firstHalf?.score ?? null)),
    label(halvesRow, 2, RESULT_LABELS.secondHalf),
    at(halvesRow, 3, value(year.secondHalf?.score ?? null)),
    label(yearRow, 0, RESULT_LABELS.yearScore),
    at(yearRow, 1, value(year.score)),
    label(yearRow, 2, RESULT_LABELS.yearGrade),
    {
      row: yearRow,
      col: 3,
      value: year.grade ?? "—",
      style: { bold: true, border: true, align: "center" },
    },
  ];
  if (missing.length > 0) {
    cells.push({
      row: yearRow,
      col: 4,
      value: noRecord(missing, lang),
      style: { bold: true, color: "C00000" },
    });
  }
  return cells;
}

/** The roles of a 결재란 setting: "담당, 팀장, 과장" → three headings. */
function approvalRoles(setting: string): string[] {
  return setting
    .split(/[,、，;]/)
    .map((role) => role.trim())
    .filter(Boolean);
}

/**
 * The 결재란 at the top right of 결과's first page, as Korean reports have it: a 결재 cell, then
 * one column per role, its heading above two empty rows for the signature.
 */
function approvalCells(setting: string, lang: Lang): CellWrite[] {
  const roles = approvalRoles(setting);
  if (roles.length === 0) return [];
  const last = RESULT_COLUMNS.length - 1;
  const first = last - roles.length + 1;
  const heading: CellStyle = { bold: true, fill: "F2F2F2", border: true, align: "center" };
  const cells: CellWrite[] = [];
  for (const row of [0, 1, 2]) {
    cells.push({
      row,
      col: first - 1,
      value: row === 0 ? RESULT_LABELS.approval[lang] : null,
      style: heading,
    });
    roles.forEach((role, i) =>
      cells.push({
        row,
        col: first + i,
        value: row === 0 ? role : null,
        style: row === 0 ? heading : { border: true },
      })
    );
  }
  return cells;
}

/** The 입력 점검 section from `top` down: every problem with a link to its cell. */
export function inputCheckCells(
  top: number,
  problems: readonly Problem[],
  lang: Lang,
  describe: (problem: Problem) => string
): CellWrite[] {
  const border = { border: true };
  const cells: CellWrite[] = [
    { row: top, col: 0, value: RESULT_LABELS.inputCheck[lang], style: { bold: true, size: 12 } },
    ...PROBLEM_COLUMNS.map((column, col) => ({
      row: top + 1,
      col,
      value: column[lang],
      style: STYLES.inputHeader,
    })),
  ];
  let row = top + 2;
  if (problems.length === 0) {
    cells.push({ row, col: 0, value: RESULT_LABELS.noProblems[lang], style: STYLES.note });
  }
  for (const problem of problems) {
    const severe = problem.severity === "error";
    const severity = severe ? RESULT_LABELS.severityError : RESULT_LABELS.severityWarning;
    const fill = severe ? STATUS_STYLE.error.fill : STATUS_STYLE.atRisk.fill;
    cells.push(
      { row, col: 0, value: severity[lang], style: { ...border, fill } },
      { row, col: 1, value: problem.sheet, style: border },
      {
        row,
        col: 2,
        value: problem.cell || null,
        style: { ...border, color: "0563C1" },
        ...(problem.cell ? { link: sheetRef(problem.sheet, problem.cell) } : {}),
      },
      { row, col: 3, value: problem.shown || null, style: border },
      { row, col: 4, value: describe(problem), style: border }
    );
    row++;
  }
  return cells;
}

/** 결과 rewritten whole with these cells under its title, protected and shown: what happened. */
function resultsNotice(lang: Lang, widths: number[], cells: readonly CellWrite[]): WorkbookWrite {
  const name = SHEETS.results[lang];
  return {
    sheets: [
      {
        name,
        mode: "replace",
        columnWidths: widths.map((width, col) => ({ col, width })),
        cells: [
          { row: 0, col: 0, value: RESULT_LABELS.title[lang], style: STYLES.title },
          ...cells,
        ],
      },
    ],
    activeSheet: name,
  };
}

/**
 * 결과 when nothing could be evaluated (a sheet or header missing): the title, when, and why.
 * The ribbon's Compute has no pane; this is how it shows what happened.
 */
export function failureWrite(
  problems: readonly Problem[],
  lang: Lang,
  computedAt: string,
  describe: (problem: Problem) => string
): WorkbookWrite {
  const { summaryRow, tableHeaderRow } = RESULTS_LAYOUT;
  return resultsNotice(
    lang,
    [12, 14, 10, 20, 60],
    [
      { row: summaryRow, col: 0, value: RESULT_LABELS.computedAt[lang], style: STYLES.label },
      { row: summaryRow, col: 1, value: computedAt, style: { border: true } },
      ...inputCheckCells(tableHeaderRow, problems, lang, describe),
    ]
  );
}

/**
 * 결과 holding a message: what the ribbon's Compute could not do and why, where Office has no
 * dialog to say it in (DialogApi below 1.1).
 */
export function messageWrite(
  lines: readonly string[],
  lang: Lang,
  computedAt: string
): WorkbookWrite {
  return resultsNotice(
    lang,
    [100],
    [
      { row: 1, col: 0, value: `${RESULT_LABELS.computedAt[lang]}: ${computedAt}` },
      ...lines.map((value, i) => ({
        row: 3 + i,
        col: 0,
        value,
        style: i === 0 ? { bold: true, color: "C00000" } : { wrap: true },
      })),
    ]
  );
}

function titleText(context: ComputeContext, lang: Lang): string {
  const { year, department } = context.evaluation.settings;
  const month = context.evaluation.asOfMonth;
  const title = RESULT_LABELS.title[lang];
  return format(messagesFor(lang).workbook.resultsTitle, { year, department, title, month });
}

/**
 * Everything Compute writes, and the year score it shows (null without half-year shares).
 * `readWhole`: sheets read in part whose unread cells this write needs — read them whole and
 * compute again; the write is not to be applied.
 */
export function computeWrite(context: ComputeContext): {
  write: WorkbookWrite;
  year: YearScore | null;
  readWhole: string[];
} {
  const lang = languageOf(context.layout);
  const { evaluation } = context;
  const checks = inputChecks(context.snapshot, context.layout);
  const staleFormula = `IF(${changedChecksFormula(checks.length)}=0,"","${STALE_WARNING[lang]}")`;
  const record: MonthRecord = {
    month: evaluation.asOfMonth,
    computedAt: context.computedAt,
    score: evaluation.department.score,
    grade: evaluation.department.grade,
    mark: context.mark,
  };
  const history = historyWith(readHistory(context.snapshot), record, evaluation, lang);
  const year = yearScore(history, evaluation.settings);
  const results = resultsWrite(context, lang, {
    staleFormula,
    year,
    records: monthRecords(history),
  });
  const write: WorkbookWrite = {
    sheets: [
      goalsWrite(context, lang),
      monthlyWrite(context, lang),
      results,
      historyWrite(context.snapshot, history, lang, evaluation.settings.department),
      metaWrite({ computedAt: context.computedAt, asOfMonth: evaluation.asOfMonth }, checks),
    ],
    activeSheet: results.name,
  };
  const historySheet = findSheet(context.snapshot, SHEETS.history);
  const readWhole = historySheet && unreadRowsMove(history) ? [historySheet.name] : [];
  return { write, year, readWhole };
}
