// Text taken from user cells and written elsewhere (task names, owners, notes copied into 결과 and
// the summaries) stays literal text in both adapters, whatever it starts with.
import ExcelJS from "@protobi/exceljs";
import { SAMPLE_2011 } from "../../src/core/sample";
import type { PlanRows } from "../../src/core/planRows";
import { computeExcel, excelWithTemplate } from "./excel-path";
import { computeFile, templateBytes } from "../support/workbooks";

const CORPUS = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.invalid","x")',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
];

/** The sample with corpus strings as task names, owners, budget items and indicator names. */
function poisoned(entry: string): PlanRows {
  return {
    ...SAMPLE_2011,
    goals: SAMPLE_2011.goals.map((g) => ({
      ...g,
      task: entry,
      owner: entry,
      budgetItem: entry,
      performanceGoal: entry,
    })),
  };
}

describe.each(CORPUS)("the text %j", (entry) => {
  it("never becomes a formula in the file adapter's output", async () => {
    const { bytes } = await computeFile(await templateBytes({ sample: poisoned(entry) }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    let found = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as unknown;
          if (value && typeof value === "object" && "formula" in (value as object)) {
            expect((value as { formula: string }).formula).not.toContain(
              entry.replace(/^[=+\-@\t\r]+/, "")
            );
          }
          if (value === entry) found++;
        })
      )
    );
    expect(found).toBeGreaterThanOrEqual(3 * 3); // in 목표 and 결과 at least
  });

  it.each([1, 9])(
    "never becomes a formula through the Excel adapter at ExcelApi 1.%i",
    async (level) => {
      const { excel } = await excelWithTemplate(level, poisoned(entry));
      const { report } = await computeExcel(excel);
      expect(report.ok).toBe(true);
      let found = 0;
      for (const sheet of excel.sheets) {
        for (const cell of sheet.cells.values()) {
          if (cell.value === entry) {
            found++;
            expect(cell.formula).toBeNull();
          }
          if (cell.formula) expect(cell.formula).not.toContain(entry.replace(/^[=+\-@\t\r]+/, ""));
        }
      }
      expect(found).toBeGreaterThanOrEqual(3 * 3);
    }
  );
});
