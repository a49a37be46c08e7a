// Excel is less kind than a plain store: it parses strings written to values, keeps the
// operations of a failed batch that ran before the failure, refuses to protect twice, clears the
// user's undo history on protection changes. The double does what Excel does; the adapter must
// cope with it: text stays text, the user's protection is given back, a password stops Compute
// before anything is written, and only what must change is touched.
import fc from "fast-check";
import { errorNotice } from "../../src/outcome/notice";
import { ExcelDouble, OfficeError, type SheetModel } from "./excel-double";
import { parseEntry, serialOf } from "./excel-typing";
import { computeExcel, excelWithTemplate, hostOf } from "./excel-path";
import { ExcelActionError, computeInExcel, writeInExcel } from "../../src/excel/actions";
import { columnWidthPoints } from "../../src/excel/apply";
import { COMPUTED_AT } from "../support/workbooks";

const STRINGS = [
  "1-1",
  "2-1",
  "11-28",
  "1/2",
  "2026-11-28",
  "2026-11-28 14:03",
  "14:03",
  "00123",
  "10%",
  "1,234",
  "1e3",
  "TRUE",
  "false",
  "=1+1",
  "+82 10",
  "-",
  "-5",
  "'abc",
  "''",
  "@SUM(A1)",
  "민원24",
  " 3,500 ",
];

describe("what Excel makes of a string written to a General cell (the double)", () => {
  const year = 2026;
  it.each([
    ["1-1", { type: "number", value: serialOf(2026, 1, 1), numberFormat: "d-mmm" }],
    ["11-28", { type: "number", value: serialOf(2026, 11, 28) }],
    ["1/2", { type: "number", value: serialOf(2026, 1, 2) }],
    ["2026-11-28", { type: "number", value: serialOf(2026, 11, 28), numberFormat: "m/d/yyyy" }],
    ["2026-11-28 14:03", { type: "number", value: serialOf(2026, 11, 28) + (14 * 60 + 3) / 1440 }],
    ["00123", { type: "number", value: 123 }],
    ["10%", { type: "number", value: 0.1, numberFormat: "0%" }],
    ["1,234", { type: "number", value: 1234, numberFormat: "#,##0" }],
    ["1e3", { type: "number", value: 1000 }],
    ["TRUE", { type: "boolean", value: true }],
    ["=1+1", { type: "formula", formula: "=1+1" }],
    ["+82 10", { type: "formula", formula: "=+82 10" }],
    ["-", { type: "formula", formula: "=-" }],
    ["-5", { type: "number", value: -5 }],
    ["'abc", { type: "string", value: "abc" }],
    ["민원24", { type: "string", value: "민원24" }],
  ] as const)("%j", (input, expected) => {
    const entry = parseEntry(input, "General", year);
    // Numbers to 9 places (a time of day is a fraction of a day).
    const rounded = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e9) / 1e9 : x);
    const value = (o: object) => ("value" in o ? { value: rounded(o.value) } : {});
    expect({ ...entry, ...value(entry) }).toMatchObject({ ...expected, ...value(expected) });
  });

  it("keeps text in a text-formatted cell, but still takes a leading apostrophe off", () => {
    for (const text of ["1-1", "00123", "=1+1", "TRUE"]) {
      expect(parseEntry(text, "@", year)).toEqual({ type: "string", value: text });
    }
    expect(parseEntry("'abc", "@", year)).toEqual({ type: "string", value: "abc" });
  });

  it("gives a date its format, and a General cell a percentage's", async () => {
    const excel = new ExcelDouble(17);
    excel.addSheet("S");
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:C1").numberFormat = [["General", "0.0", "General"]];
    sheet.getRange("A1:C1").values = [["2026-11-28", "10%", "10%"]];
    await context.sync();
    expect(excel.cell("S", "A1")?.format.numberFormat).toBe("m/d/yyyy");
    expect(excel.cell("S", "B1")).toMatchObject({ value: 0.1, format: { numberFormat: "0.0" } });
    expect(excel.cell("S", "C1")?.format.numberFormat).toBe("0%");
  });

  it("clear('Formats') keeps values; clear('Contents') keeps formats", async () => {
    const excel = new ExcelDouble(17);
    excel.setCell("S", "A1", 5);
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("S").getRange("A1");
    range.numberFormat = [["0.0%"]];
    range.format.fill.color = "#FFC7CE";
    await context.sync();
    range.clear("Formats");
    await context.sync();
    expect(excel.cell("S", "A1")).toMatchObject({
      value: 5,
      format: { numberFormat: "General", fill: null },
    });
    range.numberFormat = [["0.0%"]];
    range.clear("Contents");
    await context.sync();
    expect(excel.cell("S", "A1")).toMatchObject({ value: "", format: { numberFormat: "0.0%" } });
  });

  it("keeps the operations of a failed batch that ran before the failure", async () => {
    const excel = new ExcelDouble(17);
    excel.addSheet("S");
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    excel.failAtOperation = 2;
    await expect(context.sync()).rejects.toBeInstanceOf(OfficeError);
    expect(excel.cell("S", "A1")?.value).toBe(1);
    expect(excel.cell("S", "A2")).toBeUndefined();
    expect(excel.cell("S", "A3")).toBeUndefined();
  });

  it("counts the calls that clear the undo history: from 1.20 protection, and visibility on the desktop", async () => {
    const clears = async (web: boolean) => {
      const excel = new ExcelDouble(20, web);
      excel.addSheet("Sheet1"); // a workbook keeps one visible sheet
      excel.addSheet("S");
      const context = excel.context();
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.protection.protect();
      sheet.visibility = "Hidden";
      await context.sync();
      return excel.undoClears;
    };
    expect(await clears(true)).toBe(1);
    expect(await clears(false)).toBe(2);
  });

  it.each([1, 17])(
    "below 1.20 (1.%i) every sync that changes the workbook clears the undo history; a selection does not",
    async (level) => {
      const excel = new ExcelDouble(level);
      excel.addSheet("S");
      const context = excel.context();
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      expect(excel.undoClears).toBe(1);
      sheet.getRange("A1").select();
      await context.sync();
      expect(excel.undoClears).toBe(1);
    }
  );
});

