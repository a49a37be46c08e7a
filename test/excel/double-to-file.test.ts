// A workbook built in the Excel double, saved through the file adapter, opens in LibreOffice with
// the values, words and live formulas the Excel path wrote.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CellStyle, SheetWrite, WorkbookWrite } from "../../src/core/workbook";
import { writeWorkbook } from "../../src/xlsx/write";
import { convert, sofficeAvailable } from "../../scripts/libreoffice.cjs";
import type { ExcelDouble } from "./excel-double";
import { computeExcel, excelWithTemplate } from "./excel-path";

const ALIGN: Record<string, CellStyle["align"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

/** Everything the double holds, as a description the file adapter writes. */
function doubleAsWrite(excel: ExcelDouble): WorkbookWrite {
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

(sofficeAvailable() ? it : it.skip)(
  "LibreOffice opens what the Excel path built, saved through the file adapter",
  async () => {
    const { excel } = await excelWithTemplate(9);
    const { report } = await computeExcel(excel);
    if (!report.ok) throw new Error("compute failed");
    const dir = mkdtempSync(join(tmpdir(), "double-"));
    writeFileSync(join(dir, "book.xlsx"), await writeWorkbook(null, doubleAsWrite(excel)));
    const out = convert(join(dir, "book.xlsx"), "csv", join(dir, "csv"));
    const results = readFileSync(
      join(
        out,
        readdirSync(out).find((f) => f.includes("결과"))!
      ),
      "utf8"
    ).split("\n");
    const summary = results[2].split(",");
    expect(summary[0]).toBe("종합점수");
    expect(Number(summary[1])).toBeCloseTo(report.evaluation.department.score as number, 9);
    expect(summary[3]).toBe(report.evaluation.department.grade);
    expect(results.join("\n")).toContain("주의");
    // The staleness formula, recalculated by LibreOffice, agrees that nothing changed.
    expect(results[1].replace(/,/g, "")).toBe("");
  },
  120_000
);
