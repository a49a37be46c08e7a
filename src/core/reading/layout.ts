// Where the input tables are in a workbook as read: what writing results needs to find its
// cells again.
import type { MonthlyFigures, MonthlyKind, MonthlyRowKind } from "../rules/model";

/** Where a table is: its sheet, header row and each known column (0-based). */
export interface TableLayout {
  sheet: string;
  headerRow: number;
  columns: Record<string, number>;
  /** Last row that holds anything, in any column. */
  lastRow: number;
}

export interface MonthlyRowLayout {
  row: number;
  kind: MonthlyKind;
  rowKind: MonthlyRowKind;
  /** The row's months as read (unreadable cells as null). */
  months: MonthlyFigures;
  kpiIndex?: number;
  activityIndex?: number;
}

export interface Layout {
  settings: { sheet: string; valueCells: Record<string, { row: number; col: number }> } | null;
  goals: TableLayout & { kpiRows: number[] };
  monthly: TableLayout & { rows: MonthlyRowLayout[] };
}
