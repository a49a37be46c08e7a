// 이력 / History: every Compute records its result, one record per as-of month (a later Compute for
// the same month replaces that month's record); records of other months are never touched. The
// sheet is the add-in's (protected, no password). From the records come the half-year scores and
// the year score (PRODUCT.md, "The year").
//
// Layout (fixed: the sheet is ours): a title; the department table with one row per month 1–12
// (기준월, 계산일시, 종합점수, 등급, 결과 구분; blank where that month has no record); below it
// one row per KPI and recorded month (기준월, 과제번호, 성과지표, 단위, 실적, 달성률, 진도율, 상태,
// 점수), by month. Only the rows that differ from the sheet as it stands are written, so a
// Compute costs the same whatever the number of months recorded. The KPI records may be read in
// part — their 기준월 column only (the Excel adapter on a large workbook): a record that stays
// where it is needs nothing more; one that must move (an earlier month recomputed with another
// number of KPIs) is told by `unreadRowsMove`, and the adapter reads the sheet whole.
import { messagesFor } from "../../i18n";
import type { Evaluation, Grade, KpiResult } from "../rules/evaluate";
import { gradeOf } from "../rules/evaluate";
import type { RawCell } from "../rules/figures";
import { label } from "../format/labels";
import type { Settings } from "../rules/model";
import { pageSetup, widthsOf } from "../format/page";
import { cellOf, findSheet, plainValue, textOf } from "../format/read";
import { SHEETS, STATUS_STYLE, type Lang } from "../format/schema";
import { columnWidths, fixed, headerCells, rowCells, type OutputTable } from "../sheets/table";
import { NUMBER_FORMATS, STYLES } from "../format/styles";
import type { CellStyle, CellWrite, SheetWrite, WorkbookSnapshot } from "../format/workbook";

export const HISTORY_LAYOUT = {
  titleRow: 0,
  departmentHeaderRow: 2,
  /** Month m's department row. */
  monthRow: (month: number) => 2 + month,
  kpiHeaderRow: 16,
};

const BORDER: CellStyle = { border: true };
const CENTER: CellStyle = { border: true, align: "center" };
const PERCENT: CellStyle = { numberFormat: NUMBER_FORMATS.percent, border: true };
const SCORE: CellStyle = { numberFormat: NUMBER_FORMATS.score, border: true };
const FIGURE = {
  percent: { numberFormat: NUMBER_FORMATS.percent, border: true } as CellStyle,
  other: { numberFormat: "#,##0.##", border: true } as CellStyle,
};
const monthStyles: Partial<Record<Lang, CellStyle>> = {};
/** A month as 이력 shows it ("3월" in Korean, "3" in English): the catalogue's number format. */
function monthStyle(_value: unknown, _row: unknown, lang: Lang): CellStyle {
  return (monthStyles[lang] ??= {
    numberFormat: messagesFor(lang).workbook.monthFormat,
    border: true,
    align: "center",
  });
}

/** A record as the sheet holds it, by its columns' keys. */
type Cells = Record<string, RawCell>;
const column = (
  key: string,
  name: Parameters<typeof label>[0],
  width: number,
  style: OutputTable<Cells>[number]["style"]
): OutputTable<Cells>[number] => ({
  key,
  label: label(name),
  width,
  value: (r) => plainValue(r[key]),
  style,
});

/** The department table: one row per month 1–12. */
const DEPARTMENT_RECORD: OutputTable<Cells> = [
  column("month", "asOfMonth", 10, monthStyle),
  column("computedAt", "computedAt", 17, fixed(BORDER)),
  column("score", "overallScore", 28, fixed(SCORE)),
  column("grade", "grade", 8, fixed(CENTER)),
  column("mark", "result", 11, fixed(BORDER)),
];

/**
 * The KPI records: one row per KPI and recorded month. No status colours (결과 has them), so a
 * long 이력 costs Excel few areas. The widths serve both tables (계산일시 over 과제번호, 종합점수
 * over 성과지표).
 */
const KPI_RECORD: OutputTable<Cells> = [
  column("month", "asOfMonth", 10, monthStyle),
  column("taskNo", "taskNo", 17, fixed(BORDER)),
  column("indicator", "indicator", 28, fixed(BORDER)),
  column("unit", "unit", 8, fixed(CENTER)),
  column("actual", "actual", 11, (_value, r) => (r.unit === "%" ? FIGURE.percent : FIGURE.other)),
  column("achievement", "achievement", 11, fixed(PERCENT)),
  column("pace", "pace", 9, fixed(PERCENT)),
  column("status", "status", 9, fixed(CENTER)),
  column("score", "score", 9, fixed(SCORE)),
];

