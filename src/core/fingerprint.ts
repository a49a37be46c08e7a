// The input fingerprint: one number that the add-in stores at Compute and that a formula in 결과
// recomputes live in any spreadsheet program, so the sheet itself says when an input changed after
// the last Compute. Both sides use the same arithmetic over the same input ranges:
//   per range: SUM + 7 × COUNTA + Σ over text cells (13 × LEN + UNICODE of the first character)
// and -1 when a range holds an error value (the formula's IFERROR). Rounded to 4 decimals.
import type { RawCell } from "./figures";
import type { Layout, TableLayout } from "./read";
import { GOAL_COLUMNS, MONTHLY_COLUMNS, type Column } from "./schema";
import { firstCodePoint } from "./text";
import { cellAddress, sheetRef, type WorkbookSnapshot } from "./workbook";

export interface InputRange {
  sheet: string;
  col: number;
  firstRow: number;
  lastRow: number;
}

/** Rows below the last used one that the fingerprint still watches (entries added later). */
export const WATCHED_EXTRA_ROWS = 300;

function tableRanges(table: TableLayout, columns: readonly Column[]): InputRange[] {
  const keys = columns.filter((c) => !c.computed && c.key !== "total").map((c) => c.key);
  return keys
    .filter((key) => table.columns[key] !== undefined)
    .map((key) => ({
      sheet: table.sheet,
      col: table.columns[key],
      firstRow: table.headerRow + 1,
      lastRow: Math.max(table.lastRow, table.headerRow) + WATCHED_EXTRA_ROWS,
    }));
}

/** The cells whose change makes results stale: every input column, and the settings' values. */
export function inputRanges(layout: Layout): InputRange[] {
  const ranges = [
    ...tableRanges(layout.goals, GOAL_COLUMNS),
    ...tableRanges(layout.monthly, MONTHLY_COLUMNS),
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

type Value = number | string | boolean | null | "error";

function valueOf(cell: RawCell): Value {
  if (cell === null || typeof cell !== "object") return cell;
  if ("error" in cell) return "error";
  const result = cell.result;
  if (result === undefined || result === null) return "error";
  if (typeof result === "string" && result.startsWith("#")) return "error";
  return result;
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** The fingerprint of a snapshot's inputs, as the staleness formula computes it. */
export function fingerprint(snapshot: WorkbookSnapshot, ranges: readonly InputRange[]): number {
  let total = 0;
  for (const range of ranges) {
    const sheet = snapshot.sheets.find((s) => s.name === range.sheet);
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      const cell = sheet?.rows[row]?.[range.col] ?? null;
      if (cell === null || cell === "") continue;
      const value = valueOf(cell);
      if (value === "error") return -1;
      // Counted by COUNTA, even a formula computed to "".
      total += 7;
      if (typeof value === "number") total += value;
      if (typeof value === "string") total += 13 * value.length + firstCodePoint(value + " ");
    }
  }
  return round4(total);
}

/** The same arithmetic as a formula any spreadsheet program evaluates. */
export function fingerprintFormula(ranges: readonly InputRange[]): string {
  const terms = ranges.map((range) => {
    const r = sheetRef(
      range.sheet,
      `${cellAddress(range.firstRow, range.col)}:${cellAddress(range.lastRow, range.col)}`
    );
    return `SUM(${r})+7*COUNTA(${r})+SUMPRODUCT(ISTEXT(${r})*(13*LEN(${r})+UNICODE(${r}&" ")))`;
  });
  return `ROUND(IFERROR(${terms.join("+") || "0"},-1),4)`;
}
