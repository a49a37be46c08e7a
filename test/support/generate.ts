// Department plans of any size, shaped like the sample: tasks with three KPIs (a running total,
// a level in %, a ratio) and activities planned every month. Deterministic for a given size.
import type { GoalRow, MonthlyRow, PlanRows } from "../../src/core/format/planRows";

export interface PlanSize {
  tasks: number;
  kpisPerTask: number;
  activitiesPerTask: number;
}

export const SIZES: Record<string, PlanSize> = {
  M: { tasks: 30, kpisPerTask: 3, activitiesPerTask: 5 },
  L: { tasks: 500, kpisPerTask: 3, activitiesPerTask: 5 },
};

export function generatePlan(size: PlanSize, department = "생성부서", seed = 1): PlanRows {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  // How well this department does (0.70–1.09 of plan), so that generated departments differ.
  const strength = 0.7 + ((seed * 37) % 40) / 100;
  const goals: GoalRow[] = [];
  const monthly: MonthlyRow[] = [];
  const twelve = (value: () => number | null) => Array.from({ length: 12 }, value);
  for (let t = 0; t < size.tasks; t++) {
    const taskNo = `${Math.floor(t / 10) + 1}-${(t % 10) + 1}`;
    const performanceGoal = `${Math.floor(t / 10) + 1}. 성과목표 ${Math.floor(t / 10) + 1}`;
    for (let k = 0; k < size.kpisPerTask; k++) {
      const kind = k % 3;
      const indicator = `지표 ${taskNo}-${k + 1}`;
      const goal: GoalRow = {
        strategicGoal: "전략목표",
        performanceGoal,
        taskNo,
        task: `과제 ${taskNo}`,
        department,
        owner: "담당자",
        indicator,
        unit: kind === 0 ? "건" : "%",
        type: kind === 0 ? "cumulative" : kind === 1 ? "latest" : "ratio",
        direction: "higher",
        target: kind === 0 ? 1200 : 0.9,
        previous: kind === 0 ? 1000 : 0.85,
        weight: null,
        budget: k === 0 ? 1_000_000 : 0,
        funding: "시비",
        budgetItem: "사무관리비",
        notes: "",
      };
      goals.push(goal);
      const base = { taskNo, item: indicator, notes: "" };
      if (kind === 0) {
        monthly.push({ ...base, kind: "kpi", row: "plan", unit: "건", months: twelve(() => 100) });
        monthly.push({
          ...base,
          kind: "kpi",
          row: "actual",
          unit: "건",
          months: twelve(() => Math.round((80 + random() * 40) * strength)),
        });
      } else if (kind === 1) {
        monthly.push({
          ...base,
          kind: "kpi",
          row: "actual",
          unit: "%",
          months: twelve(() => Math.round((0.8 + random() * 0.15) * strength * 1000) / 1000),
        });
      } else {
        monthly.push({
          ...base,
          kind: "numerator",
          row: "actual",
          unit: "",
          months: twelve(() => Math.round((80 + random() * 20) * Math.min(strength, 1))),
        });
        monthly.push({
          ...base,
          kind: "denominator",
          row: "actual",
          unit: "",
          months: twelve(() => 100),
        });
      }
    }
    for (let a = 0; a < size.activitiesPerTask; a++) {
      const item = `활동 ${taskNo}-${a + 1}`;
      monthly.push({
        taskNo,
        item,
        kind: "activity",
        row: "plan",
        unit: "회",
        months: twelve(() => 2),
        notes: "",
      });
      monthly.push({
        taskNo,
        item,
        kind: "activity",
        row: "actual",
        unit: "회",
        months: twelve(() => (random() < 0.9 * strength ? 2 : 1)),
        notes: "",
      });
    }
    monthly.push({
      taskNo,
      item: "사업비 집행",
      kind: "spending",
      row: "actual",
      unit: "원",
      months: twelve(() => 50_000),
      notes: "",
    });
  }
  return { year: 2026, department, mission: "생성된 임무", goals, monthly };
}