/** 이력's two tables, declared. */
export const HISTORY_TABLES = { department: DEPARTMENT_RECORD, kpi: KPI_RECORD };
/** Columns of the KPI records that 이력 holds (the Excel adapter reads its head this wide). */
export const HISTORY_WIDTH = KPI_RECORD.length;

/** A row's cells as a record, by the table's keys. */
function recordOf(table: OutputTable<Cells>, cells: (col: number) => RawCell): Cells {
  const record: Cells = {};
  table.forEach((c, col) => (record[c.key] = cells(col)));
  return record;
}

const TITLE = label("historyTitle");

export interface MonthRecord {
  month: number;
  computedAt: string;
  score: number | null;
  grade: string | null;
  mark: string;
}

interface History {
  months: Map<number, Cells>;
  /** KPI records as they stand, by month. */
  kpiRows: Map<number, Cells[]>;
  /** Where each month's KPI rows stand in the sheet (absent for this Compute's new record). */
  kpiSource: Map<number, number[]>;
  /** The first row whose cells past 기준월 were not read (the sheet read in part), if any. */
  unreadFrom: number | null;
  /** The 이력 sheet's name as the workbook has it, if it has one. */
  sheet: string | null;
}

const isMonth = (value: RawCell): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12;

/** The records in a workbook's 이력 sheet (none when it has no such sheet). */
export function readHistory(snapshot: WorkbookSnapshot): History {
  const sheet = findSheet(snapshot, SHEETS.history);
  const months = new Map<number, Cells>();
  const kpiRows = new Map<number, Cells[]>();
  const kpiSource = new Map<number, number[]>();
  const unreadFrom = sheet?.partial ? sheet.partial.fromRow : null;
  if (!sheet) return { months, kpiRows, kpiSource, unreadFrom, sheet: null };
  for (let month = 1; month <= 12; month++) {
    const row = HISTORY_LAYOUT.monthRow(month);
    const record = recordOf(DEPARTMENT_RECORD, (col) => cellOf(sheet, row, col));
    const recorded = DEPARTMENT_RECORD.slice(1).some(
      (c) => record[c.key] !== null && record[c.key] !== ""
    );
    if (recorded) months.set(month, record);
  }
  for (let row = HISTORY_LAYOUT.kpiHeaderRow + 1; row < sheet.rows.length; row++) {
    const record = recordOf(KPI_RECORD, (col) => cellOf(sheet, row, col));
    const month = record.month;
    if (!isMonth(month)) continue;
    kpiRows.set(month, [...(kpiRows.get(month) ?? []), record]);
    kpiSource.set(month, [...(kpiSource.get(month) ?? []), row]);
  }
  return { months, kpiRows, kpiSource, unreadFrom, sheet: sheet.name };
}

const numberOf = (cell: RawCell): number | null => (typeof cell === "number" ? cell : null);

/** A month's department record, if 이력 has one. */
export function monthRecord(history: History, month: number): MonthRecord | null {
  const cells = history.months.get(month);
  if (!cells) return null;
  return {
    month,
    computedAt: textOf(cells.computedAt),
    score: numberOf(cells.score),
    grade: textOf(cells.grade) || null,
    mark: textOf(cells.mark),
  };
}

/** Every department record 이력 holds, by month. */
export function monthRecords(history: History): MonthRecord[] {
  return [...history.months.keys()]
    .sort((a, b) => a - b)
    .map((month) => monthRecord(history, month) as MonthRecord);
}

export interface YearScore {
  firstHalf: MonthRecord | null;
  secondHalf: MonthRecord | null;
  /** Null when a record (or its score) is missing. */
  score: number | null;
  grade: Grade | null;
}

/**
 * The year score when both half-year shares are set: the weighted mean of the scores as of June
 * and as of December, graded with the same bands. Null when the shares are not both set.
 */
export function yearScore(history: History, settings: Settings): YearScore | null {
  const [first, second] = [settings.firstHalfShare, settings.secondHalfShare];
  if (first === null || second === null || first + second <= 0) return null;
  const firstHalf = monthRecord(history, 6);
  const secondHalf = monthRecord(history, 12);
  const score =
    firstHalf?.score != null && secondHalf?.score != null
      ? (firstHalf.score * first + secondHalf.score * second) / (first + second)
      : null;
  return { firstHalf, secondHalf, score, grade: gradeOf(score, settings) };
}

