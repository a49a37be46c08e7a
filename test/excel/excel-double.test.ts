/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests make exactly the mistakes the double must catch */
// The double is only worth what its strictness is: each rule Excel enforces, enforced here.
import JSZip from "jszip";
import { DIALOG_URL_MAX_CHARS, ExcelDouble, OfficeError, officeGlobals } from "./excel-double";
import { writeInExcel } from "../../src/excel/actions";
import { excelWithTemplate, hostOf } from "./excel-path";
import { base64Of, workbookFileBytes, type FileDocument } from "../../src/excel/file";
import { readSnapshot } from "../../src/xlsx/read";

const code = async (action: () => unknown) => {
  try {
    await action();
  } catch (error) {
    return (error as OfficeError).code;
  }
  return "no error";
};

describe("the Excel API double", () => {
  it("throws on reading a property that was not loaded, and answers a load only after sync", async () => {
    const excel = new ExcelDouble(9);
    excel.setCell("S", "A1", 5);
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("S").getRange("A1");
    expect(await code(() => range.values)).toBe("PropertyNotLoaded");
    range.load("values");
    expect(await code(() => range.values)).toBe("PropertyNotLoaded");
    await context.sync();
    expect(range.values).toEqual([[5]]);
    expect(await code(() => range.formulas)).toBe("PropertyNotLoaded");
  });

  it("applies writes at sync, in order", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1, "x"]];
    expect(excel.cell("S", "A1")).toBeUndefined();
    await context.sync();
    expect(excel.cell("S", "B1")?.value).toBe("x");
    expect(excel.syncs).toBe(1);
  });

  it("makes *OrNullObject results null objects, known after sync", async () => {
    const excel = new ExcelDouble(9);
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItemOrNullObject("없음");
    expect(await code(() => sheet.isNullObject)).toBe("PropertyNotLoaded");
    await context.sync();
    expect(sheet.isNullObject).toBe(true);
  });

  it("refuses APIs above its requirement level and answers isSetSupported for that level", async () => {
    const excel = new ExcelDouble(1);
    excel.addSheet("S");
    const context = excel.context();
    expect(await code(() => context.workbook.worksheets.getItemOrNullObject("S"))).toBe(
      "ApiNotFound"
    );
    expect(await code(() => context.workbook.worksheets.getItem("S").protection.protect())).toBe(
      "ApiNotFound"
    );
    expect(await code(() => context.workbook.worksheets.getItem("S").getRanges("A1,B2"))).toBe(
      "ApiNotFound"
    );
    expect(excel.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.2")).toBe(false);
    const globals = officeGlobals(excel);
    expect(globals.Office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(false);
  });

  it("throws AccessDenied on protecting a protected sheet or unprotecting an unprotected one", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    context.workbook.worksheets.getItem("S").protection.unprotect();
    expect(await code(() => context.sync())).toBe("AccessDenied");
    context.workbook.worksheets.getItem("S").protection.protect();
    await context.sync();
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    expect(await code(() => context.sync())).toBe("AccessDenied");
  });

  it("refuses on a protected sheet every change Excel refuses there, unless an option allows it", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.protection.protect({ allowFormatColumns: true });
    await context.sync();
    const changes: [string, () => void][] = [
      ["row height", () => (sheet.getRange("A1").format.rowHeight = 30)],
      ["hyperlink", () => (sheet.getRange("A1").hyperlink = { documentReference: "S!B2" })],
      ["chart", () => sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns")],
      ["data bar", () => sheet.getRange("A1:A3").conditionalFormats.add("DataBar")],
      ["validation", () => (sheet.getRange("A1").dataValidation.rule = { list: { source: "a" } })],
      ["freeze panes", () => sheet.freezePanes.freezeRows(1)],
      [
        "page layout",
        () => ((sheet.pageLayout as unknown as { orientation: string }).orientation = "Landscape"),
      ],
    ];
    for (const [what, change] of changes) {
      change();
      // One request per change: each must be refused on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      expect([what, await code(() => context.sync())]).toEqual([what, "AccessDenied"]);
    }
    // allowFormatColumns: column widths may change.
    sheet.getRange("A1").format.columnWidth = 60;
    await context.sync();
    expect(excel.sheet("S")?.columnWidths.get(0)).toBe(60);
  });

  it("takes sheet names as Excel does: 1–31 characters, none of : \\ / ? * [ ]", async () => {
    const excel = new ExcelDouble(9);
    for (const name of ["a".repeat(32), "가/나", "a:b", "[x]", "why?", "'quoted'", "HISTORY"]) {
      const context = excel.context();
      context.workbook.worksheets.add(name);
      // One request per name: each must be refused on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      expect([name, await code(() => context.sync())]).toEqual([name, "InvalidArgument"]);
    }
    const context = excel.context();
    context.workbook.worksheets.add("가".repeat(31));
    await context.sync();
    expect(excel.sheet("가".repeat(31))).toBeDefined();
  });

  it("refuses a formula longer than Excel's 8,192 characters", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    const sum = (n: number) => `=${Array.from({ length: n }, () => "A1").join("+")}`;
    context.workbook.worksheets.getItem("S").getRange("B1").formulas = [[sum(2732)]];
    expect(await code(() => context.sync())).toBe("InvalidArgument");
    context.workbook.worksheets.getItem("S").getRange("B1").formulas = [[sum(2731)]];
    await context.sync();
    // 8,192 characters after the "=": the longest Excel takes.
    expect(excel.cell("S", "B1")?.formula?.length).toBe(8193);
  });

  it("refuses a formula Excel cannot parse, takes one it can", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    const write = async (formula: string) => {
      context.workbook.worksheets.getItem("S").getRange("A1").formulas = [[formula]];
      return code(() => context.sync());
    };
    for (const bad of ["=SUM(A1", "=SUM(A1))", '="abc', "='S!A1", "=1+", "=", "=)A1("])
      expect([bad, await write(bad)]).toEqual([bad, "InvalidArgument"]);
    for (const good of ['=IF(A2="","","(")', "='It''s'!A1+1", '="say ""hi"""', "=SUM(A2:A3)"])
      expect([good, await write(good)]).toEqual([good, "no error"]);
  });

  describe("Excel's specifications and limits", () => {
    /** The error a one-write batch meets: "no error" when Excel would take it. */
    async function refusal(write: (sheet: Excel.Worksheet) => void, level = 9) {
      const excel = new ExcelDouble(level);
      excel.addSheet("S");
      const context = excel.context();
      write(context.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet);
      return code(() => context.sync());
    }

    it("a cell holds 32,767 characters, no more", async () => {
      expect(await refusal((s) => (s.getRange("A1").values = [["가".repeat(32_767)]]))).toBe(
        "no error"
      );
      expect(await refusal((s) => (s.getRange("A1").values = [["가".repeat(32_768)]]))).toBe(
        "InvalidArgument"
      );
    });

    it("a number is finite: NaN and infinities are refused", async () => {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY])
        expect(await refusal((s) => (s.getRange("A1").values = [[value]]))).toBe("InvalidArgument");
    });

    it("a row is at most 409 points tall", async () => {
      expect(await refusal((s) => (s.getRange("A1").format.rowHeight = 409))).toBe("no error");
      expect(await refusal((s) => (s.getRange("A1").format.rowHeight = 410))).toBe(
        "InvalidArgument"
      );
    });

    it("a footer holds 255 characters, its three parts together", async () => {
      const footer = (left: string) => (s: Excel.Worksheet) => {
        const parts = s.pageLayout.headersFooters.defaultForAllPages;
        parts.leftFooter = left;
        parts.centerFooter = "&A";
        parts.rightFooter = "&P / &N";
      };
      // "&A" and "&P / &N" are 9 characters: 246 beside them make 255.
      expect(await refusal(footer("x".repeat(246)))).toBe("no error");
      expect(await refusal(footer("x".repeat(247)))).toBe("InvalidArgument");
    });

    it("addresses stay inside A1:XFD1048576", async () => {
      expect(await refusal((s) => (s.getRange("XFD1048576").values = [[1]]))).toBe("no error");
      for (const address of ["A0", "XFE1", "A1048577"])
        expect([address, await refusal((s) => (s.getRange(address).values = [[1]]))]).toEqual([
          address,
          "InvalidArgument",
        ]);
    });

    it("a workbook keeps one visible sheet", async () => {
      expect(await refusal((s) => (s.visibility = "Hidden" as Excel.SheetVisibility))).toBe(
        "InvalidOperation"
      );
      const excel = new ExcelDouble(9);
      excel.addSheet("S");
      excel.addSheet("T");
      const context = excel.context();
      context.workbook.worksheets.getItem("S").visibility = "Hidden" as Excel.SheetVisibility;
      await context.sync();
      expect(excel.sheet("S")?.visibility).toBe("Hidden");
    });
  });

  it("sizes a request as Office.js sends it: each object reached once, each call an action", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const requestFor = async (batch: (context: ReturnType<ExcelDouble["context"]>) => void) => {
      const context = excel.context();
      batch(context);
      await context.sync();
      return excel.requestBytes[excel.requestBytes.length - 1];
    };
    const fills = (shared: boolean) =>
      requestFor((context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        for (let row = 1; row <= 100; row++) {
          const on = shared ? sheet : context.workbook.worksheets.getItem("S");
          on.getRange(`A${row}`).format.fill.color = "#C6EFCE";
        }
      });
    const separate = await fills(false);
    const shared = await fills(true);
    // A fill reaches a range, its format and its fill, and instantiates each: hundreds of bytes.
    expect(shared / 100).toBeGreaterThan(400);
    // A getItem for every call costs its object path and instantiation again.
    expect(separate - shared).toBeGreaterThan(100 * 100);
    // The same format object set twice is reached once.
    const twice = await requestFor((context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("A1").format;
      format.wrapText = true;
      format.horizontalAlignment = "Center";
    });
    const once = await requestFor((context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format.wrapText = true;
    });
    expect(twice - once).toBeLessThan(150);
  });

  it("cuts a dialog's address at Internet Explorer's 2,083 characters", () => {
    const excel = new ExcelDouble(9);
    const long = `https://localhost/outcome.html?${"x".repeat(3000)}`;
    officeGlobals(excel).Office.context.ui.displayDialogAsync(long, {}, () => undefined);
    expect(excel.dialogs[0].url).toBe(long.slice(0, DIALOG_URL_MAX_CHARS));
  });

  it("turns text starting with = into a formula unless the cell is text-formatted", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [["=1+1"]];
    sheet.getRange("A2").numberFormat = [["@"]];
    sheet.getRange("A2").values = [["=1+1"]];
    await context.sync();
    expect(excel.cell("S", "A1")?.formula).toBe("=1+1");
    expect(excel.cell("S", "A2")).toMatchObject({ formula: null, value: "=1+1" });
  });

  it("knows veryHidden sheets, used ranges and whole-sheet clears", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("Sheet1"); // a workbook keeps one visible sheet
    excel.setCell("S", "B2", 1);
    excel.setCell("S", "D5", "x");
    const context = excel.context();
    const used = context.workbook.worksheets.getItem("S").getUsedRange().load("address");
    context.workbook.worksheets.getItem("S").visibility = "VeryHidden";
    await context.sync();
    expect(used.address).toBe("S!B2:D5");
    expect(excel.sheet("S")?.visibility).toBe("VeryHidden");
    context.workbook.worksheets.getItem("S").getRange().clear();
    await context.sync();
    expect(excel.sheet("S")?.cells.size).toBe(0);
  });

  it("answers a whole column as Excel does: all 1,048,576 rows on a desktop, refused over 5 MB on the web", async () => {
    const column = async (web: boolean) => {
      const excel = new ExcelDouble(9, web);
      excel.setCell("S", "A3", 7);
      const context = excel.context();
      const range = context.workbook.worksheets.getItem("S").getRange("A:A").load("values");
      const failed = await code(() => context.sync());
      return failed === "no error" ? { rows: range.values.length, a3: range.values[2] } : failed;
    };
    await expect(column(false)).resolves.toEqual({ rows: 1_048_576, a3: [7] });
    await expect(column(true)).resolves.toBe("ResponsePayloadSizeLimitExceeded");
    // Whole rows too; a whole sheet's cells are past what one operation can touch.
    const excel = new ExcelDouble(9, false);
    excel.setCell("S", "B2", 1);
    const context = excel.context();
    const rows = context.workbook.worksheets.getItem("S").getRange("2:2").load("values");
    await context.sync();
    expect(rows.values[0]).toHaveLength(16_384);
    context.workbook.worksheets.getItem("S").getRange("A:E").load("values");
    expect(await code(() => context.sync())).toBe("RangeExceedsLimit");
  });

  it("refuses a request over 5 MB and counts every request's bytes", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("S");
    const context = excel.context();
    const big = Array.from({ length: 60_000 }, () => ["가나다라마바사아자차카타파하".repeat(3)]);
    context.workbook.worksheets.getItem("S").getRange("A1:A60000").values = big;
    expect(await code(() => context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("can fail a sync the way Excel does while the user edits a cell", async () => {
    const excel = new ExcelDouble(9);
    excel.failNextSync = "InvalidOperationInCellEditMode";
    expect(await code(() => excel.context().sync())).toBe("InvalidOperationInCellEditMode");
  });
});

describe("the Excel adapter and a write meant for files", () => {
  it.each([
    ["removes sheets", { sheets: [], removeSheets: ["결과"] }],
    [
      "keeps a cell's look",
      {
        sheets: [
          {
            name: "목표",
            mode: "patch" as const,
            cells: [{ row: 3, col: 11, value: null, keepStyle: true }],
          },
        ],
      },
    ],
  ])(
    "refuses one that %s: only the read that precedes every write is sent",
    async (_what, write) => {
      const { excel } = await excelWithTemplate(9);
      const requests = excel.requestBytes.length;
      await expect(writeInExcel(hostOf(excel), write)).rejects.toThrow(/files only/);
      expect(excel.requestBytes.length - requests).toBeLessThanOrEqual(1);
    }
  );
});

describe("Office's File API and Excel.createWorkbook in the double", () => {
  type Callback = (result: { status: string; value: never; error?: { code: number } }) => void;
  const getFile = (excel: ExcelDouble, sliceSize: number) =>
    new Promise<{ status: string; value: never; error?: { code: number } }>((resolve) =>
      (
        excel.files.document() as { getFileAsync: (t: string, o: object, c: Callback) => void }
      ).getFileAsync("compressed", { sliceSize }, resolve)
    );

  it("hands the workbook over in slices, whole and in order, and closes the file", async () => {
    const { excel } = await excelWithTemplate(9);
    const whole = await workbookFileBytes(excel.files.document() as FileDocument);
    const sliced = await workbookFileBytes(excel.files.document() as FileDocument, 4096);
    expect(excel.files.slicesRead).toBeGreaterThan(2);
    // Each read is a new file, stamped with its own time in the zip's headers (two seconds apart
    // under load): the two are compared part by part.
    const parts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).sort();
      return Promise.all(names.map(async (n) => [n, await zip.files[n].async("string")]));
    };
    expect(sliced.length).toBe(whole.length);
    expect(await parts(sliced)).toEqual(await parts(whole));
    expect(excel.files.open).toBe(0);
    const snapshot = await readSnapshot(sliced);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["설정", "목표"]));
  });

  it("refuses slices over 4 MB, a third open file, a slice past the last and one after closing", async () => {
    const excel = new ExcelDouble(9);
    excel.addSheet("Sheet1");
    expect((await getFile(excel, 4_194_305)).status).toBe("failed");
    const first = await getFile(excel, 4_194_304);
    const second = await getFile(excel, 4_194_304);
    expect([first.status, second.status]).toEqual(["succeeded", "succeeded"]);
    expect((await getFile(excel, 4_194_304)).status).toBe("failed");
    const file = first.value as unknown as {
      sliceCount: number;
      getSliceAsync(i: number, c: Callback): void;
      closeAsync(c?: Callback): void;
    };
    const slice = (i: number) => new Promise<{ status: string }>((r) => file.getSliceAsync(i, r));
    expect((await slice(file.sliceCount)).status).toBe("failed");
    expect((await slice(0)).status).toBe("succeeded");
    await new Promise((r) => file.closeAsync(r));
    expect((await slice(0)).status).toBe("failed");
    expect((await getFile(excel, 4_194_304)).status).toBe("succeeded");
  });

  it("opens a new workbook from ExcelApi 1.8 only", async () => {
    await expect(
      new ExcelDouble(7).files.createWorkbook(base64Of(new Uint8Array([80, 75])))
    ).rejects.toThrow(/1\.8/);
    const excel = new ExcelDouble(8);
    await excel.files.createWorkbook(base64Of(new Uint8Array([80, 75, 3, 4])));
    expect(Array.from(excel.files.createdWorkbooks[0])).toEqual([80, 75, 3, 4]);
  });
});
