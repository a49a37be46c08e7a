// A department's year, simulated (issue 28): a plan whose figures are typed month by month — with
// the odd typo, a skipped month, a corrected past month — and Computes at random points: before
// anything is typed, ahead of time, twice in one month, an earlier month again. After every step:
// 이력 holds only months that had come and had figures; the year score is made of the 6월 and 12월
// records only; no cell a person typed changed; every 잠정 result says why. Then 새해 양식 and its
// first Compute, and the 취합 of several simulated departments computed as of different months.
import fc from "fast-check";
import { computeWorkbook } from "../../../src/core/year/compute";
import { consolidate } from "../../../src/core/year/consolidate";
import { readHistory } from "../../../src/core/year/history";
import { newYearWorkbook } from "../../../src/core/year/newYear";
import { labelledValueCells, readWorkbook } from "../../../src/core/format/read";
import {
  GOAL_COLUMNS,
  MONTHLY_COLUMNS,
  SETTING_ROWS,
  type Column,
} from "../../../src/core/format/schema";
import { templateWrite } from "../../../src/core/format/template";
import type { RawCell } from "../../../src/core/rules/figures";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { resultMark } from "../../../src/core/format/words";
import { RESULTS_LAYOUT } from "../../../src/core/sheets/resultsLayout";
import { generatePlan } from "../../support/generate";
import { applied } from "../../support/snapshots";
import { sheetOf } from "../../support/workbooks";

const YEAR = 2026;
const at = (month: number, day = 28) =>
  `${YEAR}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} 18:00`;

/** A department's workbook as the year starts: its plan, every 실적 still blank. */
function startOfYear(department: string, seed: number): WorkbookSnapshot {
  const plan = generatePlan({ tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 }, department, seed);
  const blank = plan.monthly.map((row) =>
    row.row === "actual" ? { ...row, months: Array<number | null>(12).fill(null) } : row
  );
  const snapshot = applied(
    templateWrite({ lang: "ko", year: YEAR, department, sample: { ...plan, monthly: blank } })
  );
  // Half-year shares set, so that 결과 shows the year score made of the 6월 and 12월 records.
  const settings = sheetOf(snapshot, "설정");
  const cells = labelledValueCells(settings, SETTING_ROWS);
  for (const key of ["firstHalfShare", "secondHalfShare"])
    settings.rows[cells[key].row][cells[key].col] = 50;
  return snapshot;
}

/** The 월별실적 cells a person types a month's figures into (실적, 분자 and 분모 rows). */
function figureCells(snapshot: WorkbookSnapshot) {
  const read = readWorkbook(snapshot, YEAR);
  if (!read.ok) throw new Error("unreadable");
  const { monthly } = read.layout;
  const rows = monthly.rows.filter((r) => r.rowKind === "actual").map((r) => r.row);
  return (month: number) => rows.map((row) => ({ row, col: monthly.columns[`m${month}`] }));
}

type Step =
  | { kind: "type"; month: number; typo: boolean; skip: boolean }
  | { kind: "correct"; month: number }
  | { kind: "compute"; month: number; asOf: "blank" | "same" | "ahead" | "earlier" };

/** A year as a list of steps, month by month. */
const yearSteps = fc
  .array(
    fc.record({
      typo: fc.boolean(),
      skip: fc.nat(9).map((n) => n === 0),
      correct: fc.boolean(),
      computes: fc.array(
        fc.constantFrom("blank", "same", "ahead", "earlier") as fc.Arbitrary<
          "blank" | "same" | "ahead" | "earlier"
        >,
        { maxLength: 2 }
      ),
      computeFirst: fc.boolean(),
    }),
    { minLength: 12, maxLength: 12 }
  )
  .map((months) =>
    months.flatMap((m, i): Step[] => {
      const month = i + 1;
      const computes = m.computes.map((asOf): Step => ({ kind: "compute", month, asOf }));
      const typing: Step[] = [
        { kind: "type", month, typo: m.typo && month % 4 === 0, skip: m.skip },
        ...(m.correct && month > 1 ? [{ kind: "correct", month: month - 1 } as Step] : []),
      ];
      // Sometimes a Compute comes before the month's figures (the new year's first Compute).
      return m.computeFirst ? [...computes, ...typing] : [...typing, ...computes];
    })
  );