function kpiRecord(result: KpiResult, month: number, lang: Lang): Cells {
  const kpi = result.kpi;
  return {
    month,
    taskNo: kpi.taskNo,
    indicator: kpi.name,
    unit: kpi.unit,
    actual: result.actual,
    achievement: result.achievement,
    pace: result.pace,
    status: STATUS_STYLE[result.status][lang],
    score: result.score,
  };
}

/** 이력 with this Compute's record in place of its month's: the whole table as it should stand. */
export function historyWith(
  history: History,
  record: MonthRecord,
  evaluation: Evaluation,
  lang: Lang
): History {
  const months = new Map(history.months);
  months.set(record.month, {
    month: record.month,
    computedAt: record.computedAt,
    score: record.score,
    grade: record.grade,
    mark: record.mark,
  });
  const kpiRows = new Map(history.kpiRows);
  kpiRows.set(
    record.month,
    evaluation.kpis.map((k) => kpiRecord(k, record.month, lang))
  );
  const kpiSource = new Map(history.kpiSource);
  kpiSource.delete(record.month);
  return { ...history, months, kpiRows, kpiSource };
}

/** The row as the sheet holds it already: every cell to be written is there with its value. */
const standsAs = (before: readonly RawCell[] | undefined, cells: readonly CellWrite[]) =>
  !!before && cells.every((cell) => plainValue(before[cell.col] ?? null) === cell.value);

/** The KPI records in sheet order (by month), each with the row it goes to and where it stands. */
function kpiLines(history: History): { row: number; cells: Cells; from?: number }[] {
  const lines: { row: number; cells: Cells; from?: number }[] = [];
  let row = HISTORY_LAYOUT.kpiHeaderRow + 1;
  for (const month of [...history.kpiRows.keys()].sort((a, b) => a - b)) {
    const sources = history.kpiSource.get(month);
    (history.kpiRows.get(month) ?? []).forEach((cells, i) =>
      lines.push({ row: row++, cells, from: sources?.[i] })
    );
  }
  return lines;
}

/**
 * Whether the write needs cells that were not read: a record read in part must move (an earlier
 * month recomputed with another number of KPIs, or recorded before later ones).
 */
export function unreadRowsMove(history: History): boolean {
  const unreadFrom = history.unreadFrom;
  if (unreadFrom === null) return false;
  return kpiLines(history).some(
    (line) => line.from !== undefined && line.from >= unreadFrom && line.from !== line.row
  );
}

/**
 * The 이력 sheet written so that it stands as `history`: only rows that differ from the snapshot
 * (rows of other months are left exactly as they are), rows no longer used cleared.
 */
export function historyWrite(
  snapshot: WorkbookSnapshot,
  history: History,
  lang: Lang,
  department: string
): SheetWrite {
  const existing = findSheet(snapshot, SHEETS.history);
  const before = existing?.rows ?? [];
  const { titleRow, departmentHeaderRow, kpiHeaderRow, monthRow } = HISTORY_LAYOUT;
  const lines: CellWrite[][] = [
    [{ row: titleRow, col: 0, value: TITLE[lang], style: STYLES.title }],
    headerCells(DEPARTMENT_RECORD, departmentHeaderRow, lang, STYLES.computedHeader),
    headerCells(KPI_RECORD, kpiHeaderRow, lang, STYLES.computedHeader),
  ];
  for (let month = 1; month <= 12; month++) {
    const record =
      history.months.get(month) ?? recordOf(DEPARTMENT_RECORD, (col) => (col ? null : month));
    lines.push(rowCells(DEPARTMENT_RECORD, record, monthRow(month), lang));
  }
  const records = kpiLines(history);
  for (const line of records) lines.push(rowCells(KPI_RECORD, line.cells, line.row, lang));
  const end = kpiHeaderRow + 1 + records.length;
  const cells: CellWrite[] = [];
  for (const line of lines) {
    if (existing && standsAs(before[line[0].row], line)) continue;
    cells.push(...line);
  }
  // Rows below the table that an earlier, longer record used: every column, read or not.
  for (let old = end; old < before.length; old++) {
    if ((before[old] ?? []).some((cell) => cell !== null && cell !== "")) {
      KPI_RECORD.forEach((_, col) => cells.push({ row: old, col, value: null }));
    }
  }
  const widths = columnWidths(KPI_RECORD);
  return {
    name: existing?.name ?? SHEETS.history[lang],
    mode: "patch",
    cells,
    columnWidths: widths,
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(widths, KPI_RECORD.length),
      headerRows: { first: HISTORY_LAYOUT.kpiHeaderRow, last: HISTORY_LAYOUT.kpiHeaderRow },
      department,
    }),
  };
}
