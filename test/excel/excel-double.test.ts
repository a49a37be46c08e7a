/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests make exactly the mistakes the double must catch */
// The double is only worth what its strictness is: each rule Excel enforces, enforced here.
import { ExcelDouble, OfficeError, officeGlobals } from "./excel-double";

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
