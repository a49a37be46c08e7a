// Reading cells of a snapshot: a cell's value or text (a merged area's from its top-left), a sheet
// by its name in either language, a table by its headers, a labelled value, a typed figure with
// its problem recorded.
import {
  readFigure,
  shownValue,
  type Figure,
  type FigureOptions,
  type RawCell,
} from "../rules/figures";
import type { Problem } from "../format/problems";
import {
  ENUMS,
  columnFor,
  headerKey,
  sheetNameMatches,
  type Column,
  type Named,
} from "../format/schema";
import {
  cellAddress,
  parseAddress,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../format/workbook";
import type { TableLayout } from "./layout";

/** How far down a header row is looked for (title rows above it are the user's). */
const HEADER_SEARCH_ROWS = 50;

export const cellOf = (sheet: SheetSnapshot, row: number, col: number): RawCell =>
  sheet.rows[row]?.[col] ?? null;

/** A cell as trimmed text (a formula's result); "" for an empty cell or an error. */
export const textOf = (cell: RawCell): string => {
  if (cell === null) return "";
  if (typeof cell === "object") {
    return "formula" in cell && cell.result !== undefined && cell.result !== null
      ? String(cell.result).trim()
      : "";
  }
  return String(cell).trim();
};

/** A cell's value as it would be written back: a formula's cached result, an error's text. */
export const plainValue = (cell: RawCell | undefined): string | number | boolean | null => {
  if (cell === null || cell === undefined || typeof cell !== "object") return cell ?? null;
  return "result" in cell ? (cell.result ?? null) : cell.error;
};

/**
 * Where each labelled value is in a label/value sheet (설정, 취합설정): the cell right of the first
 * cell anywhere that holds its label (Korean or English, loosely compared).
 */
export function labelledValueCells(
  sheet: SheetSnapshot,
  labels: readonly (Named & { key: string })[]
): Record<string, { row: number; col: number }> {
  const valueCells: Record<string, { row: number; col: number }> = {};
  sheet.rows.forEach((cells, row) =>
    (cells ?? []).forEach((cell, col) => {
      if (typeof cell !== "string") return;
      const label = labels.find(
        (s) => headerKey(s.ko) === headerKey(cell) || headerKey(s.en) === headerKey(cell)
      );
      if (label && !valueCells[label.key]) valueCells[label.key] = { row, col: col + 1 };
    })
  );
  return valueCells;
}

export function findSheet(snapshot: WorkbookSnapshot, name: Named): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sheetNameMatches(name, s.name));
}

/** Top-left cell of the merged area holding (row, col), or the cell itself. */
function mergeOrigin(sheet: SheetSnapshot, row: number, col: number) {
  for (const range of sheet.merges) {
    const [from, to = from] = range.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (row >= a.row && row <= b.row && col >= a.col && col <= b.col) return a;
  }
  return { row, col };
}

export function mergedCell(sheet: SheetSnapshot, row: number, col: number): RawCell {
  const origin = mergeOrigin(sheet, row, col);
  return cellOf(sheet, origin.row, origin.col);
}

function lastUsedRow(sheet: SheetSnapshot): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if ((sheet.rows[r] ?? []).some((c) => c !== null && textOf(c) !== "")) return r;
  }
  return -1;
}

/** The first row holding all required headers; its known columns. */
export function findTable(
  sheet: SheetSnapshot,
  columns: readonly Column[],
  problems: Problem[]
): TableLayout | null {
  const required = columns.filter((c) => c.required);
  let best: { row: number; found: Record<string, number> } | null = null;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const found: Record<string, number> = {};
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const column = typeof cell === "string" ? columnFor(columns, cell) : undefined;
      if (column && found[column.key] === undefined) found[column.key] = c;
    });
    const count = required.filter((c) => found[c.key] !== undefined).length;
    if (!best || count > required.filter((c) => best!.found[c.key] !== undefined).length) {
      best = { row: r, found };
    }
    if (count === required.length) break;
  }
  const missing = required.filter((c) => best?.found[c.key] === undefined);
  if (!best || missing.length > 0) {
    for (const column of missing) {
      problems.push({
        severity: "error",
        code: "missingHeader",
        sheet: sheet.name,
        cell: "",
        shown: "",
        detail: `${column.ko} / ${column.en}`,
      });
    }
    return null;
  }
  return {
    sheet: sheet.name,
    headerRow: best.row,
    columns: best.found,
    lastRow: lastUsedRow(sheet),
  };
}

export function enumWords(name: keyof typeof ENUMS): string {
  return ENUMS[name].map((o) => `${o.ko}/${o.en}`).join(", ");
}

/** Reads one figure cell, recording its problem or warning; the figure either way. */
export function figureAt(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  options: FigureOptions,
  problems: Problem[]
): Figure {
  if (col === undefined) return { kind: "blank" };
  const cell = mergedCell(sheet, row, col);
  const figure = readFigure(cell, options);
  const where = { sheet: sheet.name, cell: cellAddress(row, col), shown: shownValue(cell) };
  if (figure.kind === "problem") {
    problems.push({ severity: "error", code: figure.problem, ...where });
  } else if (figure.kind === "number" && figure.warning) {
    problems.push({ severity: "warning", code: figure.warning, ...where, detail: where.shown });
  }
  return figure;
}

export const numberOr = (figure: Figure, fallback: number | null) =>
  figure.kind === "number" ? figure.value : fallback;
