import fc from "fast-check";
import {
  asOfMonthOf,
  evaluate,
  evaluateActivity,
  evaluateKpi,
  gradeOf,
  statusCounts,
  statusFromRatio,
  type KpiResult,
} from "../../../src/core/rules/evaluate";
import { activity, kpi, months, plan, settings } from "./plan-builders";

const defaults = settings();

describe("as-of month", () => {
  it("is the setting when given", () => {
    expect(
      asOfMonthOf(
        plan({
          settings: settings({ asOfMonth: 3 }),
          kpis: [kpi({ actual: months(1, 1, 1, 1, 1) })],
        })
      )
    ).toBe(3);
  });
  it("is otherwise the latest month with any 실적, in any kind of row", () => {
    expect(asOfMonthOf(plan({ kpis: [kpi({ actual: months(1, null, 5) })] }))).toBe(3);
    expect(
      asOfMonthOf(
        plan({
          kpis: [kpi({ actual: months(1) })],
          activities: [activity({ actual: months(0, 0, 0, 0, 0, 2) })],
        })
      )
    ).toBe(6);
    expect(asOfMonthOf(plan({ spending: [{ taskNo: "1-1", actual: months(null, 9) }] }))).toBe(2);
  });
  it("is 12 when nothing is entered (a plan row alone does not count)", () => {
    expect(asOfMonthOf(plan({ kpis: [kpi({ plan: months(1, 2, 3) })] }))).toBe(12);
  });
});

describe("KPI actual by indicator type", () => {
  const series = months(10, null, 30, 40, 50);
  it.each([
    ["cumulative", 80],
    ["latest", 40],
    ["average", 80 / 3],
  ] as const)("%s up to April is %p", (type, expected) => {
    const result = evaluateKpi(kpi({ type, actual: series, target: 100 }), 4, defaults);
    expect(result.actual).toBeCloseTo(expected, 12);
  });
  it("ratio is Σ분자 / Σ분모 up to M", () => {
    const ratio = kpi({
      type: "ratio",
      unit: "%",
      target: 0.95,
      numerator: months(90, 95, 500),
      denominator: months(100, 100, 500),
    });
    expect(evaluateKpi(ratio, 2, defaults).actual).toBeCloseTo(185 / 200, 12);
    expect(evaluateKpi(ratio, 3, defaults).actual).toBeCloseTo(685 / 700, 12);
  });
  it("ratio with Σ분모 = 0 has no data", () => {
    const ratio = kpi({
      type: "ratio",
      target: 0.95,
      numerator: months(0),
      denominator: months(0),
    });
    expect(evaluateKpi(ratio, 1, defaults)).toMatchObject({
      actual: null,
      status: "noData",
      score: null,
    });
  });
});

describe("pace, achievement and the expected share", () => {
  it("a cumulative KPI without a plan row expects M/12 of its target", () => {
    const r = evaluateKpi(
      kpi({ target: 1200, actual: months(100, 100, 100, 100, 100, 100) }),
      6,
      defaults
    );
    expect(r.achievement).toBeCloseTo(0.5, 12);
    expect(r.pace).toBeCloseTo(1, 12);
    expect(r.status).toBe("onTrack");
    expect(r.score).toBeCloseTo(100, 9);
  });
  it("a cumulative KPI with a plan row expects Σplan(≤M) / Σplan(all)", () => {
    const planned = months(0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 50);
    const r = evaluateKpi(
      kpi({ target: 100, plan: planned, actual: months(0, 0, 0, 0, 0, 45) }),
      6,
      defaults
    );
    expect(r.pace).toBeCloseTo(0.9, 12);
    expect(r.status).toBe("atRisk");
  });
  it("a plan row whose total is not positive falls back to M/12", () => {
    const r = evaluateKpi(
      kpi({ target: 1200, plan: months(0, 0), actual: months(300, 300) }),
      3,
      defaults
    );
    expect(r.pace).toBeCloseTo(600 / 300, 12);
  });
  it("latest, average and ratio KPIs expect the whole target at any month", () => {
    const r = evaluateKpi(
      kpi({ type: "latest", unit: "%", target: 0.92, actual: months(0.92) }),
      1,
      defaults
    );
    expect(r.pace).toBeCloseTo(1, 12);
    expect(r.achievement).toBeCloseTo(1, 12);
  });
  it("a cumulative KPI whose plan expects nothing yet is not due: no pace, no score", () => {
    const r = evaluateKpi(
      kpi({ target: 10, plan: months(0, 0, 0, 5, 5), actual: months(1) }),
      2,
      defaults
    );
    expect(r).toMatchObject({ status: "notDue", pace: null, score: null, actual: 1 });
  });
  it("no actual up to M is 미입력 with no score", () => {
    const r = evaluateKpi(kpi({ actual: months(null, null, 10) }), 2, defaults);
    expect(r).toMatchObject({ status: "noData", score: null, actual: null });
  });
});

