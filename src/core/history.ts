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
import { label } from "./labels";
import { messagesFor } from "../i18n";
import type { Evaluation, Grade, KpiResult } from "./evaluate";
import { gradeOf } from "./evaluate";
import type { RawCell } from "./figures";
import type { Settings } from "./model";
import { cellOf, findSheet, textOf } from "./read";
import { pageSetup, widthsOf } from "./page";
import { SHEETS, STATUS_STYLE, type Lang, type Named } from "./schema";
import { NUMBER_FORMATS, STYLES } from "./styles";
import type { CellStyle, CellWrite, SheetWrite, WorkbookSnapshot } from "./workbook";

export const HISTORY_LAYOUT = {
  titleRow: 0,
  departmentHeaderRow: 2,
  /** Month m's department row. */
  monthRow: (month: number) => 2 + month,
  kpiHeaderRow: 16,
};

export const HISTORY_COLUMNS = {
  department: [
    label("asOfMonth"),
    label("computedAt"),
    label("overallScore"),
    label("grade"),
    label("result"),
  ],
  kpi: [
    label("asOfMonth"),
    label("taskNo"),
    label("indicator"),
    label("unit"),
    label("actual"),
    label("achievement"),
    label("pace"),
    label("status"),
    label("score"),
  ],
} satisfies Record<string, Named[]>;

const TITLE: Named = label("historyTitle");

export interface MonthRecord {
  month: number;
  computedAt: string;
  score: number | null;
  grade: string | null;
  mark: string;
}

interface History {
  months: Map<number, RawCell[]>;
  /** KPI rows as they stand, by month. */
  kpiRows: Map<number, RawCell[][]>;
  /** Where each month's KPI rows stand in the sheet (absent for this Compute's new record). */
  kpiSource: Map<number, number[]>;
  /** The first row whose cells past 기준월 were not read (the sheet read in part), if any. */
  unreadFrom: number | null;
}

const isMonth = (value: RawCell): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12;

/** The records in a workbook's 이력 sheet (none when it has no such sheet). */
export function readHistory(snapshot: WorkbookSnapshot): History {
  const sheet = findSheet(snapshot, SHEETS.history);
  const months = new Map<number, RawCell[]>();
  const kpiRows = new Map<number, RawCell[][]>();
  const kpiSource = new Map<number, number[]>();
  const unreadFrom = sheet?.partial ? sheet.partial.fromRow : null;
  if (!sheet) return { months, kpiRows, kpiSource, unreadFrom };
  const width = HISTORY_COLUMNS.department.length;
  for (let month = 1; month <= 12; month++) {
    const row = HISTORY_LAYOUT.monthRow(month);
    const cells = Array.from({ length: width }, (_, col) => cellOf(sheet, row, col));
    if (cells.slice(1).some((c) => c !== null && c !== "")) months.set(month, cells);
  }
  for (let row = HISTORY_LAYOUT.kpiHeaderRow + 1; row < sheet.rows.length; row++) {
    const month = cellOf(sheet, row, 0);
    if (!isMonth(month)) continue;
    const cells = HISTORY_COLUMNS.kpi.map((_, col) => cellOf(sheet, row, col));
    kpiRows.set(month, [...(kpiRows.get(month) ?? []), cells]);
    kpiSource.set(month, [...(kpiSource.get(month) ?? []), row]);
  }
  return { months, kpiRows, kpiSource, unreadFrom };
}

const numberOf = (cell: RawCell): number | null => (typeof cell === "number" ? cell : null);

