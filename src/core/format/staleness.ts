// The staleness check: at Compute the add-in stores, in its metadata sheet, a handful of checks
// over the inputs, each with a live formula that any spreadsheet program evaluates (Excel 2010,
// LibreOffice and Gnumeric alike: plain range functions and cell references only, no array
// evaluation, no function newer than Excel 2010). 결과 shows a warning when any check fails.
//
// - A column check per input column (the rows in use and WATCHED_EXTRA_ROWS below):
//     SUM(R) + SUMPRODUCT(R, W) + 3 × COUNT(R) + 7 × COUNTA(R)
//   where W is a column of fixed weights in the metadata sheet, so that a changed figure, a figure
//   moved to another row, an entry typed into an empty cell or cleared, all move the number. A row
//   inserted or deleted inside the range makes R and W differ in size: SUMPRODUCT fails, and the
//   check says changed.
// - A word check per column of fixed words (지표유형, 방향, 유형, 구분):
//     Σ k × SUMIF(R, word, W) + 7 × COUNTA(R)
//   with k the word's meaning (1 for 계획 and Plan, 2 for 실적 and Actual …): which rows hold which
//   meaning moves the number, as the column check does for figures, in a few dozen bytes instead of
//   a text comparison per cell. SUMIF compares whole words without regard to case, as the reader
//   takes them; a cell holding anything else (a variant the reader still accepts, "계 획") is
//   compared as text by the text checks.
// - A text check per ten rows holding text: their text cells joined (A5&"¦"&B5…) compared with
//   the stored text by EXACT, so a renamed task or indicator is caught whatever its length. Programs
//   have no common function from text to number (UNICODE is Excel 2013; CODE depends on the code
//   page), so texts are compared, not hashed.
// The add-in's own check (the pane, 취합) recomputes the same checks from a snapshot and compares
// them with the stored ones. Columns whose change cannot change a result are not watched: notes,
// and 월별실적's 단위 (the unit that counts is 목표's).
import type { RawCell } from "../rules/figures";
import type { Layout, TableLayout } from "./read";
import { EXCEL_LIMITS } from "./page";
import { ENUMS, GOAL_COLUMNS, MONTHLY_COLUMNS, type Column } from "./schema";
import { cellAddress, sheetRef, type CellWrite, type WorkbookSnapshot } from "./workbook";

export interface InputRange {
  sheet: string;
  col: number;
  firstRow: number;
  lastRow: number;
  /** A column of fixed words: each meaning's words (both languages), in the order of their k. */
  words?: string[][];
}

/** Rows below the last used one that the column checks still watch (entries added later). */
const WATCHED_EXTRA_ROWS = 300;
/** Joins the texts in a text check; a character people do not type into a plan. */
const TEXT_SEPARATOR = "¦";
/**
 * Rows of texts one check compares: fewer cells to write and to read (a formula stays far below
 * Excel's 8,192 characters: 10 rows of 목표 are about 120 references).
 */
const TEXT_ROWS_PER_CHECK = 10;

/** Columns whose change cannot change a result: notes; 월별실적's 단위 (Compute reads 목표's). */
const UNWATCHED_GOALS = new Set(["notes"]);
const UNWATCHED_MONTHLY = new Set(["notes", "unit"]);

function tableRanges(
  table: TableLayout,
  columns: readonly Column[],
  unwatched: ReadonlySet<string>
): InputRange[] {
  return columns
    .filter((c) => !c.computed && c.key !== "total" && !unwatched.has(c.key))
    .filter((c) => table.columns[c.key] !== undefined)
    .map((c) => ({
      sheet: table.sheet,
      col: table.columns[c.key],
      firstRow: table.headerRow + 1,
      lastRow: Math.max(table.lastRow, table.headerRow) + WATCHED_EXTRA_ROWS,
      ...(c.enumName ? { words: ENUMS[c.enumName].map((option) => [option.ko, option.en]) } : {}),
    }));
}

