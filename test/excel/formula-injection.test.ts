// Text taken from user cells and written elsewhere (task names, owners, notes copied into 결과 and
// the summaries) stays literal text in both adapters, whatever it starts with.
import ExcelJS from "@protobi/exceljs";
import { SAMPLE_2011 } from "../../src/core/format/sample";
import type { PlanRows } from "../../src/core/format/planRows";
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
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as unknown;
          if (value && typeof value === "object" && "formula" in (value as object))
            formulas.push((value as { formula: string }).formula);
          if (value === entry) found++;
        })
      )
    );
    expect(found).toBeGreaterThanOrEqual(3 * 3); // in 목표 and 결과 at least
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.includes(entry.replace(/^[=+\-@\t\r]+/, "")))).toEqual([]);
  });

  it.each([1, 9])(
    "never becomes a formula through the Excel adapter at ExcelApi 1.%i",
    async (level) => {
      const { excel } = await excelWithTemplate(level, poisoned(entry));
      const { report } = await computeExcel(excel);
      expect(report.ok).toBe(true);
      const cells = excel.sheets.flatMap((sheet) => [...sheet.cells.values()]);
      const asText = cells.filter((cell) => cell.value === entry);
      expect(asText.length).toBeGreaterThanOrEqual(3 * 3);
      expect(asText.filter((cell) => cell.formula !== null)).toEqual([]);
      const bare = entry.replace(/^[=+\-@\t\r]+/, "");
      expect(cells.filter((cell) => cell.formula?.includes(bare))).toEqual([]);
    }
  );
});
