// Excel's limits on both paths (issue 32): a 516-character task name and a 300-character
// department compute into rows Excel takes (≤ 409 points) and footers it takes (≤ 255 characters),
// and the department cut in the footer is said in 입력 점검 — never a failed write.
import JSZip from "jszip";
import { EXCEL_LIMITS as CORE_LIMITS } from "../../src/core/format/page";
import { SAMPLE_2011 } from "../../src/core/format/sample";
import { SETTING_ROWS } from "../../src/core/format/schema";
import { writeWorkbook } from "../../src/xlsx/write";
import { readSnapshot } from "../../src/xlsx/read";
import { computeFile, sheetOf, templateBytes } from "../support/workbooks";
import { EXCEL_LIMITS } from "./excel-double";
import { computeExcel, excelWithTemplate } from "./excel-path";

const LONG_TASK = "민원24 온라인 이용 홍보와 안내".repeat(30).slice(0, 516);
const LONG_DEPARTMENT = "시민봉사국 민원여권과 ".repeat(30).slice(0, 300);
const plan = {
  ...SAMPLE_2011,
  goals: SAMPLE_2011.goals.map((g, i) => (i === 0 ? { ...g, task: LONG_TASK } : g)),
};
/** 설정's 부서 value cell (B, the row of its label). */
const departmentRow = 2 + SETTING_ROWS.findIndex((s) => s.key === "department");

it("the core keeps to the limits the double enforces", () => {
  expect(CORE_LIMITS).toEqual({
    rowPoints: EXCEL_LIMITS.rowPoints,
    headerFooterChars: EXCEL_LIMITS.headerFooterChars,
    cellChars: EXCEL_LIMITS.cellChars,
  });
  expect(LONG_TASK).toHaveLength(516);
  expect(LONG_DEPARTMENT).toHaveLength(300);
});

describe.each([1, 9])("in Excel (the double at ExcelApi 1.%i)", (level) => {
  it("computes: every row ≤ 409 points, every footer ≤ 255 characters, the cut said", async () => {
    const { excel } = await excelWithTemplate(level, plan);
    excel.setCell("설정", `B${departmentRow + 1}`, LONG_DEPARTMENT);
    const { report } = await computeExcel(excel, 6);
    if (!report.ok) throw new Error(`Compute failed: ${JSON.stringify(report)}`);
    expect(report.problems.map((p) => [p.code, p.sheet])).toContainEqual(["footerCut", "설정"]);
    const heights = excel.sheets.flatMap((sheet) => [...sheet.rowHeights.values()]);
    // The long name's row, capped (row heights are set from ExcelApi 1.2).
    expect(Math.max(0, ...heights)).toBe(level >= 2 ? 409 : 0);
    for (const sheet of excel.sheets) {
      const footer = ["leftFooter", "centerFooter", "rightFooter"]
        .map((key) => String(sheet.page[key] ?? ""))
        .join("");
      expect([sheet.name, footer.length <= 255]).toEqual([sheet.name, true]);
    }
  });
});

describe("in a file", () => {
  it("computes: every row ≤ 409 points, every footer ≤ 255 characters, the cut said", async () => {
    const bytes = await writeWorkbook(await templateBytes({ sample: plan }), {
      sheets: [
        {
          name: "설정",
          mode: "patch",
          cells: [{ row: departmentRow, col: 1, value: LONG_DEPARTMENT }],
        },
      ],
    });
    const computed = await computeFile(bytes, 6);
    if (!computed.outcome.ok) throw new Error("Compute failed");
    expect(computed.outcome.problems.map((p) => p.code)).toContain("footerCut");
    const zip = await JSZip.loadAsync(computed.bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let footers = 0;
    let cut = 0;
    let tallest = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/ ht="([\d.]+)"/g)) tallest = Math.max(tallest, Number(m[1]));
      const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1];
      if (footer === undefined) continue;
      footers++;
      const text = footer.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      expect([name, text.length <= 255]).toEqual([name, true]);
      if (text.includes("…")) cut++;
    }
    // The input sheets keep the template's footer; 결과, made by Compute, carries 설정's 부서.
    expect(footers).toBeGreaterThanOrEqual(4);
    expect(cut).toBeGreaterThanOrEqual(1);
    expect(tallest).toBe(409);
  });
});

describe("text over Excel's 32,767 characters a cell", () => {
  const cellLimit = EXCEL_LIMITS.cellChars;
  /**
   * A task name as long as an input sheet's cell holds: the Excel adapter writes it behind a quote
   * prefix, which the double counts (src/core/format/cellText.ts).
   */
  const fullTask = "민원24 온라인 이용 홍보".repeat(3000).slice(0, cellLimit - 1);

  it.each([1, 9])(
    "in Excel (ExcelApi 1.%i): a task name as long as a cell holds computes, nothing over the limit",
    async (level) => {
      // Found here: the staleness checks joined ten rows' texts into one stored cell, 32,993
      // characters with this name, and Excel refused the write.
      const { excel } = await excelWithTemplate(level, {
        ...SAMPLE_2011,
        goals: SAMPLE_2011.goals.map((g, i) => (i === 0 ? { ...g, task: fullTask } : g)),
      });
      const { report } = await computeExcel(excel, 6);
      expect(report).toMatchObject({ ok: true });
      const lengths = excel.sheets.flatMap((sheet) =>
        [...sheet.cells.values()].map((c) => (typeof c.value === "string" ? c.value.length : 0))
      );
      // 목표 holds the name as written; 결과 and the staleness check quote it whole.
      expect(Math.max(...lengths)).toBe(cellLimit - 1);
      expect((report.ok ? report.problems : []).filter((p) => p.code === "textCut")).toEqual([]);
    }
  );

  it("in a file: a 40,000-character task name (another program wrote it) computes into 결과 cut to 32,767, the cut said", async () => {
    const longTask = "민원24 온라인 이용 홍보".repeat(3000).slice(0, 40_000);
    const bytes = await templateBytes({
      sample: {
        ...SAMPLE_2011,
        goals: SAMPLE_2011.goals.map((g, i) => (i === 0 ? { ...g, task: longTask } : g)),
      },
    });
    const computed = await computeFile(bytes, 6);
    expect(computed.outcome).toMatchObject({ ok: true });
    const problems = computed.outcome.ok ? computed.outcome.problems : [];
    const cut = problems.filter((p) => p.code === "textCut");
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((p) => p.sheet === "결과" && p.detail === "40,000")).toBe(true);
    const after = await readSnapshot(computed.bytes);
    const results = sheetOf(after, "결과").rows.flat();
    const strings = results.filter((v): v is string => typeof v === "string");
    expect(Math.max(...strings.map((s) => s.length))).toBe(cellLimit);
    expect(strings.filter((s) => s.startsWith(longTask.slice(0, 100)))).toEqual([
      longTask.slice(0, cellLimit - 1) + "…",
    ]);
    // What the person typed stays as typed.
    expect(sheetOf(after, "목표").rows.flat()).toContain(longTask);
  });
});