describe("lower-is-better KPIs", () => {
  const lower = (target: number, actual: number) =>
    kpi({ type: "latest", direction: "lower", target, actual: months(actual) });
  it("목표/실적 (default)", () => {
    expect(evaluateKpi(lower(10, 8), 12, defaults).pace).toBeCloseTo(1.25, 12);
    expect(evaluateKpi(lower(10, 20), 12, defaults).pace).toBeCloseTo(0.5, 12);
  });
  it("2-실적/목표", () => {
    const s = settings({ lowerIsBetterFormula: "twoMinusActualOverTarget" });
    expect(evaluateKpi(lower(10, 8), 12, s).pace).toBeCloseTo(1.2, 12);
    expect(evaluateKpi(lower(10, 20), 12, s).pace).toBeCloseTo(0, 12);
    expect(evaluateKpi(lower(10, 30), 12, s)).toMatchObject({ status: "behind", score: 0 });
  });
  it("actual 0 gives p = 2 under either formula", () => {
    for (const lowerIsBetterFormula of ["targetOverActual", "twoMinusActualOverTarget"] as const) {
      const r = evaluateKpi(lower(10, 0), 12, settings({ lowerIsBetterFormula }));
      expect(r).toMatchObject({ pace: 2, achievement: 2, status: "exceeded", score: 100 });
    }
  });
  it("target 0 (사고 0건) is met with 0 and missed otherwise", () => {
    expect(evaluateKpi(lower(0, 0), 12, defaults)).toMatchObject({ pace: 2, status: "exceeded" });
    expect(evaluateKpi(lower(0, 1), 12, defaults)).toMatchObject({
      pace: 0,
      status: "behind",
      score: 0,
    });
  });
  it("uses the expected share for cumulative lower KPIs", () => {
    const r = evaluateKpi(
      kpi({ direction: "lower", target: 12, actual: months(1, 1, 1) }),
      6,
      defaults
    );
    expect(r.pace).toBeCloseTo(6 / 3, 12);
  });
});

describe("errors", () => {
  it.each([
    ["blank target", { target: null }],
    ["zero target, higher is better", { target: 0 }],
    ["negative target", { target: -5 }],
    ["a bad cell in its rows", { hasError: true }],
  ])("%s is 오류, scoring 0 with nothing else computed", (_, overrides) => {
    const r = evaluateKpi(kpi({ actual: months(5), ...overrides }), 1, defaults);
    expect(r).toEqual(expect.objectContaining({ status: "error", score: 0, pace: null }));
  });
  it("오류 wins over 미도래 and 미입력", () => {
    const notDueYet = kpi({ plan: months(0, 0, 5), hasError: true });
    expect(evaluateKpi(notDueYet, 1, defaults)).toMatchObject({ status: "error", score: 0 });
    expect(evaluateKpi(kpi({ actual: null, hasError: true }), 6, defaults)).toMatchObject({
      status: "error",
      score: 0,
    });
  });
});

describe("미입력 and 미도래", () => {
  it("미입력 has no score before the year end and scores 0 at it", () => {
    const empty = kpi({ type: "latest", actual: null });
    expect(evaluateKpi(empty, 11, defaults)).toMatchObject({ status: "noData", score: null });
    expect(evaluateKpi(empty, 12, defaults)).toMatchObject({ status: "noData", score: 0 });
  });
  it("미도래 wins over 미입력: nothing expected yet is no fault", () => {
    const later = kpi({ plan: months(0, 0, 0, 10), actual: null });
    expect(evaluateKpi(later, 3, defaults)).toMatchObject({ status: "notDue", score: null });
  });
});