/** The cells whose change makes results stale: every input column, and the settings' values. */
function inputRanges(layout: Layout): InputRange[] {
  const ranges = [
    ...tableRanges(layout.goals, GOAL_COLUMNS, UNWATCHED_GOALS),
    ...tableRanges(layout.monthly, MONTHLY_COLUMNS, UNWATCHED_MONTHLY),
  ];
  if (layout.settings) {
    const cells = Object.values(layout.settings.valueCells);
    for (const col of new Set(cells.map((c) => c.col))) {
      const rows = cells.filter((c) => c.col === col).map((c) => c.row);
      ranges.push({
        sheet: layout.settings.sheet,
        col,
        firstRow: Math.min(...rows),
        lastRow: Math.max(...rows),
      });
    }
  }
  return ranges;
}

/** The i-th weight of W (0-based): spread over [1, 2) so no row's figure can stand in for another's. */
export function checkWeight(i: number): number {
  const golden = 0.6180339887498949;
  return 1 + (((i + 1) * golden) % 1);
}

type Value = number | string | boolean | "error" | null;

function valueOf(cell: RawCell): Value {
  if (cell === null || cell === "") return null;
  if (typeof cell !== "object") return cell;
  if ("error" in cell) return "error";
  const result = cell.result;
  if (result === undefined || result === null) return "error";
  if (typeof result === "string" && result.startsWith("#")) return "error";
  return result;
}

export interface InputCheck {
  /** The value at Compute: a column's number, a row's joined texts, or "#" for a column holding an error. */
  stored: number | string;
  /** The column check's tolerance (sums may be added up in another order). */
  tolerance?: number;
  range?: InputRange;
  /** A row's text cells (for the formula). */
  textCells?: { sheet: string; row: number; col: number }[];
  /** A text longer than a cell holds: only its first this many characters are compared. */
  leftChars?: number;
}

const ERROR_MARK = "#";

/** SUMIF's equality of a cell and a word: the whole text, case aside. */
const sameWord = (value: string, word: string) => value.toLowerCase() === word.toLowerCase();

/** A word's k (1-based) in a column of fixed words, or 0 for anything else. */
function meaningOf(value: Value, words: readonly string[][]): number {
  if (typeof value !== "string") return 0;
  return words.findIndex((forms) => forms.some((word) => sameWord(value, word))) + 1;
}

function columnCheck(snapshot: WorkbookSnapshot, range: InputRange): InputCheck {
  const sheet = snapshot.sheets.find((s) => s.name === range.sheet);
  let total = 0;
  let magnitude = 0;
  let error = false;
  for (let row = range.firstRow; row <= range.lastRow; row++) {
    const value = valueOf(sheet?.rows[row]?.[range.col] ?? null);
    if (value === null) continue;
    if (value === "error") error = true;
    total += 7;
    if (range.words) {
      const k = meaningOf(value, range.words);
      total += k * checkWeight(row - range.firstRow);
      magnitude += k * 2;
    } else if (typeof value === "number") {
      const weight = checkWeight(row - range.firstRow);
      total += value + value * weight + 3;
      magnitude += Math.abs(value) * (1 + weight) + 3;
    }
    magnitude += 7;
  }
  if (error) return { stored: ERROR_MARK, range };
  return { stored: total, tolerance: 1e-9 + magnitude * 1e-12, range };
}

function textChecks(snapshot: WorkbookSnapshot, ranges: readonly InputRange[]): InputCheck[] {
  const rowsBySheet = new Map<string, Map<number, number[]>>();
  for (const range of ranges) {
    const sheet = snapshot.sheets.find((s) => s.name === range.sheet);
    const last = Math.min(range.lastRow, (sheet?.rows.length ?? 0) - 1);
    for (let row = range.firstRow; row <= last; row++) {
      const value = valueOf(sheet?.rows[row]?.[range.col] ?? null);
      if (typeof value !== "string") continue;
      // A fixed word is watched by its column's word check.
      if (range.words && meaningOf(value, range.words) > 0) continue;
      const rows = rowsBySheet.get(range.sheet) ?? new Map<number, number[]>();
      rowsBySheet.set(range.sheet, rows);
      rows.set(row, [...(rows.get(row) ?? []), range.col]);
    }
  }
  const checks: InputCheck[] = [];
  for (const [sheetName, rows] of rowsBySheet) {
    const sheet = snapshot.sheets.find((s) => s.name === sheetName);
    const textOf = (row: number, col: number) => String(valueOf(sheet?.rows[row]?.[col] ?? null));
    // Several rows a check: as sure (the texts are compared whole, in order), far fewer cells —
    // while the joined text stays within what a cell holds (the stored text is a cell; Excel's
    // & gives #VALUE! past it).
    let group: TextCell[] = [];
    let groupRows = 0;
    let length = 0;
    const close = () => {
      const stored = group.map((c) => textOf(c.row, c.col)).join(TEXT_SEPARATOR);
      if (group.length) checks.push({ stored, textCells: group });
      group = [];
      groupRows = 0;
      length = 0;
    };
    for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
      if (groupRows === TEXT_ROWS_PER_CHECK) close();
      groupRows++;
      for (const col of cols.sort((a, b) => a - b)) {
        const text = textOf(row, col);
        const added = text.length + (group.length ? TEXT_SEPARATOR.length : 0);
        if (length + added > EXCEL_LIMITS.cellChars) close();
        if (text.length > EXCEL_LIMITS.cellChars) {
          // Longer than Excel holds (another program wrote it): its beginning is compared.
          checks.push({
            stored: text.slice(0, EXCEL_LIMITS.cellChars),
            textCells: [{ sheet: sheetName, row, col }],
            leftChars: EXCEL_LIMITS.cellChars,
          });
          continue;
        }
        if (!group.length) groupRows = 1;
        length += text.length + (group.length ? TEXT_SEPARATOR.length : 0);
        group.push({ sheet: sheetName, row, col });
      }
    }
    close();
  }
  return checks;
}

