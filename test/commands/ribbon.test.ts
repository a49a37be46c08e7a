// The ribbon's "달성도 계산" through the Excel double: it computes without the pane, shows what
// happened in the workbook, and always completes its event.
import { ribbonFunctions } from "../../src/commands/functions";
import { registerRibbonFunctions, type RibbonEvent } from "../../src/commands/register";
import { ExcelDouble, officeGlobals } from "../excel/excel-double";
import { excelWithTemplate } from "../excel/excel-path";

/** The globals Office.js would define, replaced by the double's. */
const globalScope = globalThis as unknown as Record<string, unknown>;

function pressCompute(excel: ExcelDouble) {
  const globals = officeGlobals(excel);
  globalScope.Excel = globals.Excel;
  globalScope.Office = globals.Office;
  const scope: Record<string, unknown> = {};
  const reported: unknown[] = [];
  registerRibbonFunctions({}, scope, ribbonFunctions, (error) => reported.push(error));
  const event = { completed: jest.fn() };
  return {
    done: (scope.computeAchievement as (e: RibbonEvent) => Promise<void>)(event),
    event,
    reported,
  };
}

afterEach(() => {
  delete globalScope.Excel;
  delete globalScope.Office;
});

describe("달성도 계산 on the ribbon", () => {
  it.each([1, 7, 9])("computes at ExcelApi 1.%i, activates 결과 and completes", async (level) => {
    const { excel } = await excelWithTemplate(level);
    const { done, event, reported } = pressCompute(excel);
    await done;
    expect(reported).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.activeSheet).toBe("결과");
    expect(excel.cell("결과", "A3")?.value).toBe("종합점수");
    expect(typeof excel.cell("결과", "B3")?.value).toBe("number");
    expect(excel.cell("목표", "U4")?.value).toBe("주의");
  });

  it("says in 결과 why nothing could be computed when the sheets are missing", async () => {
    const excel = new ExcelDouble(9);
    excel.setCell("Sheet1", "A1", "hello");
    const { done, event } = pressCompute(excel);
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.activeSheet).toBe("결과");
    const texts = [...excel.sheet("결과")!.cells.values()].map((c) => String(c.value));
    expect(texts).toContain("'목표 / Goals' 시트가 없습니다");
    expect(texts).toContain("'월별실적 / Monthly' 시트가 없습니다");
    expect(excel.cell("Sheet1", "A1")?.value).toBe("hello");
  });

  it("completes and writes nothing while the user is typing in a cell", async () => {
    const { excel } = await excelWithTemplate(9);
    const before = JSON.stringify([...excel.sheet("목표")!.cells]);
    excel.failNextSync = "InvalidOperationInCellEditMode";
    const { done, event, reported } = pressCompute(excel);
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect((reported[0] as { reason: string }).reason).toBe("cellEditMode");
    expect(JSON.stringify([...excel.sheet("목표")!.cells])).toBe(before);
    expect(excel.sheet("결과")).toBeUndefined();
  });
});
