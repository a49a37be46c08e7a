// A workbook built in the Excel double, saved through the file adapter, opens in LibreOffice with
// the values, words and live formulas the Excel path wrote.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbook } from "../../src/xlsx/write";
import { convert } from "../../scripts/libreoffice.cjs";
import { hasProgram } from "../support/needs";
import { doubleAsWrite } from "./double-as-write";
import { computeExcel, excelWithTemplate } from "./excel-path";

(hasProgram("libreoffice") ? it : it.skip)(
  "LibreOffice opens what the Excel path built, saved through the file adapter",
  async () => {
    const { excel } = await excelWithTemplate(9);
    const { report } = await computeExcel(excel);
    if (!report.ok) throw new Error("compute failed");
    const dir = mkdtempSync(join(tmpdir(), "double-"));
    writeFileSync(join(dir, "book.xlsx"), await writeWorkbook(null, doubleAsWrite(excel)));
    const out = await convert(join(dir, "book.xlsx"), "csv", join(dir, "csv"));
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
  }
);
