// The double's workbook as a description the file adapter writes: every cell with the type and
// the look the double holds (used to look at, or save, what the Excel path built).
import type { CellStyle, SheetWrite, WorkbookWrite } from "../../src/core/format/workbook";
import type { ExcelDouble } from "./excel-double";

const ALIGN: Record<string, CellStyle["align"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

/** Everything the double holds, as a description the file adapter writes. */
export function doubleAsWrite(excel: ExcelDouble): WorkbookWrite {
  const sheets: SheetWrite[] = excel.sheets.map((sheet) => ({
    name: sheet.name,
    mode: "replace",
    visibility:
      sheet.visibility === "VeryHidden"
        ? "veryHidden"
        : sheet.visibility === "Hidden"
          ? "hidden"
          : "visible",
    protect: sheet.protected,
    // A sheet whose texts carry the quote prefix is written as one (General cells, quotePrefix).
    input: [...sheet.cells.values()].some((cell) => cell.quotePrefix),
    cells: [...sheet.cells].map(([key, cell]) => {
      const [row, col] = key.split(",").map(Number);
      const f = cell.format;
      const style: CellStyle = {
        ...(f.numberFormat !== "General" ? { numberFormat: f.numberFormat } : {}),
        ...(f.fill ? { fill: f.fill.replace("#", "") } : {}),
        ...(f.bold ? { bold: true } : {}),
        ...(f.italic ? { italic: true } : {}),
        ...(f.color !== "#000000" ? { color: f.color.replace("#", "") } : {}),
        ...(f.size !== 11 ? { size: f.size } : {}),
        ...(ALIGN[f.horizontalAlignment] ? { align: ALIGN[f.horizontalAlignment] } : {}),
        ...(f.wrapText ? { wrap: true } : {}),
        ...(Object.keys(f.borders).length ? { border: true } : {}),
      };
      return cell.formula
        ? { row, col, value: cell.value, formula: cell.formula.slice(1), style }
        : { row, col, value: cell.value === "" ? null : cell.value, style };
    }),
  }));
  return { sheets, activeSheet: excel.activeSheet ?? undefined };
}