/**
 * What a person typed: every cell of 설정, and of 목표's and 월별실적's input columns (Compute's own
 * columns — 실적, 달성률, 누계, 상태 … — and the 계 formula aside), by address.
 */
function typedCells(snapshot: WorkbookSnapshot): Map<string, RawCell> {
  const read = readWorkbook(snapshot, YEAR);
  if (!read.ok) throw new Error("unreadable");
  const own = (columns: readonly Column[], at: Record<string, number>) =>
    new Set(columns.filter((c) => c.computed || c.key === "total").map((c) => at[c.key]));
  const skip: Record<string, Set<number>> = {
    설정: new Set(),
    목표: own(GOAL_COLUMNS, read.layout.goals.columns),
    월별실적: own(MONTHLY_COLUMNS, read.layout.monthly.columns),
  };
  const cells = new Map<string, RawCell>();
  for (const name of ["설정", "목표", "월별실적"]) {
    sheetOf(snapshot, name).rows.forEach((row, r) =>
      (row ?? []).forEach((value, c) => {
        if (!skip[name].has(c)) cells.set(`${name}!${r},${c}`, value);
      })
    );
  }
  return cells;
}

interface Simulated {
  snapshot: WorkbookSnapshot;
  /** The months whose figures had been typed (a typo counts: it was entered). */
  typed: Set<number>;
  lastAsOf: number | null;
}

/** Runs a year's steps; after every Compute, checks the invariants. */
function simulate(department: string, seed: number, steps: readonly Step[]): Simulated {
  let snapshot = startOfYear(department, seed);
  const cellsOf = figureCells(snapshot);
  const typed = new Set<number>();
  let lastAsOf: number | null = null;
  for (const step of steps) {
    if (step.kind === "type" || step.kind === "correct") {
      if (step.kind === "type" && step.skip) continue;
      const sheet = sheetOf(snapshot, "월별실적");
      cellsOf(step.month).forEach(({ row, col }, i) => {
        const value = step.kind === "type" && step.typo && i === 0 ? "많음" : 10 + i + step.month;
        sheet.rows[row][col] = step.kind === "correct" ? (value as number) + 1 : value;
      });
      typed.add(step.month);
      continue;
    }
    const month =
      step.asOf === "blank"
        ? undefined
        : step.asOf === "same"
          ? step.month
          : step.asOf === "ahead"
            ? Math.min(12, step.month + 1)
            : Math.max(1, step.month - 1);
    const before = typedCells(snapshot);
    const outcome = computeWorkbook(snapshot, { computedAt: at(step.month), asOfMonth: month });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const after = applied(outcome.write, snapshot);
    const { evaluation } = outcome;
    lastAsOf = evaluation.asOfMonth;
    const history = readHistory(after);
    const recorded = [...history.months.keys()];
    const enteredBy = (m: number) => [...typed].some((t) => t <= m);
    // 이력: only months that had come (≤ this month) and had figures up to them.
    expect(recorded.filter((m) => m > step.month || !enteredBy(m))).toEqual([]);
    // The year score: the weighted mean of the 6월 and 12월 records, nothing else.
    const scoreOf = (m: number) => {
      const score = history.months.get(m)?.score;
      return typeof score === "number" ? score : null;
    };
    const [six, twelve] = [scoreOf(6), scoreOf(12)];
    const expected = six === null || twelve === null ? null : (six + twelve) / 2;
    const rounded = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
    expect(rounded(outcome.year?.score ?? null)).toBe(rounded(expected));
    // No cell a person typed changed (Compute writes only its own columns there; 계 is the
    // template's live formula, whose cached total follows the figures).
    const now = typedCells(after);
    const changed = [...before].filter(
      ([k, v]) => v !== null && typeof v !== "object" && now.get(k) !== v
    );
    expect(changed).toEqual([]);
    // A 잠정 result says why, in 결과 as everywhere; nothing entered is never a score.
    const mark = resultMark(evaluation.provisional, "ko");
    expect([
      sheetOf(after, "결과").rows[RESULTS_LAYOUT.markRow][1],
      evaluation.provisional === null ? "확정" : mark.startsWith("잠정 (") && mark.endsWith(")"),
      evaluation.provisional?.nothingEntered ? evaluation.department.score : "n/a",
    ]).toEqual([
      mark,
      evaluation.provisional === null ? "확정" : true,
      evaluation.provisional?.nothingEntered ? null : "n/a",
    ]);
    snapshot = after;
  }
  return { snapshot, typed, lastAsOf };
}

