// What the running Excel can do, from its ExcelApi level (asked at run time, never assumed).
// Values, formulas, number formats, fills, fonts and text work from 1.1 (Office 2016); the rest
// is used only where the level has it.

export interface Capabilities {
  /** ExcelApi minor version (1.x). */
  level: number;
  /** Excel on the web: requests and responses are limited to 5 MB each. */
  web: boolean;
  /** getItemOrNullObject, getUsedRangeOrNullObject: one read round trip instead of two. */
  nullObjects: boolean;
  /** Worksheet protection, setting visibility (veryHidden), column widths. */
  protection: boolean;
  hideSheets: boolean;
  columnWidths: boolean;
  /** Data bars. */
  conditionalFormats: boolean;
  /** Hyperlinks and frozen panes. */
  hyperlinks: boolean;
  freezePanes: boolean;
  /** Drop-down lists, and suspending events while writing. */
  dataValidation: boolean;
  suspendEvents: boolean;
  /** RangeAreas (formats for many areas in one call) and suspending screen updating. */
  rangeAreas: boolean;
  suspendScreenUpdating: boolean;
  /** Page layout (orientation, scale, print titles, footers): ExcelApi 1.9. */
  pageLayout: boolean;
  /**
   * Excel keeps the user's undo history across the add-in's writes (ExcelApi 1.20); below, every
   * write clears it. Protection and (on the desktop) visibility changes clear it at every level.
   */
  keepsUndo: boolean;
}

export function capabilitiesFor(level: number, web: boolean): Capabilities {
  return {
    level,
    web,
    nullObjects: level >= 4,
    protection: level >= 2,
    hideSheets: level >= 2,
    columnWidths: level >= 2,
    conditionalFormats: level >= 6,
    hyperlinks: level >= 7,
    freezePanes: level >= 7,
    dataValidation: level >= 8,
    suspendEvents: level >= 8,
    rangeAreas: level >= 9,
    suspendScreenUpdating: level >= 9,
    pageLayout: level >= 9,
    keepsUndo: level >= 20,
  };
}

/** The level from a detected "1.x" (null: below 1.1, treated as 1.1, the floor the add-in needs). */
export function levelOf(version: string | null): number {
  return version ? Number(version.split(".")[1]) : 1;
}
