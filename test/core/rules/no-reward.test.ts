// An error must never raise a score, nor a missing figure a year-end score (PRODUCT.md, "The
// evaluation rules"): worked examples (the ones docs/evaluation.md shows), then properties over
// generated plans and over the sample workbook with one figure turned bad.
import fc from "fast-check";
import { evaluate, type Evaluation } from "../../../src/core/rules/evaluate";
import type { Activity, Kpi, Plan, Settings } from "../../../src/core/rules/model";
import { resultMark } from "../../../src/core/format/words";
import { readWorkbook } from "../../../src/core/format/read";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { cloneSnapshot, sheetOf, templateBytes } from "../../support/workbooks";
import { activity, kpi, months, plan, settings } from "./plan-builders";

const year = (n: number) => months(...Array(12).fill(n));

describe("worked examples (docs/evaluation.md)", () => {
  // Task 1-1: one KPI (수준, target 100) and two activities planned once a month.
  const base = (overrides: { kpi?: Partial<Kpi>; second?: Partial<Activity>; month: number }) =>
    evaluate(
      plan({
        settings: settings({ asOfMonth: overrides.month }),
        kpis: [kpi({ type: "latest", target: 100, actual: months(90), ...overrides.kpi })],
        activities: [
          activity({ plan: year(1), actual: year(1) }),
          activity({ name: "상담실", plan: year(1), actual: year(1), ...overrides.second }),
        ],
      })
    );

  it("clean: K = 90, X = 100% → T = 0.7 × 90 + 0.3 × 100 = 93, 확정", () => {
    const r = base({ month: 6 });
    expect(r.tasks[0].score).toBeCloseTo(93, 9);
    expect(r.provisional).toBeNull();
    expect(resultMark(r.provisional, "ko")).toBe("확정");
  });

  it("a KPI figure typed as 많음 (오류) scores 0: T = 0.3 × 100 = 30, not 100", () => {
    const r = base({ month: 6, kpi: { actual: months(null), hasError: true } });
    expect(r.kpis[0]).toMatchObject({ status: "error", score: 0 });
    expect(r.tasks[0].score).toBeCloseTo(30, 9);
    expect(r.provisional).toEqual({ errors: 1, noData: 0, preview: false, nothingEntered: false });
    expect(resultMark(r.provisional, "ko")).toBe("잠정 (오류 1건)");
  });

  it("a KPI nobody filled in: no score in June (T = 100X = 100, 잠정), 0 in December (T = 30)", () => {
    const june = base({ month: 6, kpi: { actual: null } });
    expect(june.kpis[0]).toMatchObject({ status: "noData", score: null });
    expect(june.tasks[0].score).toBeCloseTo(100, 9);
    expect(resultMark(june.provisional, "ko")).toBe("잠정 (미입력 1건)");
    expect(resultMark(june.provisional, "en")).toBe("Provisional (1 with no data)");
    const december = base({ month: 12, kpi: { actual: null } });
    expect(december.kpis[0]).toMatchObject({ status: "noData", score: 0 });
    expect(december.tasks[0].score).toBeCloseTo(30, 9);
    expect(december.provisional).toBeNull();
  });

  it("an activity with a bad cell is 오류 with x = 0: X = 50% → T = 0.7 × 90 + 0.3 × 50 = 78", () => {
    const r = base({ month: 6, second: { hasError: true } });
    expect(r.activities[1]).toMatchObject({ status: "error", execution: 0 });
    expect(r.tasks[0].score).toBeCloseTo(78, 9);
    expect(resultMark(r.provisional, "ko")).toBe("잠정 (오류 1건)");
  });

  it("errors and missing KPIs are counted together", () => {
    const r = evaluate(
      plan({
        settings: settings({ asOfMonth: 6 }),
        kpis: [kpi({ hasError: true }), kpi({ actual: null }), kpi({ actual: null })],
        // The error is a figure typed as text in June: entered, not readable.
        unreadableActualMonths: [6],
      })
    );
    expect(resultMark(r.provisional, "ko")).toBe("잠정 (오류 1건 · 미입력 2건)");
    expect(resultMark(r.provisional, "en")).toBe("Provisional (1 with errors · 2 with no data)");
  });
});

