// 연말 from the pane's code on the Excel double (issue 30): where Office hands the workbook over
// as a file, where it says it cannot (no CompressedFile), and where it says it can and fails (Excel
// on the web, 11001) — the same report, and next year's workbook with the same input cells.
import { newYearInPane, reportInPane } from "../../src/taskpane/yearEnd";
import { SETTING_ROWS, isInputSheet } from "../../src/core/format/schema";
import type { WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { generatePlan } from "../support/generate";
import { monthEnd } from "../support/workbooks";
import { computeExcel, excelWithTemplate, hostOf } from "../excel/excel-path";

const inputSheets = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.filter((s) => isInputSheet(s.name)).map((s) => ({ name: s.name, rows: s.rows }));

async function computedThroughDecember(
  compressedFile: "supported" | "unsupported" | "claimedButFails",
  level: number,
  web: boolean
) {
  const plan = generatePlan({ tasks: 3, kpisPerTask: 2, activitiesPerTask: 2 }, "세무과", 11);
  const { excel } = await excelWithTemplate(level, plan, "ko", web);
  // The year score weighs the halves 40:60 (설정), so the report reads 이력's June and December.
  for (const [key, share] of [
    ["firstHalfShare", "40"],
    ["secondHalfShare", "60"],
  ] as const)
    excel.setCell("설정", `B${SETTING_ROWS.findIndex((r) => r.key === key) + 3}`, share);
  // June's Compute, then December's: the report's halves come from 이력's records of both.
  await computeExcel(excel, 6, monthEnd(6, plan.year));
  await computeExcel(excel, 12, monthEnd(12, plan.year));
  excel.files.compressedFile = compressedFile;
  return { excel, nextYear: plan.year + 1 };
}

describe("연말 in the pane, with and without the workbook as a file", () => {
  // The user's own sheet (Sheet1) travels only in a workbook made from the file.
  const fromSheets = { sheets: ["설정", "목표", "월별실적"] };
  it.each([
    [
      "the web without CompressedFile",
      "unsupported",
      9,
      true,
      { from: "sheets", why: "noFile" },
      fromSheets,
    ],
    [
      "the web where getFileAsync fails (11001)",
      "claimedButFails",
      9,
      true,
      { from: "sheets", why: "fileFailed" },
      fromSheets,
    ],
    [
      "Windows at ExcelApi 1.14",
      "supported",
      14,
      false,
      { from: "file" },
      { sheets: ["Sheet1", "설정", "목표", "월별실적"] },
    ],
  ] as const)(
    "%s: the same report and next year's cells as from the file",
    async (_, compressedFile, level, web, source, made) => {
      const { excel: asFile, nextYear } = await computedThroughDecember("supported", level, web);
      const { excel } = await computedThroughDecember(compressedFile, level, web);
      const expected = await reportInPane(hostOf(asFile), nextYear);
      const report = await reportInPane(hostOf(excel), nextYear);
      if (!expected.ok || !report.ok) throw new Error("no report");
      expect(expected.source).toEqual({ from: "file" });
      expect(report.document).toEqual(expected.document);
      // The year is over: the report has its year score from 이력 (June's and December's).
      expect(JSON.stringify(report.document)).toContain("연간 점수");
      const next = await newYearInPane(hostOf(excel), nextYear);
      const nextFromFile = await newYearInPane(hostOf(asFile), nextYear);
      if (!next.ok || !nextFromFile.ok) throw new Error("no new year");
      expect(next.made.carried).toEqual(nextFromFile.made.carried);
      expect(inputSheets(await readSnapshot(next.bytes))).toEqual(
        inputSheets(await readSnapshot(nextFromFile.bytes))
      );
      // What was read, and said: the file where Office gives it; else the sheets, and why.
      expect(report.source).toMatchObject(source);
      expect(next.source).toMatchObject(source);
      expect({ sheets: (await readSnapshot(next.bytes)).sheets.map((s) => s.name) }).toEqual(made);
      // No file left open, whichever way it went.
      expect(excel.files.open).toBe(0);
    }
  );

  it("says Office's words when the file fails", async () => {
    const { excel, nextYear } = await computedThroughDecember("claimedButFails", 9, true);
    const report = await reportInPane(hostOf(excel), nextYear);
    expect(report.ok && report.source).toEqual({
      from: "sheets",
      why: "fileFailed",
      detail: "getFileAsync: The file type is not supported on this platform. (11001)",
    });
  });
});