/** A month's department record, if 이력 has one. */
export function monthRecord(history: History, month: number): MonthRecord | null {
  const cells = history.months.get(month);
  if (!cells) return null;
  return {
    month,
    computedAt: textOf(cells[1]),
    score: numberOf(cells[2]),
    grade: textOf(cells[3]) || null,
    mark: textOf(cells[4]),
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

function kpiRecordRow(result: KpiResult, month: number, lang: Lang): RawCell[] {
  const kpi = result.kpi;
  return [
    month,
    kpi.taskNo,
    kpi.name,
    kpi.unit,
    result.actual,
    result.achievement,
    result.pace,
    STATUS_STYLE[result.status][lang],
    result.score,
  ];
}

/** 이력 with this Compute's record in place of its month's: the whole table as it should stand. */
export function historyWith(
  history: History,
  record: MonthRecord,
  evaluation: Evaluation,
  lang: Lang
): History {
  const months = new Map(history.months);
  months.set(record.month, [
    record.month,
    record.computedAt,
    record.score,
    record.grade,
    record.mark,
  ]);
  const kpiRows = new Map(history.kpiRows);
  kpiRows.set(
    record.month,
    evaluation.kpis.map((k) => kpiRecordRow(k, record.month, lang))
  );
  const kpiSource = new Map(history.kpiSource);
  kpiSource.delete(record.month);
  return { months, kpiRows, kpiSource, unreadFrom: history.unreadFrom };
}

const BORDER: CellStyle = { border: true };
const CENTER: CellStyle = { border: true, align: "center" };
const PERCENT: CellStyle = { numberFormat: NUMBER_FORMATS.percent, border: true };
const SCORE: CellStyle = { numberFormat: NUMBER_FORMATS.score, border: true };
/** A month as 이력 shows it ("3월" in Korean, "3" in English): the catalogue's number format. */
const monthStyle = (lang: Lang): CellStyle => ({
  numberFormat: messagesFor(lang).workbook.monthFormat,
  border: true,
  align: "center",
});
const FIGURE = {
  percent: { numberFormat: NUMBER_FORMATS.percent, border: true } as CellStyle,
  other: { numberFormat: "#,##0.##", border: true } as CellStyle,
};

/** A record's look: no status colours (결과 has them), so a long 이력 costs Excel few areas. */
function kpiRowStyles(cells: RawCell[], lang: Lang): (CellStyle | undefined)[] {
  const figure = cells[3] === "%" ? FIGURE.percent : FIGURE.other;
  return [monthStyle(lang), BORDER, BORDER, CENTER, figure, PERCENT, PERCENT, CENTER, SCORE];
}

function departmentRowStyles(lang: Lang): (CellStyle | undefined)[] {
  return [monthStyle(lang), BORDER, SCORE, CENTER, BORDER];
}

const plain = (cell: RawCell): CellWrite["value"] => {
  if (cell === null || typeof cell !== "object") return cell;
  return "result" in cell ? (cell.result ?? null) : cell.error;
};

const sameRow = (a: readonly RawCell[] | undefined, b: readonly RawCell[]) =>
  !!a && b.every((cell, i) => plain(a[i] ?? null) === plain(cell));

/** The KPI records in sheet order (by month), each with the row it goes to and where it stands. */
function kpiLines(history: History): { row: number; cells: RawCell[]; from?: number }[] {
  const lines: { row: number; cells: RawCell[]; from?: number }[] = [];
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
  const desired: { row: number; cells: RawCell[]; styles: (CellStyle | undefined)[] }[] = [
    { row: HISTORY_LAYOUT.titleRow, cells: [TITLE[lang]], styles: [STYLES.title] },
    {
      row: HISTORY_LAYOUT.departmentHeaderRow,
      cells: HISTORY_COLUMNS.department.map((c) => c[lang]),
      styles: HISTORY_COLUMNS.department.map(() => STYLES.computedHeader),
    },
    {
      row: HISTORY_LAYOUT.kpiHeaderRow,
      cells: HISTORY_COLUMNS.kpi.map((c) => c[lang]),
      styles: HISTORY_COLUMNS.kpi.map(() => STYLES.computedHeader),
    },
  ];
  for (let month = 1; month <= 12; month++) {
    desired.push({
      row: HISTORY_LAYOUT.monthRow(month),
      cells: history.months.get(month) ?? [month, null, null, null, null],
      styles: departmentRowStyles(lang),
    });
  }
  const records = kpiLines(history);
  for (const line of records) desired.push({ ...line, styles: kpiRowStyles(line.cells, lang) });
  const end = HISTORY_LAYOUT.kpiHeaderRow + 1 + records.length;
  const cells: CellWrite[] = [];
  for (const line of desired) {
    if (existing && sameRow(before[line.row], line.cells)) continue;
    line.cells.forEach((cell, col) =>
      cells.push({ row: line.row, col, value: plain(cell), style: line.styles[col] })
    );
  }
  // Rows below the table that an earlier, longer record used: every column, read or not.
  for (let old = end; old < before.length; old++) {
    if ((before[old] ?? []).some((cell) => cell !== null && cell !== "")) {
      HISTORY_COLUMNS.kpi.forEach((_, col) => cells.push({ row: old, col, value: null }));
    }
  }
  // One set of widths serves both tables (계산일시 over 과제번호, 종합점수 over 성과지표).
  const columnWidths = [10, 17, 28, 8, 11, 11, 9, 9, 9].map((width, col) => ({ col, width }));
  return {
    name: existing?.name ?? SHEETS.history[lang],
    mode: "patch",
    cells,
    columnWidths,
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(columnWidths, HISTORY_COLUMNS.kpi.length),
      headerRows: { first: HISTORY_LAYOUT.kpiHeaderRow, last: HISTORY_LAYOUT.kpiHeaderRow },
      department,
    }),
  };
}
