// Reading a workbook snapshot into the plan the evaluation needs, with every problem found and
// the layout (where each sheet, header and row is) that writing results needs. Headers are found
// by their text (Korean or English), never by a fixed address. The reading of each sheet is in
// src/core/reading.
import type { Plan } from "../rules/model";
import type { Problem } from "./problems";
import {
  GOAL_COLUMNS,
  MONTHLY_COLUMNS,
  SETTING_ROWS,
  SHEETS,
  headerKey,
  type Lang,
  type Named,
} from "./schema";
import type { WorkbookSnapshot } from "./workbook";
import { findSheet, findTable } from "../reading/cells";
import { readGoals } from "../reading/goals";
import type { Layout } from "../reading/layout";
import { readMonthly } from "../reading/monthly";
import { readSettings } from "../reading/settings";

export { cellOf, findSheet, labelledValueCells, plainValue, textOf } from "../reading/cells";
export type { Layout, MonthlyRowLayout, TableLayout } from "../reading/layout";

/** Which language more of these texts are in, of the names given; null when neither. */
function languageOfTexts(texts: readonly unknown[], names: readonly Named[]): Lang | null {
  const keys = texts.filter((t): t is string => typeof t === "string").map(headerKey);
  const count = (lang: Lang) => names.filter((n) => keys.includes(headerKey(n[lang]))).length;
  const [ko, en] = [count("ko"), count("en")];
  return ko === en ? null : ko > en ? "ko" : "en";
}

/** The language of 설정's labels, else of 목표's header row (PRODUCT.md "One workbook, one language"). */
function workbookLang(snapshot: WorkbookSnapshot, goalsHeader: readonly unknown[]): Lang {
  const settings = findSheet(snapshot, SHEETS.settings);
  const labels = settings ? settings.rows.map((row) => row?.[0]) : [];
  return (
    languageOfTexts(labels, SETTING_ROWS) ?? languageOfTexts(goalsHeader, GOAL_COLUMNS) ?? "ko"
  );
}

export type ReadResult =
  | { ok: true; plan: Plan; layout: Layout; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * The plan in a snapshot, its layout and every problem found. `thisYear`: the year a blank 연도
 * means (the caller's clock, or the year of the Compute).
 */
export function readWorkbook(snapshot: WorkbookSnapshot, thisYear: number): ReadResult {
  const problems: Problem[] = [];
  const { settings, layout: settingsLayout } = readSettings(snapshot, problems, thisYear);
  const goalsSheet = findSheet(snapshot, SHEETS.goals);
  const monthlySheet = findSheet(snapshot, SHEETS.monthly);
  for (const [sheet, name] of [
    [goalsSheet, SHEETS.goals],
    [monthlySheet, SHEETS.monthly],
  ] as const) {
    if (!sheet) {
      problems.push({
        severity: "error",
        code: "missingSheet",
        sheet: name.ko,
        cell: "",
        shown: "",
        detail: `${name.ko} / ${name.en}`,
      });
    }
  }
  const goalsTable = goalsSheet && findTable(goalsSheet, GOAL_COLUMNS, problems);
  const monthlyTable = monthlySheet && findTable(monthlySheet, MONTHLY_COLUMNS, problems);
  if (!goalsSheet || !monthlySheet || !goalsTable || !monthlyTable) return { ok: false, problems };

  const lang = workbookLang(snapshot, goalsSheet.rows[goalsTable.headerRow] ?? []);
  const goals = readGoals(goalsSheet, goalsTable, problems);
  const monthly = readMonthly(monthlySheet, monthlyTable, goals.kpis, problems);
  return {
    ok: true,
    plan: {
      settings,
      kpis: goals.kpis,
      activities: monthly.activities,
      spending: monthly.spending,
      unreadableActualMonths: monthly.unreadableActualMonths,
    },
    layout: {
      lang,
      settings: settingsLayout,
      goals: { ...goalsTable, kpiRows: goals.kpiRows },
      monthly: { ...monthlyTable, rows: monthly.rows },
    },
    problems,
  };
}