// ---- properties over generated plans ----

const figure = fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 3 });
const series = fc.array(figure, { minLength: 12, maxLength: 12 });

const kpiArb = (taskNo: string): fc.Arbitrary<Kpi> =>
  fc
    .record({
      type: fc.constantFrom("cumulative", "latest", "average", "ratio") as fc.Arbitrary<
        Kpi["type"]
      >,
      direction: fc.constantFrom("higher", "lower") as fc.Arbitrary<Kpi["direction"]>,
      target: fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.constant(null)),
      weight: fc.constantFrom(0.5, 1, 2, 3),
      plan: fc.option(series, { nil: null }),
      actual: fc.option(series, { nil: null }),
      numerator: series,
      denominator: series,
      hasError: fc.constant(false),
    })
    .map((r) => kpi({ ...r, taskNo, performanceGoal: `PG${taskNo[0]}` }));

const taskNos = ["1-1", "1-2", "2-1"];
const planArb: fc.Arbitrary<Plan> = fc
  .record({
    kpis: fc.array(
      fc.constantFrom(...taskNos).chain((t) => kpiArb(t)),
      { minLength: 1, maxLength: 6 }
    ),
    activities: fc.array(
      fc.record({ taskNo: fc.constantFrom(...taskNos), plan: series, actual: series }),
      { maxLength: 5 }
    ),
    asOfMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    kpiShare: fc.constantFrom(70, 50, 0, 100),
    formula: fc.constantFrom("targetOverActual", "twoMinusActualOverTarget") as fc.Arbitrary<
      Settings["lowerIsBetterFormula"]
    >,
    cap: fc.constantFrom(1, 1.2),
  })
  .map((r) =>
    plan({
      settings: settings({
        asOfMonth: r.asOfMonth,
        kpiShare: r.kpiShare,
        executionShare: 100 - r.kpiShare,
        lowerIsBetterFormula: r.formula,
        scoreCap: r.cap,
      }),
      kpis: r.kpis,
      activities: r.activities.map((a, i) => activity({ ...a, name: `활동${i}` })),
    })
  );

/** Every score a result shows, by where it stands: tasks, performance goals, department. */
const scores = (e: Evaluation) => [
  ...e.tasks.map((t) => [`task ${t.taskNo}`, t.score] as const),
  ...e.performanceGoals.map((g) => [`goal ${g.name}`, g.score] as const),
  ["department", e.department.score] as const,
];

/** Before null: after may only be null or 0 (the lowest score). Before a number: after ≤ it. */
function neverRaised(before: Evaluation, after: Evaluation) {
  // Nothing entered any more: no score anywhere, and the result says so (never ranked).
  if (after.provisional?.nothingEntered) {
    const scored = scores(after).filter(([, score]) => score !== null);
    if (scored.length) throw new Error(`scored with nothing entered: ${JSON.stringify(scored)}`);
    return;
  }
  const was = new Map(scores(before));
  for (const [where, score] of scores(after)) {
    const old = was.get(where) ?? null;
    const raised =
      old === null ? score !== null && score > 1e-9 : score === null || score > old + 1e-9;
    if (raised) throw new Error(`${where}: ${old} → ${score}`);
  }
}

type Row =
  "kpiActual" | "kpiPlan" | "numerator" | "denominator" | "activityPlan" | "activityActual";