describe("status bands (defaults 120% / 100% / 90%)", () => {
  it.each([
    [1.2, 6, "exceeded"],
    [1.1999999, 6, "onTrack"],
    [1, 6, "onTrack"],
    [1, 12, "achieved"],
    [0.9999999, 12, "atRisk"],
    [0.9, 6, "atRisk"],
    [0.8999999, 6, "behind"],
    [0, 6, "behind"],
  ] as const)("p = %p at month %p is %s", (p, month, status) => {
    expect(statusFromRatio(p, month, defaults)).toBe(status);
  });
  it("a boundary reached through floating-point arithmetic lands on the boundary's band", () => {
    const r = evaluateKpi(kpi({ type: "latest", target: 92, actual: months(110.4) }), 12, defaults);
    expect(r.status).toBe("exceeded");
    const onTarget = evaluateKpi(
      kpi({ type: "latest", unit: "%", target: 0.95, actual: months(0.95) }),
      12,
      defaults
    );
    expect(onTarget.status).toBe("achieved");
  });
  it("bands follow the settings", () => {
    const s = settings({ exceededFrom: 1.5, onTrackFrom: 0.95, atRiskFrom: 0.5 });
    expect(statusFromRatio(1.4, 3, s)).toBe("onTrack");
    expect(statusFromRatio(0.6, 3, s)).toBe("atRisk");
  });
});

describe("KPI score", () => {
  it("is min(p, cap) × 100, and the cap is a setting", () => {
    const over = kpi({ type: "latest", target: 100, actual: months(130) });
    expect(evaluateKpi(over, 12, defaults).score).toBeCloseTo(100, 9);
    expect(evaluateKpi(over, 12, settings({ scoreCap: 1.1 })).score).toBeCloseTo(110, 9);
    expect(evaluateKpi(over, 12, defaults).achievement).toBeCloseTo(1.3, 12); // shown uncapped
  });
  it("is never below 0 and never above the cap (property: every type, direction, cap and as-of month; over a third of runs reach the cap, counted)", () => {
    const figure = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    const figures = fc.array(figure, { minLength: 12, maxLength: 12 });
    let runs = 0;
    let capped = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("cumulative", "latest", "average", "ratio") as fc.Arbitrary<
          "cumulative" | "latest" | "average" | "ratio"
        >,
        fc.constantFrom("higher", "lower") as fc.Arbitrary<"higher" | "lower">,
        fc.constantFrom("targetOverActual", "twoMinusActualOverTarget") as fc.Arbitrary<
          "targetOverActual" | "twoMinusActualOverTarget"
        >,
        fc.double({ min: 0.001, max: 1e5, noNaN: true }),
        fc.constantFrom(1, 1.1, 1.2, 1.5),
        fc.integer({ min: 1, max: 12 }),
        figures,
        figures,
        (type, direction, lowerIsBetterFormula, target, scoreCap, asOf, actual, denominator) => {
          runs++;
          const r = evaluateKpi(
            kpi({
              type,
              direction,
              target: type === "ratio" ? Math.min(target / 1e5, 1) : target,
              actual: type === "ratio" ? null : actual,
              numerator: type === "ratio" ? actual : null,
              denominator: type === "ratio" ? denominator : null,
            }),
            asOf,
            settings({ lowerIsBetterFormula, scoreCap })
          );
          if (r.score !== null && Math.abs(r.score - scoreCap * 100) < 1e-9) capped++;
          expect(r.score === null || (r.score >= 0 && r.score <= scoreCap * 100 + 1e-9)).toBe(true);
        }
      ),
      { numRuns: 500, seed: 2026 }
    );
    expect(capped / runs).toBeGreaterThan(1 / 3);
  });
});

describe("activities", () => {
  it("execution is done / planned up to M, capped at 1, blank done counting as 0", () => {
    const a = activity({ plan: months(1, 1, 1, 1), actual: months(1, null, 1, 5) });
    expect(evaluateActivity(a, 3, defaults)).toMatchObject({
      plannedToDate: 3,
      doneToDate: 2,
      status: "behind",
    });
    expect(evaluateActivity(a, 3, defaults).execution).toBeCloseTo(2 / 3, 12);
    expect(evaluateActivity(a, 4, defaults).execution).toBe(1);
  });
  it("is not due while nothing is planned up to M", () => {
    const a = activity({ plan: months(0, 0, 1), actual: months(1) });
    expect(evaluateActivity(a, 2, defaults)).toMatchObject({ status: "notDue", execution: null });
  });
  it("is achieved at year end when all was done", () => {
    const a = activity({
      plan: months(...Array(12).fill(1)),
      actual: months(...Array(12).fill(1)),
    });
    expect(evaluateActivity(a, 12, defaults).status).toBe("achieved");
  });
  it("an activity marked 오류 counts as nothing done (x = 0), planned or not", () => {
    const a = activity({ plan: months(1), actual: months(1), hasError: true });
    expect(evaluateActivity(a, 1, defaults)).toMatchObject({ status: "error", execution: 0 });
    const later = activity({ plan: months(0, 0, 1), hasError: true });
    expect(evaluateActivity(later, 1, defaults)).toMatchObject({ status: "error", execution: 0 });
  });
});

