// A plan as rows of the input sheets: the goals table and the monthly table, as the template
// writes them and the importer produces them (the built-in sample is one, src/core/format/sample.ts).
import type { Direction, IndicatorType, MonthlyKind, MonthlyRowKind } from "../rules/model";

export interface GoalRow {
  strategicGoal: string;
  performanceGoal: string;
  taskNo: string;
  task: string;
  department: string;
  owner: string;
  indicator: string;
  unit: string;
  type: IndicatorType;
  direction: Direction;
  /** Null where the document states none a workbook can use (a relative target, a range). */
  target: number | null;
  /** A figure, or the words the document has where there is none ("2011년 신규사업", "-"). */
  previous: number | string;
  weight: number | null;
  budget: number;
  funding: string;
  budgetItem: string;
  notes: string;
}

export interface MonthlyRow {
  taskNo: string;
  item: string;
  kind: MonthlyKind;
  row: MonthlyRowKind;
  unit: string;
  months: (number | null)[];
  notes: string;
}

/** A plan: its year, department and mission, and its two tables' rows. */
export interface PlanRows {
  year: number;
  department: string;
  mission: string;
  goals: GoalRow[];
  monthly: MonthlyRow[];
}