/** One figure typed as text: the cell reads as nothing, its row's KPI or activity is 오류. */
function withBadFigure(p: Plan, row: Row, index: number, month: number): Plan {
  const blanked = (values: readonly (number | null)[] | null) =>
    (values ?? months()).map((v, m) => (m === month ? null : v));
  const actualRow =
    row === "kpiActual" || row === "numerator" || row === "denominator" || row === "activityActual";
  const next = {
    ...p,
    unreadableActualMonths: actualRow
      ? [...new Set([...p.unreadableActualMonths, month + 1])]
      : p.unreadableActualMonths,
  };
  if (row === "activityPlan" || row === "activityActual") {
    if (p.activities.length === 0) return p; // nothing to spoil
    const i = index % p.activities.length;
    const key = row === "activityPlan" ? "plan" : "actual";
    const activities = p.activities.map((a, j) =>
      j === i ? { ...a, [key]: blanked(a[key]), hasError: true } : a
    );
    return { ...next, activities };
  }
  const key = (
    {
      kpiActual: "actual",
      kpiPlan: "plan",
      numerator: "numerator",
      denominator: "denominator",
    } as const
  )[row];
  const i = index % p.kpis.length;
  const kpis = p.kpis.map((k, j) =>
    j === i ? { ...k, [key]: blanked(k[key]), hasError: true } : k
  );
  return { ...next, kpis };
}

describe("over any plan and as-of month", () => {
  const rows = fc.constantFrom<Row>(
    "kpiActual",
    "kpiPlan",
    "numerator",
    "denominator",
    "activityPlan",
    "activityActual"
  );

  it("turning one figure into an error never raises a task, goal or department score", () => {
    fc.assert(
      fc.property(planArb, rows, fc.nat(), fc.integer({ min: 0, max: 11 }), (p, row, i, m) => {
        const before = evaluate(p);
        const after = evaluate(withBadFigure(p, row, i, m));
        neverRaised(before, after);
        // An activity row in a plan without activities spoils nothing: the plan is unchanged.
        const spoiled = !row.startsWith("activity") || p.activities.length > 0;
        const errors = (r: typeof after) => (r.provisional?.errors ?? 0) > 0;
        expect(errors(after)).toBe(spoiled || errors(before));
      }),
      { numRuns: 3000 }
    );
  });

  it("turning a target into an error never raises a score", () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (p, i) => {
        const bad = p.kpis.map((k, j) =>
          j === i % p.kpis.length ? { ...k, target: null, hasError: true } : k
        );
        neverRaised(evaluate(p), evaluate({ ...p, kpis: bad }));
      }),
      { numRuns: 1000 }
    );
  });

  const blankKpi = (p: Plan, i: number): Plan => ({
    ...p,
    kpis: p.kpis.map((k, j) =>
      j === i % p.kpis.length ? { ...k, actual: null, numerator: null, denominator: null } : k
    ),
  });

  it("blanking one KPI's actuals never raises any score at the year end", () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (p, i) => {
        const atYearEnd = { ...p, settings: { ...p.settings, asOfMonth: 12 } };
        neverRaised(evaluate(atYearEnd), evaluate(blankKpi(atYearEnd, i)));
      }),
      { numRuns: 2000 }
    );
  });

  it("blanking one KPI's actuals before the year end marks the result 잠정 (unless not due)", () => {
    fc.assert(
      fc.property(planArb, fc.nat(), fc.integer({ min: 1, max: 11 }), (p, i, m) => {
        const before = { ...p, settings: { ...p.settings, asOfMonth: m } };
        const after = evaluate(blankKpi(before, i));
        const status = after.kpis[i % p.kpis.length].status;
        if (status === "notDue") return;
        expect({
          provisional: after.provisional !== null,
          noDataCounted: status !== "noData" || (after.provisional?.noData ?? 0) > 0,
        }).toEqual({ provisional: true, noDataCounted: true });
      }),
      { numRuns: 2000 }
    );
  });
});

// ---- the sample workbook, one typed figure turned into text ----