describe("task, performance goal and department scores", () => {
  const scoredKpi = (taskNo: string, value: number, weight = 1, performanceGoal = "PG1") =>
    kpi({ taskNo, performanceGoal, type: "latest", target: 100, actual: months(value), weight });

  it("weights the task's KPI scores, then mixes in execution 70:30", () => {
    const result = evaluate(
      plan({
        settings: settings({ asOfMonth: 12 }),
        kpis: [scoredKpi("1-1", 100, 3), scoredKpi("1-1", 60, 1)],
        activities: [
          activity({
            taskNo: "1-1",
            plan: months(...Array(12).fill(1)),
            actual: months(...Array(6).fill(1)),
          }),
          activity({
            taskNo: "1-1",
            plan: months(...Array(12).fill(1)),
            actual: months(...Array(12).fill(1)),
          }),
        ],
      })
    );
    const task = result.tasks[0];
    expect(task.weight).toBe(4);
    expect(task.kpiScore).toBeCloseTo((100 * 3 + 60) / 4, 9); // 90
    expect(task.execution).toBeCloseTo(0.75, 12);
    expect(task.score).toBeCloseTo((70 * 90 + 30 * 75) / 100, 9); // 85.5
    expect(task.grade).toBe("B");
  });

  it("is K alone without a planned activity, 100X alone without a scored KPI, blank with neither", () => {
    const result = evaluate(
      plan({
        settings: settings({ asOfMonth: 6 }),
        kpis: [
          scoredKpi("1-1", 80),
          kpi({ taskNo: "2-1", type: "latest", target: 100, actual: null }),
          kpi({ taskNo: "3-1", type: "latest", target: 100, actual: null }),
        ],
        activities: [
          activity({ taskNo: "1-1", plan: months(0, 0, 0, 0, 0, 0, 1) }),
          activity({ taskNo: "2-1", plan: months(2), actual: months(1) }),
        ],
      })
    );
    expect(result.tasks.map((t) => t.score)).toEqual([80, 50, null]);
    expect(result.tasks[2].grade).toBeNull();
  });

  it("averages task scores by task weight into goals and the department, skipping unscored tasks", () => {
    const result = evaluate(
      plan({
        settings: settings({ asOfMonth: 6 }),
        kpis: [
          scoredKpi("1-1", 100, 1, "PG1"),
          scoredKpi("1-2", 70, 3, "PG1"),
          scoredKpi("2-1", 90, 1, "PG2"),
          kpi({ taskNo: "2-2", performanceGoal: "PG2", type: "latest", target: 100, actual: null }),
        ],
      })
    );
    expect(result.performanceGoals[0]).toMatchObject({ name: "PG1", grade: "D" });
    expect(result.performanceGoals[0].score).toBeCloseTo(77.5, 9);
    expect(result.performanceGoals[1].score).toBeCloseTo(90, 9);
    expect(result.department.score).toBeCloseTo((100 + 210 + 90) / 5, 9);
  });

  it("reports the spending rate of a task with a budget", () => {
    const result = evaluate(
      plan({
        settings: settings({ asOfMonth: 6 }),
        kpis: [kpi({ taskNo: "2-1", budget: 2_000_000 })],
        spending: [
          { taskNo: "2-1", actual: months(500_000, null, null, null, null, null, 900_000) },
        ],
      })
    );
    expect(result.tasks[0]).toMatchObject({
      budget: 2_000_000,
      spentToDate: 500_000,
      spendingRate: 0.25,
    });
  });
});

describe("grades", () => {
  it.each([
    [95, "S"],
    [94.95, "S"], // shown as 95.0
    [94.94, "A"],
    [90, "A"],
    [89.95, "A"],
    [85, "B"],
    [80, "C"],
    [79.94, "D"],
    [0, "D"],
  ] as const)("%p is %s", (score, grade) => {
    expect(gradeOf(score, defaults)).toBe(grade);
  });
  it("is blank without a score, and follows the settings' bands", () => {
    expect(gradeOf(null, defaults)).toBeNull();
    expect(gradeOf(86, settings({ gradeA: 86 }))).toBe("A");
  });
});

describe("statusCounts", () => {
  it("counts KPIs by status in the order the statuses first appear", () => {
    const kpis = (["behind", "onTrack", "behind", "error"] as const).map(
      (status) => ({ status }) as KpiResult
    );
    expect(statusCounts(kpis)).toEqual([
      { status: "behind", count: 2 },
      { status: "onTrack", count: 1 },
      { status: "error", count: 1 },
    ]);
  });
});
