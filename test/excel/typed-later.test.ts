// Text stays text, and a number typed later stays a number (issue 21, 3; PRODUCT.md "Text stays
// text in Excel"): the input sheets carry no text format, their texts the quote prefix, so a
// figure typed over the sample's "-" is a number, in Excel (the double) and in the file.
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/core/format/read";
import { readWorkbookState } from "../../src/excel/read";
import { hostCapabilities } from "../../src/excel/actions";
import { runCli } from "../support/cli";
import { fileCells } from "./file-cells";
import { excelWithTemplate, hostOf } from "./excel-path";

const INPUT_SHEETS = ["설정", "목표", "월별실적"];

describe("mbo-eval template --sample", () => {
  it("gives no cell of 설정, 목표 or 월별실적 the text format; their texts carry the quote prefix", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "typed-")), "sample.xlsx");
    expect((await runCli("template", "--sample", "-o", path)).code).toBe(0);
    const cells = await fileCells(readFileSync(path));
    for (const sheet of INPUT_SHEETS) {
      const formats = [...cells.get(sheet)!.entries()].filter(([, c]) => c.numberFormat === "@");
      expect({ sheet, textFormat: formats.map(([address]) => address) }).toEqual({
        sheet,
        textFormat: [],
      });
    }
    // The quote prefix is in the file's styles for the texts (목표!L6 is the sample's "-").
    expect(cells.get("목표")!.get("L6")?.value).toBe("-");
    const zip = await JSZip.loadAsync(readFileSync(path));
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")!.async("string")).match(
      /<c r="L6" s="(\d+)"/
    );
    const xfs = (await zip.file("xl/styles.xml")!.async("string"))
      .split("<cellXfs")[1]
      .match(/<xf\b[^>]*>/g)!;
    expect(xfs[Number(sheet![1])]).toContain('quotePrefix="1"');
  });
});

describe.each([1, 17])("typing a figure over the sample's text, ExcelApi 1.%d", (level) => {
  it("reads back as the number typed", async () => {
    const { excel } = await excelWithTemplate(level);
    const before = excel.cell("목표", "L6");
    expect(before).toMatchObject({ value: "-", quotePrefix: true });
    expect(before?.format.numberFormat).not.toBe("@");
    excel.typeCell("목표", "L6", "91.5");
    expect(excel.cell("목표", "L6")).toMatchObject({ value: 91.5, quotePrefix: false });
    // Read as Compute reads it: the KPI's previous result is the number.
    const state = await excelWithState(excel);
    const read = readWorkbook(state.snapshot, 2011);
    expect(read.ok && read.plan.kpis.find((k) => k.taskNo === "2-1")?.previous).toBeCloseTo(0.915);
  });
});

async function excelWithState(excel: Awaited<ReturnType<typeof excelWithTemplate>>["excel"]) {
  const host = hostOf(excel);
  return host.run((context) => readWorkbookState(context, hostCapabilities(host)));
}

describe.each([1, 17])("a text that starts with = read back, ExcelApi 1.%d", (level) => {
  it("is text, not a formula (formulas and values agree)", async () => {
    const { excel } = await excelWithTemplate(level);
    excel.typeCell("목표", "Q4", "'=abc");
    excel.typeCell("목표", "R4", "=1+1");
    const state = await excelWithState(excel);
    const goals = state.snapshot.sheets.find((s) => s.name === "목표")!;
    expect(goals.rows[3][16]).toBe("=abc");
    expect(goals.rows[3][17]).toMatchObject({ formula: "1+1" });
  });
});