describe("every string the add-in writes reads back exactly as written", () => {
  it.each([1, 7, 9, 17])("at ExcelApi 1.%i", async (level) => {
    const excel = new ExcelDouble(level, level >= 9);
    excel.addSheet("S");
    await writeInExcel(hostOf(excel), {
      sheets: [
        {
          name: "S",
          mode: "replace",
          cells: STRINGS.map((value, row) => ({ row, col: 0, value })),
        },
      ],
    });
    const sheet = excel.sheet("S")!;
    STRINGS.forEach((text, row) => {
      const cell = sheet.cells.get(`${row},0`);
      expect({ text, value: cell?.value, formula: cell?.formula }).toEqual({
        text,
        value: text,
        formula: null,
      });
    });
  });

  it("whatever the string, at any level, in the add-in's sheets and in sheets people type into (property; input sheets in about half the runs, counted)", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...STRINGS),
      fc
        .tuple(fc.constantFrom("'", "=", "+", "-", "@", "", " "), fc.string({ maxLength: 6 }))
        .map(([a, b]) => a + b),
      fc
        .tuple(
          fc.integer({ min: 0, max: 2100 }),
          fc.constantFrom("-", "/", ":", ",", "."),
          fc.nat(99)
        )
        .map(([a, sep, b]) => `${a}${sep}${b}`)
    );
    let runs = 0;
    let inputRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(1, 7, 9, 17),
        fc.boolean(),
        fc.array(
          text.filter((t) => t !== ""),
          { minLength: 1, maxLength: 20 }
        ),
        async (level, input, strings) => {
          runs++;
          if (input) inputRuns++;
          const excel = new ExcelDouble(level, level >= 9);
          excel.addSheet("S");
          await writeInExcel(hostOf(excel), {
            sheets: [
              {
                name: "S",
                mode: "patch",
                // A sheet people type into (목표, 월별실적, 설정): strings quote-prefixed there.
                input,
                cells: strings.map((value, row) => ({ row, col: 0, value })),
              },
            ],
          });
          strings.forEach((value, row) => {
            const cell = excel.sheet("S")!.cells.get(`${row},0`);
            expect([value, cell?.value, cell?.formula]).toEqual([value, value, null]);
            // In an input sheet every string is quote-prefixed and its format stays General.
            expect([value, input && cell?.quotePrefix === true]).toEqual([value, input]);
            expect([value, input && cell?.format.numberFormat !== "General"]).toEqual([
              value,
              false,
            ]);
          });
        }
      ),
      { numRuns: 200, seed: 2026 }
    );
    expect(inputRuns / runs).toBeGreaterThan(0.3);
  });

  it("numbers stay numbers, with their formats", async () => {
    const excel = new ExcelDouble(17);
    excel.addSheet("S");
    await writeInExcel(hostOf(excel), {
      sheets: [
        {
          name: "S",
          mode: "replace",
          cells: [
            { row: 0, col: 0, value: 0.15, style: { numberFormat: "0%" } },
            { row: 0, col: 1, value: 116000, style: { numberFormat: "#,##0" } },
          ],
        },
      ],
    });
    expect(excel.cell("S", "A1")).toMatchObject({ value: 0.15, format: { numberFormat: "0%" } });
    expect(excel.cell("S", "B1")).toMatchObject({
      value: 116000,
      format: { numberFormat: "#,##0" },
    });
  });

  it("Compute's 계산일시 stays text, so the pane knows the workbook was computed", async () => {
    const { excel } = await excelWithTemplate(17);
    await computeInExcel(hostOf(excel), { computedAt: "2026-11-28 14:03" });
    expect(excel.cell("결과", "H3")?.value).toBe("2026-11-28 14:03");
    expect(excel.cell("_mbo_meta", "B2")?.value).toBe("2026-11-28 14:03");
    expect(excel.cell("목표", "C4")?.value).toBe("1-1");
  });
});

