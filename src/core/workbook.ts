// The port between the core and a workbook. An adapter reads a workbook into a WorkbookSnapshot
// (plain cells) and applies a WorkbookWrite (what to write, where, how it looks). The core decides
// everything in a WorkbookWrite; adapters only translate it.
import type { RawCell } from "./figures";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** rows[r][c], 0-based from A1; ragged; a merged area's value sits in its top-left cell only. */
  rows: RawCell[][];
  /** Merged areas as A1 ranges ("B2:D2"). */
  merges: string[];
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
}

export interface SheetWrite {
  name: string;
  /**
   * replace: the sheet is the add-in's and is rewritten whole (created where missing).
   * patch: only the listed cells change; everything else in the sheet stays as it is (created
   * where missing).
   */
  mode: "replace" | "patch";
  visibility?: SheetVisibility;
  cells: CellWrite[];
  columnWidths?: { col: number; width: number }[];
  /** Data bars (where supported): an A1 range and its colour. */
  dataBars?: { range: string; color: string }[];
  /** In-cell drop-down lists (where supported). */
  listValidations?: { range: string; values: string[] }[];
  /** Frozen rows/columns above/left of this cell (0-based counts). */
  freeze?: { rows: number; cols: number };
  /** Protected without a password after writing. */
  protect?: boolean;
}

export interface WorkbookWrite {
  sheets: SheetWrite[];
  /** Sheet to show when the file is opened. */
  activeSheet?: string;
}

/** Excel's number format for text. */
export const TEXT_FORMAT = "@";

const withText = new WeakMap<CellStyle, CellStyle>();
const PLAIN_TEXT: CellStyle = { numberFormat: TEXT_FORMAT };

/**
 * The look a cell is written with. Every string is written as text (number format "@"): Excel
 * parses a string written to a cell's values as if it were typed ("1-1" and "2026-11-28 14:03"
 * become dates, "00123" and "10%" numbers, "TRUE" a boolean, "=…" a formula). Both adapters use
 * this, so a workbook is the same whichever way in made it, and a string reads back as written.
 * The same style object is returned for the same style, so adapters may cache by object.
 */
export function styleOf(cell: CellWrite): CellStyle | undefined {
  if (typeof cell.value !== "string" || cell.formula !== undefined) return cell.style;
  if (!cell.style) return PLAIN_TEXT;
  if (cell.style.numberFormat === TEXT_FORMAT) return cell.style;
  let text = withText.get(cell.style);
  if (!text) {
    text = { ...cell.style, numberFormat: TEXT_FORMAT };
    withText.set(cell.style, text);
  }
  return text;
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
