// Where the input tables are in a workbook as read: what writing results needs to find its
// cells again.
import type { Lang } from "../format/schema";
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
  /**
   * The workbook's language: of 설정's labels, or without 설정 of 목표's headers — whatever name a
   * sheet carries (a user may rename 목표 to "Goals"). What Compute writes is in it.
   */
  lang: Lang;
  settings: { sheet: string; valueCells: Record<string, { row: number; col: number }> } | null;
  goals: TableLayout & { kpiRows: number[] };
  monthly: TableLayout & { rows: MonthlyRowLayout[] };
}
