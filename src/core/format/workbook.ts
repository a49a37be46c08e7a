// The port between the core and a workbook. An adapter reads a workbook into a WorkbookSnapshot
// (plain cells) and applies a WorkbookWrite (what to write, where, how it looks). The core decides
// everything in a WorkbookWrite; adapters only translate it.
import type { RawCell } from "../rules/figures";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** rows[r][c], 0-based from A1; ragged; a merged area's value sits in its top-left cell only. */
  rows: RawCell[][];
  /** Merged areas as A1 ranges ("B2:D2"). */
  merges: string[];
  /**
   * Read in part (Excel on the web limits a response to 5 MB): from row `fromRow` on, only the
   * first `columns` columns were read, and the cells beyond are unknown, not empty.
   */
  partial?: { fromRow: number; columns: number };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface CellStyle {
  numberFormat?: string;
  /** Fill colour, RRGGBB. */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font colour, RRGGBB. */
  color?: string;
  size?: number;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  border?: boolean;
  /**
   * Excel's quote prefix (its "'"): the cell's value is text as written, while the cell keeps a
   * General or numeric format, so what a person types there later is read as typed.
   */
  quotePrefix?: boolean;
}

export interface CellWrite {
  row: number;
  col: number;
  /**
   * A literal value. Strings are always text, never formulas, whatever they start with.
   * null clears the cell's value.
   */
  value: string | number | boolean | null;
  /** A formula (without "="); `value` is then its cached result. */
  formula?: string;
  style?: CellStyle;
  /** An in-workbook link target ("'목표'!K5"). */
  link?: string;
  /**
   * Only the value changes; the cell keeps the look it has (a user's format on a cell emptied by
   * 새해 양식). Files only: the Excel adapter refuses it (see WorkbookWrite.removeSheets).
   */
  keepStyle?: boolean;
}

/** How a sheet prints (A4 always). Margins in inches, as a file stores them. */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Percent of actual size. */
  scale: number;
  /** Rows repeated at the top of every page (0-based, inclusive). */
  repeatRows?: { first: number; last: number };
  /** Columns repeated at the left of every page (0-based, inclusive). */
  repeatColumns?: { first: number; last: number };
  /** Manual page breaks: a new page begins at each of these columns (0-based). */
  columnBreaks?: number[];
  /** Footer texts with the spreadsheet codes &P (page), &N (pages), &A (sheet); && is "&". */
  footer: { left: string; center: string; right: string };
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

/**
 * A chart object drawn from cells of its own sheet: one series, its categories and values in two
 * adjacent columns (A1 ranges without the sheet). Named, so the add-in replaces its own charts and
 * never a user's.
 */
export interface ChartSpec {
  name: string;
  kind: "column" | "line";
  title: string;
  /** Categories (text) and values (numbers), same rows. */
  categories: string;
  values: string;
  seriesName: string;
  /** The cells the chart covers: top-left and bottom-right (0-based). */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

/** Names of the charts the add-in draws start with this. */
export const CHART_PREFIX = "mbo-";

export interface SheetWrite {
  name: string;
  /**
   * replace: the sheet is the add-in's and is rewritten whole (created where missing).
   * patch: only the listed cells change; everything else in the sheet stays as it is (created
   * where missing).
   */
  mode: "replace" | "patch";
  /**
   * A sheet people type into (설정, 목표, 월별실적): its strings are quote-prefixed, never given the
   * text format, which would turn a number typed there later into text (PRODUCT.md "Text stays
   * text in Excel").
   */
  input?: boolean;
  visibility?: SheetVisibility;
  cells: CellWrite[];
  columnWidths?: { col: number; width: number }[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  rowHeights?: { row: number; height: number }[];
  /** Data bars (where supported): an A1 range and its colour. */
  dataBars?: { range: string; color: string }[];
  /** In-cell drop-down lists (where supported). */
  listValidations?: { range: string; values: string[] }[];
  /** Frozen rows/columns above/left of this cell (0-based counts). */
  freeze?: { rows: number; cols: number };
  /** Protected without a password after writing. */
  protect?: boolean;
  /** How it prints. */
  page?: PageSetup;
  /** Charts on the sheet (the add-in's; those it drew before are replaced). */
  charts?: ChartSpec[];
}

export interface WorkbookWrite {
  sheets: SheetWrite[];
  /**
   * Sheets taken out of the workbook (새해 양식: 결과, 이력 and the metadata of last year). Files
   * only: next year's workbook is made from a file, never in the open workbook, and the Excel
   * adapter refuses a write that removes sheets or keeps looks rather than half-apply it.
   */
  removeSheets?: string[];
  /** Sheet to show when the file is opened. */
  activeSheet?: string;
}

/** Excel's number format for text. */
const TEXT_FORMAT = "@";

const withText = new WeakMap<CellStyle, CellStyle>();
const withQuote = new WeakMap<CellStyle, CellStyle>();
const PLAIN_TEXT: CellStyle = { numberFormat: TEXT_FORMAT };
const PLAIN_QUOTED: CellStyle = { quotePrefix: true };

/** A style once, the same object for the same base (adapters cache looks by object). */
function derived(
  cache: WeakMap<CellStyle, CellStyle>,
  base: CellStyle,
  make: (style: CellStyle) => CellStyle
): CellStyle {
  let style = cache.get(base);
  if (!style) {
    style = make(base);
    cache.set(base, style);
  }
  return style;
}

/**
 * The look a cell is written with. A string must read back exactly as written, never parsed as
 * a date, a number or a formula: in a sheet people type into (`input`) it is quote-prefixed and
 * its cell keeps a General or numeric format; elsewhere (the add-in's own sheets) it gets the text
 * format. Both adapters write a cell in this look.
 */
export function styleOf(cell: CellWrite, input = false): CellStyle | undefined {
  if (typeof cell.value !== "string" || cell.formula !== undefined) return cell.style;
  if (input) {
    if (!cell.style) return PLAIN_QUOTED;
    return derived(withQuote, cell.style, (style) => {
      const quoted: CellStyle = { ...style, quotePrefix: true };
      if (quoted.numberFormat === TEXT_FORMAT) delete quoted.numberFormat;
      return quoted;
    });
  }
  if (!cell.style) return PLAIN_TEXT;
  if (cell.style.numberFormat === TEXT_FORMAT) return cell.style;
  return derived(withText, cell.style, (style) => ({ ...style, numberFormat: TEXT_FORMAT }));
}

/**
 * The digit width of our workbooks' font, 맑은 고딕 11 (also Korean Excel's default): 8 pixels,
 * wider than Calibri's 7. Column widths are converted with it in Excel, and pages fitted with it.
 */
export const DIGIT_PIXELS = 8;

/**
 * The width in points of a column whose file width is `width` (characters of the default font's
 * digits, `digit` pixels wide: 7 for Calibri 11): pixels = trunc((256 × width + trunc(128 /
 * digit)) / 256 × digit), a point is ¾ pixel. What Excel shows for that file width.
 */
export function columnPoints(width: number, digit = 7): number {
  // Math.floor: the values are positive, and IE11 has no Math.trunc.
  const pixels = Math.floor(((256 * width + Math.floor(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}

/** "A", "B", … "AA" for a 0-based column. */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "K5" for 0-based row 4, column 10. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** 0-based row and column of "K5" (ignores $). */
export function parseAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!match) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** A sheet name quoted for a formula or link: '목표'!A1. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
