// The next step both panes open on, for every state a workbook can be in.
import type { WorkbookStatus } from "../../src/core/format/status";
import { nextStep, nextStepText } from "../../src/outcome/nextStep";
import { messagesFor } from "../../src/i18n";

const base: WorkbookStatus = {
  hasTemplates: true,
  hasEntries: true,
  year: 2026,
  department: "민원봉사과",
  asOfMonthSetting: null,
  lastComputedAt: "2026-07-01 09:00",
  lastAsOfMonth: 6,
  stale: false,
  isSummary: false,
};

it.each([
  ["a new workbook", { hasTemplates: false, hasEntries: false, lastComputedAt: null }, "create"],
  ["sheets without goals", { hasEntries: false, lastComputedAt: null }, "enterPlan"],
  ["goals never computed", { lastComputedAt: null, lastAsOfMonth: null, stale: null }, "compute"],
  ["inputs changed since", { stale: true }, "recompute"],
  ["computed as of June", {}, "monthly"],
  ["computed through December", { lastAsOfMonth: 12 }, "yearEnd"],
  ["a 취합", { hasTemplates: false, hasEntries: false, isSummary: true }, "summary"],
  // A department's workbook that also holds a 취합 is still a department's.
  ["a department's workbook with a 취합 in it", { isSummary: true }, "monthly"],
] as const)("%s → %s", (_, change, step) => {
  expect(nextStep({ ...base, ...change })).toBe(step);
});

it("names the buttons the panes have, in both languages", () => {
  for (const lang of ["ko", "en"] as const) {
    const pane = messagesFor(lang).pane;
    const named = (step: keyof typeof pane.next) =>
      [...pane.next[step].matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    expect({
      create: named("create"),
      compute: named("compute"),
    }).toEqual({
      create: [pane.createTemplate, pane.importTitle],
      compute: [pane.compute],
    });
  }
  expect(nextStepText(base, "ko")).toBe(
    "6월까지 계산했습니다. 다음 달 실적을 입력하면 다시 계산하세요."
  );
});
