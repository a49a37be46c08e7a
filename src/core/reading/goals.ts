// 목표 read: one KPI per row with a 성과지표, its figures and words checked.
import { shownValue } from "../rules/figures";
import type { Kpi, Direction } from "../rules/model";
import type { Problem } from "../format/problems";
import { ENUMS, enumValue } from "../format/schema";
import { cellAddress, type SheetSnapshot } from "../format/workbook";
import { enumWords, figureAt, mergedCell, numberOr, textOf } from "./cells";
import type { TableLayout } from "./layout";

export interface GoalsRead {
  kpis: Kpi[];
  kpiRows: number[];
}

export function readGoals(
  sheet: SheetSnapshot,
  table: TableLayout,
  problems: Problem[]
): GoalsRead {
  const kpis: Kpi[] = [];
  const kpiRows: number[] = [];
  const col = table.columns;
  const text = (row: number, key: string) =>
    col[key] === undefined ? "" : textOf(mergedCell(sheet, row, col[key]));
  const firstOfTask = new Map<string, Kpi>();
  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const taskNo = text(row, "taskNo");
    const indicator = text(row, "indicator");
    if (!indicator) continue; // blank, comment or the user's own rows
    const where = (key: string) => ({ sheet: sheet.name, cell: cellAddress(row, col[key] ?? 0) });
    if (!taskNo) {
      problems.push({ severity: "error", code: "missingTaskNo", ...where("taskNo"), shown: "" });
      continue;
    }
    let hasError = false;
    const unit = text(row, "unit");
    const percent = unit === "%";
    const enumAt = <T extends string>(key: string, name: keyof typeof ENUMS, fallback: T): T => {
      const typed = text(row, key);
      if (!typed) return fallback;
      const value = enumValue(ENUMS[name] as { value: T; ko: string; en: string }[], typed);
      if (value) return value;
      hasError = true;
      problems.push({
        severity: "error",
        code: "unknownWord",
        ...where(key),
        shown: typed,
        detail: enumWords(name),
      });
      return fallback;
    };
    // A blank 지표유형 means what the unit suggests: a level for %, a running total otherwise.
    const type = enumAt("type", "indicatorType", percent ? "latest" : "cumulative");
    let direction: Direction = enumAt("direction", "direction", "higher");
    const targetFigure = figureAt(sheet, row, col.target, { percent }, problems);
    let target = numberOr(targetFigure, null);
    // A comparison word in the target ("5건 이하") says the direction: with 방향 blank it is
    // taken (and said); a 방향 that says otherwise is a contradiction to resolve.
    const bound = targetFigure.kind === "number" ? targetFigure.bound : undefined;
    const implied = bound === "atMost" ? "lower" : "higher";
    if (bound && implied !== direction) {
      const typedDirection = text(row, "direction");
      const shown = shownValue(mergedCell(sheet, row, col.target));
      if (typedDirection) {
        hasError = true;
        problems.push({
          severity: "error",
          code: "directionContradicts",
          ...where("target"),
          shown,
          detail: typedDirection,
        });
      } else {
        direction = implied;
        problems.push({
          severity: "warning",
          code: "directionFromTarget",
          ...where("target"),
          shown,
        });
      }
    }
    if (targetFigure.kind === "blank" || targetFigure.kind === "none") {
      problems.push({ severity: "error", code: "blankTarget", ...where("target"), shown: "" });
    } else if (target === 0 && direction === "higher") {
      problems.push({ severity: "error", code: "zeroTarget", ...where("target"), shown: "0" });
      target = null;
    }
    if (target === null) hasError = true;
    const previous = numberOr(
      figureAt(sheet, row, col.previous, { percent, allowNone: true }, problems),
      null
    );
    const weightFigure = figureAt(sheet, row, col.weight, {}, problems);
    let weight = numberOr(weightFigure, 1) as number;
    if (weightFigure.kind === "number" && weight <= 0) {
      problems.push({
        severity: "error",
        code: "badWeight",
        ...where("weight"),
        shown: String(weight),
      });
      weight = 1;
    }
    const budget = numberOr(figureAt(sheet, row, col.budget, {}, problems), 0) as number;
    const first = firstOfTask.get(taskNo);
    // Goal and task names written once per task (merged or not) apply to the task's other rows.
    const inherit = (key: "strategicGoal" | "performanceGoal" | "task") =>
      text(row, key) || first?.[key] || "";
    const kpi: Kpi = {
      id: cellAddress(row, col.indicator),
      strategicGoal: inherit("strategicGoal"),
      performanceGoal: inherit("performanceGoal"),
      taskNo,
      task: inherit("task"),
      name: indicator,
      unit,
      type,
      direction,
      target,
      previous,
      weight,
      budget,
      plan: null,
      actual: null,
      numerator: null,
      denominator: null,
      hasError,
    };
    if (!first) firstOfTask.set(taskNo, kpi);
    kpis.push(kpi);
    kpiRows.push(row);
  }
  return { kpis, kpiRows };
}
