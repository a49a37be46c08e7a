// An imported plan as a workbook: the template's three input sheets filled with it (the same
// writer the sample uses), and where each decision stands in it (its row's 비고) for go-to-cell.
import type { SampleWorkbook } from "../sample";
import { GOAL_COLUMNS, SHEETS, type Lang } from "../schema";
import { TEMPLATE_HEADER_ROW, templateWrite } from "../template";
import { cellAddress, type WorkbookWrite } from "../workbook";
import type { Decision } from "./plan";

export function importWrite(plan: SampleWorkbook, lang: Lang): WorkbookWrite {
  return templateWrite({ lang, year: plan.year, department: plan.department, sample: plan });
}

/** The 비고 cell of the first 목표 row of a decision's task; null for plan-wide decisions. */
export function decisionCell(
  plan: SampleWorkbook,
  decision: Decision,
  lang: Lang
): { sheet: string; cell: string } | null {
  const index = plan.goals.findIndex((g) => g.taskNo === decision.taskNo);
  if (!decision.taskNo || index < 0) return null;
  const notes = GOAL_COLUMNS.findIndex((c) => c.key === "notes");
  return { sheet: SHEETS.goals[lang], cell: cellAddress(TEMPLATE_HEADER_ROW + 1 + index, notes) };
}