describe("the user's protection", () => {
  const protect = (sheet: SheetModel, options: Record<string, unknown>, password = "") => {
    sheet.protected = true;
    sheet.protectionOptions = options;
    sheet.password = password;
  };

  it.each([7, 17])(
    "at ExcelApi 1.%i: a protected input sheet is written and protected again with its options",
    async (level) => {
      const { excel } = await excelWithTemplate(level);
      protect(excel.sheet("목표")!, { allowFormatCells: true, allowAutoFilter: true });
      const before = excel.undoClears;
      const { report } = await computeExcel(excel);
      expect(report.ok).toBe(true);
      expect(excel.sheet("목표")).toMatchObject({
        protected: true,
        protectionOptions: { allowFormatCells: true, allowAutoFilter: true },
      });
      // 월별실적 was not protected: it is not now. 결과 is not protected by the add-in.
      expect(excel.sheet("월별실적")!.protected).toBe(false);
      expect(excel.sheet("결과")!.protected).toBe(false);
      expect(excel.cell("목표", "U4")?.value).toBe("주의");
      expect(report.undoCleared).toBe(true);
      expect(excel.undoClears).toBeGreaterThan(before);
    }
  );

  it("a password-protected input sheet stops Compute before anything is written", async () => {
    const { excel } = await excelWithTemplate(17);
    await computeExcel(excel);
    protect(excel.sheet("월별실적")!, {}, "secret");
    const snapshot = JSON.stringify(
      excel.sheets.map((s) => [s.name, [...s.cells], s.protected, s.visibility])
    );
    const error = await computeInExcel(hostOf(excel), { computedAt: COMPUTED_AT }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ reason: "protected", detail: "월별실적" });
    expect(
      JSON.stringify(excel.sheets.map((s) => [s.name, [...s.cells], s.protected, s.visibility]))
    ).toBe(snapshot);
  });

  it("a sheet Excel will not unprotect though it has no password (office-js #6784) is not called password-protected", async () => {
    const { excel } = await excelWithTemplate(17);
    await computeExcel(excel);
    protect(excel.sheet("목표")!, { allowSort: true });
    excel.unprotectRefusesWithoutPassword = true;
    const snapshot = JSON.stringify(excel.sheets.map((s) => [s.name, [...s.cells], s.protected]));
    const error = await computeInExcel(hostOf(excel), { computedAt: COMPUTED_AT }).catch(
      (e: unknown) => e
    );
    expect(error).toMatchObject({ reason: "unprotectRefused", detail: "목표|AccessDenied" });
    const notice = errorNotice(error, "ko");
    expect(notice?.text).toContain("'목표' 시트의 보호를 풀지 못했습니다(AccessDenied)");
    expect(notice?.text).not.toContain("암호");
    expect(JSON.stringify(excel.sheets.map((s) => [s.name, [...s.cells], s.protected]))).toBe(
      snapshot
    );
  });

  it.each(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"])(
    "Excel on the web refusing a %s: too large for the web, and what to do",
    async (code) => {
      const { excel } = await excelWithTemplate(17);
      excel.failNextSync = code;
      const error = await computeInExcel(hostOf(excel), { computedAt: COMPUTED_AT }).catch(
        (e: unknown) => e
      );
      expect(error).toMatchObject({ reason: "tooLarge" });
      expect(errorNotice(error, "ko")?.text).toContain("데스크톱 Excel에서 계산하거나");
      expect(errorNotice(error, "en")?.text).toContain("mbo-eval compute");
    }
  );

  it("sheets the user protected in a 취합 workbook are unprotected to write and protected again", async () => {
    const excel = new ExcelDouble(17);
    const summary = excel.addSheet("취합");
    protect(summary, { allowSort: true });
    await writeInExcel(hostOf(excel), {
      sheets: [{ name: "취합", mode: "replace", cells: [{ row: 0, col: 0, value: "부서" }] }],
    });
    expect(excel.sheet("취합")).toMatchObject({
      protected: true,
      protectionOptions: { allowSort: true },
    });
    expect(excel.cell("취합", "A1")?.value).toBe("부서");
  });

  it("a second Compute on the desktop leaves visibility alone (it would clear undo)", async () => {
    const { excel } = await excelWithTemplate(7, undefined, "ko", false);
    await computeExcel(excel);
    const before = excel.undoClears;
    const { report } = await computeExcel(excel);
    // Below 1.20 the write itself clears the history, once per request; nothing is unprotected
    // (결과 and 이력 are not protected) and the hidden metadata sheet's visibility is not touched.
    expect(excel.undoClears - before).toBe(excel.requestBytes.length > 0 ? 1 : 0);
    expect(report.undoCleared).toBe(true);
    expect(excel.sheet("_mbo_meta")!.visibility).toBe("VeryHidden");
  });

  it("from ExcelApi 1.20 Compute keeps the undo history: no protection or visibility is touched", async () => {
    const { excel } = await excelWithTemplate(20, undefined, "ko", false);
    await computeExcel(excel);
    const before = excel.undoClears;
    const { report } = await computeExcel(excel);
    expect(report.ok).toBe(true);
    expect(excel.undoClears).toBe(before);
    expect(report.undoCleared).toBe(false);
    expect(excel.sheet("결과")!.protected).toBe(false);
    expect(excel.sheet("이력")!.protected).toBe(false);
  });

  it("from ExcelApi 1.20 a protection the user set on 결과 is given back, and the pane is told undo was cleared", async () => {
    const { excel } = await excelWithTemplate(20);
    await computeExcel(excel);
    protect(excel.sheet("결과")!, { allowFormatColumns: true });
    const { report } = await computeExcel(excel);
    expect(excel.sheet("결과")).toMatchObject({
      protected: true,
      protectionOptions: { allowFormatColumns: true },
    });
    expect(report.undoCleared).toBe(true);
  });
});