describe("the sample workbook", () => {
  let sample: WorkbookSnapshot;
  beforeAll(async () => {
    sample = await readSnapshot(await templateBytes());
  });

  const evaluated = (snapshot: WorkbookSnapshot, asOfMonth: number | null) => {
    const read = readWorkbook(snapshot, 2011);
    if (!read.ok) throw new Error("sample unreadable");
    return evaluate({ ...read.plan, settings: { ...read.plan.settings, asOfMonth } });
  };

  it("keeps its own result: 99.3 (S), 확정, as of June", () => {
    const e = evaluated(sample, null);
    expect(e.asOfMonth).toBe(6);
    expect(e.department.score!.toFixed(1)).toBe("99.3");
    expect(e.department.grade).toBe("S");
    expect(e.provisional).toBeNull();
  });

  it("an activity row with no 과제번호 is a warning and counts nowhere", () => {
    const read = readWorkbook(sample, 2011);
    if (!read.ok) throw new Error("sample unreadable");
    const monthly = read.layout.monthly;
    const row = monthly.rows.find((r) => r.kind === "activity" && r.rowKind === "plan")!;
    const copy = cloneSnapshot(sample);
    sheetOf(copy, monthly.sheet).rows[row.row][monthly.columns.taskNo] = null;
    const again = readWorkbook(copy, 2011);
    if (!again.ok) throw new Error("unreadable");
    const item = sheetOf(copy, monthly.sheet).rows[row.row][monthly.columns.item];
    expect(again.problems).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "activityWithoutTask", shown: item })
    );
    expect(again.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("shares that add up to 0 are a problem, and the defaults are used", () => {
    const read = readWorkbook(sample, 2011);
    if (!read.ok || !read.layout.settings) throw new Error("sample unreadable");
    const { sheet, valueCells } = read.layout.settings;
    const copy = cloneSnapshot(sample);
    for (const key of ["kpiShare", "executionShare"]) {
      const at = valueCells[key];
      sheetOf(copy, sheet).rows[at.row][at.col] = 0;
    }
    const again = readWorkbook(copy, 2011);
    if (!again.ok) throw new Error("unreadable");
    expect(again.plan.settings).toMatchObject({ kpiShare: 70, executionShare: 30 });
    expect(again.problems).toContainEqual(
      expect.objectContaining({ severity: "error", code: "badShares", shown: "0 / 0" })
    );
  });

  it("a typo in the latest month keeps that month as the as-of month (it was entered)", () => {
    const read = readWorkbook(sample, 2011);
    if (!read.ok) throw new Error("sample unreadable");
    const monthly = read.layout.monthly;
    const spending = monthly.rows.find((r) => r.kind === "spending" && r.rowKind === "actual")!;
    const typed = (value: unknown) => {
      const copy = cloneSnapshot(sample);
      sheetOf(copy, monthly.sheet).rows[spending.row][monthly.columns.m7] = value as never;
      return evaluated(copy, null);
    };
    expect(typed(100_000).asOfMonth).toBe(7);
    const typo = typed("많음");
    expect(typo.asOfMonth).toBe(7);
    // Had the typo moved the month back to June, the department would score its June 99.3.
    expect(typo.department.score!).toBeLessThanOrEqual(typed(100_000).department.score! + 1e-9);
  });

  it("typing 많음 or an Excel error over any figure or target never raises a score", () => {
    const read = readWorkbook(sample, 2011);
    if (!read.ok) throw new Error("sample unreadable");
    const monthly = read.layout.monthly;
    const goals = read.layout.goals;
    const cells = [
      ...monthly.rows.flatMap((r) =>
        Array.from({ length: 12 }, (_, m) => ({
          sheet: monthly.sheet,
          row: r.row,
          col: monthly.columns[`m${m + 1}`],
          // 예산 rows are shown (집행률), not scored: their errors mark nothing 오류.
          scored: r.kpiIndex !== undefined || r.activityIndex !== undefined,
        }))
      ),
      ...goals.kpiRows.map((row) => ({
        sheet: goals.sheet,
        row,
        col: goals.columns.target,
        scored: true,
      })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cells),
        fc.constantFrom<unknown>("많음", { error: "#N/A" }, { error: "#DIV/0!" }, "확인중"),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        (where, bad, asOf) => {
          const copy = cloneSnapshot(sample);
          const rows = sheetOf(copy, where.sheet).rows;
          while (rows[where.row].length <= where.col) rows[where.row].push(null);
          rows[where.row][where.col] = bad as never;
          const after = evaluated(copy, asOf);
          neverRaised(evaluated(sample, asOf), after);
          expect({ where, errors: (after.provisional?.errors ?? 0) > 0 }).toEqual({
            where,
            errors: where.scored,
          });
        }
      ),
      { numRuns: 400 }
    );
  });
});
