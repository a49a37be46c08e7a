// A write description applied to a snapshot in memory, as an adapter would apply it and read the
// workbook back (values; a formula keeps the value written as its cached result): for core tests
// that need a workbook without a file.
import type { RawCell } from "../../src/core/rules/figures";
import type { WorkbookSnapshot, WorkbookWrite } from "../../src/core/format/workbook";

export function applied(
  write: WorkbookWrite,
  base: WorkbookSnapshot = { sheets: [] }
): WorkbookSnapshot {
  const sheets = base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...(r ?? [])]) }));
  for (const sheetWrite of write.sheets) {
    let sheet = sheets.find((s) => s.name === sheetWrite.name);
    if (!sheet) {
      sheet = { name: sheetWrite.name, visibility: "visible", rows: [], merges: [] };
      sheets.push(sheet);
    }
    if (sheetWrite.mode === "replace") sheet.rows = [];
    if (sheetWrite.visibility) sheet.visibility = sheetWrite.visibility;
    for (const cell of sheetWrite.cells) {
      const row = (sheet.rows[cell.row] ??= []);
      while (row.length < cell.col) row.push(null);
      const value: RawCell =
        cell.formula !== undefined
          ? { formula: cell.formula, result: cell.value ?? undefined }
          : (cell.value ?? null);
      row[cell.col] = value;
    }
    sheet.rows = Array.from(sheet.rows, (row) => row ?? []);
  }
  // Sheets taken out (새해 양식's 결과, 이력 and metadata), as the file adapter takes them out.
  const removed = new Set(write.removeSheets ?? []);
  return { sheets: sheets.filter((s) => !removed.has(s.name)) };
}