describe("cell-edit mode", () => {
  it("from ExcelApi 1.11 Compute waits until the user has finished typing", async () => {
    const { excel } = await excelWithTemplate(17);
    excel.cellEditMode = true;
    const host = {
      ...hostOf(excel),
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        excel.run({ delayForCellEdit: true }, batch as never) as Promise<T>,
    };
    const computing = computeInExcel(host, { computedAt: COMPUTED_AT });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(excel.sheet("결과")).toBeUndefined();
    excel.endCellEdit();
    await expect(computing).resolves.toMatchObject({ ok: true });
    expect(excel.sheet("결과")).toBeDefined();
  });

  it("below 1.11 it fails saying so, and writes nothing", async () => {
    const { excel } = await excelWithTemplate(7);
    excel.cellEditMode = true;
    await expect(computeInExcel(hostOf(excel), { computedAt: COMPUTED_AT })).rejects.toMatchObject({
      reason: "cellEditMode",
    });
    expect(excel.sheet("결과")).toBeUndefined();
  });
});

describe("column widths", () => {
  it("are Excel's points for the file's width in 맑은 고딕's 8-pixel digits: 22 is 176 pixels, 132 points", () => {
    // trunc((256 × 22 + trunc(128 / 8)) / 256 × 8) = 176 pixels; with Calibri's 7 it was 154.
    expect(columnWidthPoints(22)).toBe(132);
    expect(columnWidthPoints(9.140625)).toBe(54.75);
  });

  it("Compute sets 결과's widths in those points", async () => {
    const { excel } = await excelWithTemplate(17);
    await computeExcel(excel);
    expect(excel.sheet("결과")!.columnWidths.get(0)).toBe(columnWidthPoints(16));
  });
});
