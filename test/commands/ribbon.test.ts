// The ribbon's "달성도 계산" through the Excel double: it computes without the pane, shows what
// happened in the workbook, and always completes its event.
import { ribbonFunctions } from "../../src/commands/functions";
import { registerRibbonFunctions, type RibbonEvent } from "../../src/commands/register";
import { FUNCTION_DEADLINE_MS } from "../../src/commands/dialog";
import { ExcelDouble, officeGlobals, type OpenDialog } from "../excel/excel-double";
import { excelWithTemplate } from "../excel/excel-path";

/** The globals Office.js would define, replaced by the double's. */
const globalScope = globalThis as unknown as Record<string, unknown>;

/** What the outcome dialog was given to show: sent to the page when it said "ready". */
function shown(dialog: OpenDialog): { ok: boolean; title: string; lines: string[] } {
  return JSON.parse(dialog.childMessages[0]);
}

/** Presses the button with the double as Office: the function's completion, its event, errors. */
function startCompute(excel: ExcelDouble) {
  const globals = officeGlobals(excel);
  globalScope.Excel = globals.Excel;
  globalScope.Office = globals.Office;
  const scope: Record<string, unknown> = {};
  const reported: unknown[] = [];
  registerRibbonFunctions({}, scope, ribbonFunctions, (error) => reported.push(error));
  const event = { completed: jest.fn() };
  const done = (scope.computeAchievement as (e: RibbonEvent) => Promise<void>)(event);
  return { done, event, reported };
}

/**
 * Presses the button; the user reads the outcome dialog and presses its button as soon as it is
 * open. Resolves when the function has completed.
 */
