// Excel holds at most 32,767 characters in a cell and refuses a write of more. A file from
// another program can carry longer text, and the add-in composes cells from what people typed
// (a name, a problem quoting a figure, a note added to 비고): a string over the limit is cut with
// "…" where it is written, and each cut is a problem naming the cell — never a failed write.
// A string in an input sheet, or one starting with an apostrophe, reaches Excel behind a quote
// prefix (src/excel/apply.ts): one character less is left for it, as Excel may count the prefix.
import { EXCEL_LIMITS } from "./page";
import type { Problem } from "./problems";
import { cellAddress, type CellWrite, type WorkbookWrite } from "./workbook";

const MARK = "…";

/** 40000 → "40,000" (as the #,##0 format shows it; the IE11 pane runs this too). */
const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** What a cut cell shows in a problem: its beginning. */
const SHOWN_CHARS = 40;

/** The write with every string within Excel's cell limit, and a problem for each string cut. */
export function fitCellText(write: WorkbookWrite): { write: WorkbookWrite; problems: Problem[] } {
  const problems: Problem[] = [];
  const sheets = write.sheets.map((sheet) => {
    const limitOf = (text: string) =>
      EXCEL_LIMITS.cellChars - (sheet.input || text.startsWith("'") ? 1 : 0);
    const tooLong = (cell: CellWrite) =>
      typeof cell.value === "string" && cell.value.length > limitOf(cell.value);
    if (!sheet.cells.some(tooLong)) return sheet;
    const cells = sheet.cells.map((cell) => {
      if (!tooLong(cell)) return cell;
      const text = cell.value as string;
      problems.push({
        severity: "warning",
        code: "textCut",
        sheet: sheet.name,
        cell: cellAddress(cell.row, cell.col),
        shown: text.slice(0, SHOWN_CHARS) + MARK,
        detail: grouped(text.length),
      });
      return { ...cell, value: text.slice(0, limitOf(text) - MARK.length) + MARK };
    });
    return { ...sheet, cells };
  });
  return { write: problems.length ? { ...write, sheets } : write, problems };
}