describe("a simulated year", () => {
  it("keeps 이력, the year score, the typed cells and every 잠정 honest at every step (property; 60 years)", () => {
    let computes = 0;
    let previews = 0;
    let nothing = 0;
    fc.assert(
      fc.property(yearSteps, fc.nat(50), (steps, seed) => {
        computes += steps.filter((s) => s.kind === "compute").length;
        previews += steps.filter((s) => s.kind === "compute" && s.asOf === "ahead").length;
        nothing +=
          steps.findIndex((s) => s.kind === "type") > steps.findIndex((s) => s.kind === "compute")
            ? 1
            : 0;
        simulate("민원봉사과", seed + 1, steps);
      }),
      { numRuns: 60, seed: 28 }
    );
    // The runs reach what they name: many Computes, previews, a Compute before any figure.
    expect(computes).toBeGreaterThan(60 * 6);
    expect(previews).toBeGreaterThan(60);
    expect(nothing).toBeGreaterThan(10);
  });

  it("then 새해 양식: the new year's first Compute scores nothing and records nothing", () => {
    fc.assert(
      fc.property(yearSteps, fc.nat(50), (steps, seed) => {
        const { snapshot } = simulate("민원봉사과", seed + 1, steps);
        const made = newYearWorkbook(snapshot, YEAR);
        if (!made.ok) throw new Error("new-year failed");
        const next = applied(made.write, snapshot);
        const first = computeWorkbook(next, { computedAt: `${YEAR + 1}-01-05 09:00` });
        if (!first.ok) throw new Error("compute failed");
        const after = applied(first.write, next);
        expect({
          score: first.evaluation.department.score,
          nothing: first.evaluation.provisional?.nothingEntered,
          history: [...readHistory(after).months.keys()],
          year: first.year?.score ?? null,
        }).toEqual({ score: null, nothing: true, history: [], year: null });
      }),
      { numRuns: 15, seed: 2027 }
    );
  });

  it("and the 취합 of departments computed as of different months ranks them all as of one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 12 }), { minLength: 3, maxLength: 5 }),
        (lastMonths) => {
          const departments = lastMonths.map((last, i) => {
            const steps: Step[] = [];
            for (let m = 1; m <= last; m++)
              steps.push({ kind: "type", month: m, typo: false, skip: false });
            steps.push({ kind: "compute", month: last, asOf: "same" });
            return { file: `d${i}.xlsx`, ...simulate(`부서 ${i}`, i + 1, steps) };
          });
          const result = consolidate(
            departments.map((d) => ({ file: d.file, snapshot: d.snapshot })),
            [],
            "ko",
            YEAR
          );
          const months = departments.map((d) => d.lastAsOf as number);
          const counts = new Map<number, number>();
          for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
          const most = Math.max(...counts.values());
          // One 기준월: the month most departments computed (the latest among equals).
          const chosen = Math.max(...months.filter((m) => counts.get(m) === most));
          expect(result.asOfMonth).toBe(chosen);
          expect(
            result.departments.map((d) => [d.asOfMonth, d.flags.includes("otherMonth")])
          ).toEqual(months.map((m) => [chosen, m !== chosen]));
        }
      ),
      { numRuns: 20, seed: 6 }
    );
  });
});