type TextCell = { sheet: string; row: number; col: number };

/** Every check of a snapshot's inputs, as Compute stores them. */
export function inputChecks(snapshot: WorkbookSnapshot, layout: Layout): InputCheck[] {
  const ranges = inputRanges(layout);
  return [...ranges.map((r) => columnCheck(snapshot, r)), ...textChecks(snapshot, ranges)];
}

const number = (value: number) => String(value);
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The live formula of a check whose stored value is in `storedCell` of the metadata sheet; the
 * weights W are in column `weightsCol` of that sheet from its first row. 0 = unchanged, 1 = changed.
 */
export function checkFormula(check: InputCheck, storedCell: string, weightsCol: number): string {
  if (check.textCells) {
    const joined = check.textCells
      .map((c) => sheetRef(c.sheet, cellAddress(c.row, c.col)))
      .map((ref) => (check.leftChars ? `LEFT(${ref},${check.leftChars})` : ref))
      .join(`&${quoted(TEXT_SEPARATOR)}&`);
    return `IFERROR(IF(EXACT(${joined},${storedCell}),0,1),1)`;
  }
  const range = check.range as InputRange;
  const r = sheetRef(
    range.sheet,
    `${cellAddress(range.firstRow, range.col)}:${cellAddress(range.lastRow, range.col)}`
  );
  if (check.stored === ERROR_MARK) return `IF(ISERROR(SUM(${r})),0,1)`;
  const length = range.lastRow - range.firstRow + 1;
  const w = `${cellAddress(0, weightsCol)}:${cellAddress(length - 1, weightsCol)}`;
  const value = range.words
    ? [
        ...range.words.flatMap((forms, i) =>
          forms.map((word) => `${i > 0 ? `${i + 1}*` : ""}SUMIF(${r},${quoted(word)},${w})`)
        ),
        `7*COUNTA(${r})`,
      ].join("+")
    : `SUM(${r})+SUMPRODUCT(${r},${w})+3*COUNT(${r})+7*COUNTA(${r})`;
  return `IFERROR(IF(ABS(${value}-${storedCell})<=${number(check.tolerance ?? 0)},0,1),1)`;
}

/** The weights the column checks need, as cells of column `col` from the first row. */
export function weightCells(checks: readonly InputCheck[], col: number): CellWrite[] {
  const length = Math.max(
    0,
    ...checks.map((c) => (c.range ? c.range.lastRow - c.range.firstRow + 1 : 0))
  );
  return Array.from({ length }, (_, row) => ({ row, col, value: checkWeight(row) }));
}

/** Whether the inputs now differ from the checks stored at Compute. */
export function inputsChanged(
  stored: readonly (number | string | null)[],
  current: readonly InputCheck[]
): boolean {
  if (stored.length !== current.length) return true;
  return current.some((check, i) => {
    const before = stored[i];
    if (typeof check.stored === "number" && typeof before === "number")
      return Math.abs(check.stored - before) > (check.tolerance ?? 0);
    return check.stored !== before;
  });
}
