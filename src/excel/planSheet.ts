// 계획서 가져오기 from a sheet of the open workbook (the plan's tables pasted into it): which sheets
// may hold it, and one sheet's values as the core reads a pasted sheet. Loaded with the Fluent
// pane only (the plain pane takes pasted text).
import { planSheetNames } from "../core/import/sheet";
import type { SheetSnapshot } from "../core/format/workbook";
import { running, type ExcelHost } from "./actions";
import { rowsOf } from "./read";

/** The sheets a plan may have been pasted into, 계획서 first (one round trip). */
export function planSheetsInExcel(host: ExcelHost): Promise<string[]> {
  return running(host, async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return planSheetNames(worksheets.items.map((sheet) => sheet.name));
  });
}

/** One sheet's values (one round trip; an empty sheet reads as no rows). */
export function readSheetInExcel(host: ExcelHost, name: string): Promise<SheetSnapshot> {
  return running(host, async (context) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRange();
    range.load(["address", "values"]);
    await context.sync();
    return { name, visibility: "visible", rows: rowsOf(range, false), merges: [] };
  });
}
