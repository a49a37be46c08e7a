// A workbook built in the Excel double, saved through the file adapter, opens in LibreOffice with
// the values, words and live formulas the Excel path wrote.
import { writeWorkbook } from "../../src/xlsx/write";
import { STALE_WARNING } from "../../src/core/sheets/results";
import { hasProgram } from "../support/needs";
import { LIBREOFFICE } from "../support/readers";
import type { ExcelDouble } from "./excel-double";
import { doubleAsWrite } from "./double-as-write";
import { computeExcel, excelWithTemplate } from "./excel-path";

/** 결과 as LibreOffice shows the double's workbook, saved through the file adapter. */
const resultsShown = async (excel: ExcelDouble) =>
  (await LIBREOFFICE.sheetsAsShown(await writeWorkbook(null, doubleAsWrite(excel))))["결과"];

(hasProgram("libreoffice") ? it : it.skip)(
  "LibreOffice opens what the Excel path built, saved through the file adapter",
  async () => {
    const { excel } = await excelWithTemplate(9);
    const { report } = await computeExcel(excel);
    if (!report.ok) throw new Error("compute failed");
    const results = await resultsShown(excel);
    const summary = results[2];
    expect(summary[0]).toBe("종합점수");
    expect(Number(summary[1])).toBeCloseTo(report.evaluation.department.score as number, 9);
    expect(summary[3]).toBe(report.evaluation.department.grade);
    expect(results.flat().join("\n")).toContain("주의");
    // The staleness formula, recalculated by LibreOffice, agrees that nothing changed.
    expect(results[1].join("")).toBe("");
  }
);

// The double computes only =SUM(…): every other formula the Excel path writes (결과's staleness
// warning among them) is evaluated here by LibreOffice, on the workbook the Excel path built and
// then edited as a person would in Excel.
describe("the Excel path's staleness warning, evaluated by LibreOffice", () => {
  const withLibreOffice = hasProgram("libreoffice") ? it : it.skip;
  /** 결과's staleness cell (A2) as LibreOffice shows it, after `edit` in the double. */
  async function staleAfter(level: number, edit: (excel: ExcelDouble) => void): Promise<string> {
    const { excel } = await excelWithTemplate(level);
    const { report } = await computeExcel(excel, 6);
    if (!report.ok) throw new Error("compute failed");
    edit(excel);
    return (await resultsShown(excel))[1][0];
  }

  withLibreOffice.each([1, 9])(
    "is empty on the untouched workbook (ExcelApi 1.%i)",
    async (level) => {
      expect(await staleAfter(level, () => undefined)).toBe("");
    }
  );

  withLibreOffice.each([1, 9])("shows after a figure is typed (ExcelApi 1.%i)", async (level) => {
    expect(await staleAfter(level, (excel) => excel.setCell("월별실적", "G5", 777))).toBe(
      STALE_WARNING.ko
    );
  });

  withLibreOffice.each([1, 9])(
    "shows after a KPI's name changes (ExcelApi 1.%i)",
    async (level) => {
      expect(
        await staleAfter(level, (excel) => excel.setCell("목표", "G4", "온라인 이용건수 (변경)"))
      ).toBe(STALE_WARNING.ko);
    }
  );
});