async function pressCompute(excel: ExcelDouble) {
  const opened = excel.dialogs.length;
  const { done, event, reported } = startCompute(excel);
  for (let wait = 0; wait < 200 && excel.dialogs.length === opened; wait++) {
    if (event.completed.mock.calls.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const dialog = excel.dialogs[opened];
  // The function is still waiting for the user while the dialog is open.
  if (dialog) expect(event.completed).not.toHaveBeenCalled();
  // The page finds no stored words (no localStorage here) and asks for them.
  dialog?.messageParent("ready");
  dialog?.pressButton();
  await done;
  return { event, reported, dialog };
}

afterEach(() => {
  delete globalScope.Excel;
  delete globalScope.Office;
});

describe("달성도 계산 on the ribbon", () => {
  const undoCleared = expect.stringContaining("실행 취소 기록이 지워졌습니다");
  it.each([1, 7, 9, 20])(
    "computes at ExcelApi 1.%i, activates 결과, says so in a dialog and completes when it closes",
    async (level) => {
      const { excel } = await excelWithTemplate(level);
      const { event, reported, dialog } = await pressCompute(excel);
      expect(reported).toEqual([]);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(excel.activeSheet).toBe("결과");
      expect(excel.cell("결과", "A3")?.value).toBe("종합점수");
      expect(typeof excel.cell("결과", "B3")?.value).toBe("number");
      expect(excel.cell("목표", "U4")?.value).toBe("주의");
      expect(dialog?.open).toBe(false);
      expect(shown(dialog!)).toMatchObject({
        ok: true,
        title: "달성도를 계산했습니다",
        lines: [
          "종합점수 99.3 (S등급), 기준월 6월 — 확정",
          "입력 점검: 문제 없음",
          "결과 시트에 자세한 내용이 있습니다.",
          // Below ExcelApi 1.20 every write clears the undo history; from 1.20 nothing does here.
          ...(level < 20 ? [undoCleared] : []),
        ],
      });
    }
  );

  it("tells a bad figure's provisional result", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.typeCell("월별실적", "G5", "많음");
    const { dialog } = await pressCompute(excel);
    expect(shown(dialog!).lines[0]).toMatch(
      /^종합점수 \d+\.\d \([SABCD]등급\), 기준월 6월 — 잠정 \(오류 1건\)$/
    );
    expect(shown(dialog!).lines[1]).toBe("입력 점검: 오류 1건, 주의 0건");
  });

  it("says in 결과 why nothing could be computed when the sheets are missing", async () => {
    const excel = new ExcelDouble(9);
    excel.setCell("Sheet1", "A1", "hello");
    const { event, dialog } = await pressCompute(excel);
    expect(shown(dialog!)).toMatchObject({ ok: false, title: "달성도를 계산할 수 없습니다" });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(excel.activeSheet).toBe("결과");
    const texts = [...excel.sheet("결과")!.cells.values()].map((c) => String(c.value));
    expect(texts).toContain("'목표 / Goals' 시트가 없습니다");
    expect(texts).toContain("'월별실적 / Monthly' 시트가 없습니다");
    expect(excel.cell("Sheet1", "A1")?.value).toBe("hello");
  });

  it("below ExcelApi 1.11, while the user is typing: says why in a dialog, writes nothing", async () => {
    const { excel } = await excelWithTemplate(9);
    const before = JSON.stringify([...excel.sheet("목표")!.cells]);
    excel.cellEditMode = true;
    const { event, reported, dialog } = await pressCompute(excel);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect((reported[0] as { reason: string }).reason).toBe("cellEditMode");
    expect(shown(dialog!)).toMatchObject({
      ok: false,
      lines: [expect.stringContaining("셀을 편집하는 중입니다")],
    });
    expect(JSON.stringify([...excel.sheet("목표")!.cells])).toBe(before);
    expect(excel.sheet("결과")).toBeUndefined();
  });

  it("without the Dialog API, a failure is written into 결과, which it activates", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.dialogApi = false;
    excel.sheet("목표")!.protected = true;
    excel.sheet("목표")!.password = "secret";
    const { event, reported, dialog } = await pressCompute(excel);
    expect(dialog).toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect((reported[0] as { reason: string }).reason).toBe("protected");
    expect(excel.activeSheet).toBe("결과");
    const texts = [...excel.sheet("결과")!.cells.values()].map((c) => String(c.value));
    expect(texts).toContain("달성도를 계산하지 못했습니다");
    expect(texts.some((t) => t.includes("'목표' 시트가 암호로 보호되어"))).toBe(true);
    expect(excel.sheet("목표")).toMatchObject({ protected: true, password: "secret" });
  });

  it("shows 20 problem lines in full: the words travel by messageChild, not in the address", async () => {
    const { excel } = await excelWithTemplate(9);
    for (let i = 0; i < 20; i++) excel.typeCell("월별실적", `G${5 + i}`, `많음${i}`);
    const { dialog } = await pressCompute(excel);
    const lines = shown(dialog!).lines;
    expect(lines.filter((line) => line.includes("많음"))).toHaveLength(20);
    // The address names a key only: far below Internet Explorer's 2,083 characters.
    expect(dialog!.url).toMatch(/outcome\.html\?k=[a-z0-9]+$/);
    expect(dialog!.url.length).toBeLessThan(200);
  });

  it("with DialogApi 1.1 only, the page finds the words in localStorage under its key", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.dialogApiMinor = 1;
    const stored = new Map<string, string>();
    globalScope.localStorage = {
      setItem: (k: string, v: string) => stored.set(k, v),
      getItem: (k: string) => stored.get(k) ?? null,
      removeItem: (k: string) => stored.delete(k),
    };
    const { done } = startCompute(excel);
    while (excel.dialogs.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const dialog = excel.dialogs[0];
    const key = new URL(dialog.url, "https://localhost/").searchParams.get("k");
    const words = JSON.parse(stored.get(`mbo-outcome:${key}`)!);
    expect(words).toMatchObject({ ok: true, title: "달성도를 계산했습니다" });
    dialog.messageParent("ready");
    expect(dialog.childMessages).toEqual([]);
    dialog.pressButton();
    await done;
    expect(stored.size).toBe(0);
    delete globalScope.localStorage;
  });

  it("with DialogApi 1.1 and no storage the dialog's address carries the outcome's short form", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.dialogApiMinor = 1;
    const { done } = startCompute(excel);
    while (excel.dialogs.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const dialog = excel.dialogs[0];
    const short = new URL(dialog.url, "https://localhost/").searchParams.get("s");
    expect(JSON.parse(short!)).toMatchObject({
      ok: true,
      title: "달성도를 계산했습니다",
      lines: expect.arrayContaining(["종합점수 99.3 (S등급), 기준월 6월 — 확정"]),
      close: "확인",
    });
    dialog.pressButton();
    await done;
  });

  it("completes within the function command's life even when the dialog stays open", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const { excel } = await excelWithTemplate(9);
      const { done, event } = startCompute(excel);
      while (excel.dialogs.length === 0) await jest.advanceTimersByTimeAsync(10);
      expect(event.completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(FUNCTION_DEADLINE_MS);
      await done;
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(excel.dialogs[0].open).toBe(true);
      expect(FUNCTION_DEADLINE_MS).toBeLessThan(5 * 60 * 1000);
    } finally {
      jest.useRealTimers();
    }
  });
});
