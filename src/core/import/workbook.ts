// An imported plan as a workbook: the template's three input sheets filled with it (the same
// writer the sample uses), and where each decision stands in it (its row's 비고) for go-to-cell.
import type { PlanRows } from "../format/planRows";
import { ENUMS, GOAL_COLUMNS, MONTHLY_COLUMNS, SHEETS, type Lang } from "../format/schema";
import { TEMPLATE_HEADER_ROW, templateWrite } from "../format/template";
import { cellAddress, type WorkbookWrite } from "../format/workbook";
import type { Decision } from "./plan";

export function importWrite(plan: PlanRows, lang: Lang): WorkbookWrite {
  return templateWrite({ lang, year: plan.year, department: plan.department, sample: plan });
}

/**
 * Where a decision's words stand in the imported workbook: the 비고 of its activity's 계획 row in
 * 월별실적, or of its task's first 목표 row; null for decisions about the whole plan.
 */
export function decisionCell(
  plan: PlanRows,
  decision: Decision,
  lang: Lang
): { sheet: string; cell: string } | null {
  if (decision.item !== undefined) {
    const monthly = importWrite(plan, lang).sheets.find((s) => s.name === SHEETS.monthly[lang]);
    const col = (key: string) => MONTHLY_COLUMNS.findIndex((c) => c.key === key);
    const planWord = ENUMS.monthlyRow.filter((o) => o.value === "plan")[0][lang];
    const at = (row: number, key: string) =>
      monthly?.cells.filter((c) => c.row === row && c.col === col(key))[0]?.value ?? "";
    const rows = (monthly?.cells ?? []).filter(
      (c) => c.col === col("item") && c.value === decision.item
    );
    const row = rows
      .map((c) => c.row)
      .filter((r) => at(r, "row") === planWord && at(r, "taskNo") === decision.taskNo)[0];
    return row === undefined
      ? null
      : { sheet: SHEETS.monthly[lang], cell: cellAddress(row, col("notes")) };
  }
  const index = plan.goals.findIndex((g) => g.taskNo === decision.taskNo);
  if (!decision.taskNo || index < 0) return null;
  const notes = GOAL_COLUMNS.findIndex((c) => c.key === "notes");
  return { sheet: SHEETS.goals[lang], cell: cellAddress(TEMPLATE_HEADER_ROW + 1 + index, notes) };
}
