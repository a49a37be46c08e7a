// The committee's grading against a straightforward reference: integer arithmetic for the grade
// counts, "how many scored strictly higher" for ranks and for the grade a tie group shares.
import fc from "fast-check";
import {
  DEFAULT_GRADING,
  GRADES,
  grade,
  gradeTargets,
  qualitativeScore,
  type DepartmentInput,
  type GradingSettings,
} from "../../../src/core/committee/grading";
import type { Grade } from "../../../src/core/rules/evaluate";

const SHARES: Record<string, Record<Grade, number>> = {
  "20/40/30/10": { S: 20, A: 40, B: 30, C: 10, D: 0 },
  "30/50/20": { S: 30, A: 50, B: 20, C: 0, D: 0 },
};

/** Reference: counts in integers — share × n / 100 rounded half up is ⌊(share × n + 50) / 100⌋. */
function referenceTargets(n: number, shares: Record<Grade, number>): number[] {
  const lastIndex = GRADES.map((g) => shares[g] > 0).lastIndexOf(true);
  const targets: number[] = [];
  let left = n;
  GRADES.forEach((g, i) => {
    const t = i === lastIndex ? left : i > lastIndex ? 0 : Math.floor((shares[g] * n + 50) / 100);
    const clipped = Math.min(t, left);
    targets.push(clipped);
    left -= clipped;
  });
  return targets;
}

/** Reference: the mean, one highest and one lowest left out when there are enough. */
function referenceQualitative(scores: number[], dropFrom: number | null): number | null {
  if (scores.length === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const kept =
    dropFrom !== null && scores.length >= Math.max(dropFrom, 3) ? sorted.slice(1, -1) : sorted;
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
const department = (members: number) =>
  fc.record({
    quantitative: fc.option(fc.double({ min: 40, max: 100, noNaN: true }), { freq: 10 }),
    committee: fc.option(
      fc.record({
        scores: fc.array(score, { minLength: 0, maxLength: members }),
        bonus: fc.constantFrom(0, 0, 0.5, 1, 2),
        deduction: fc.constantFrom(0, 0, 0.5, 1),
      }),
      { freq: 8 }
    ),
  });

const departments = (members: number) =>
  fc
    .array(department(members), { minLength: 1, maxLength: 40 })
    .map((list): DepartmentInput[] =>
      list.map((d, i) => ({ department: `부서 ${String(i + 1).padStart(2, "0")}`, ...d }))
    );

describe("the grade counts", () => {
  it("are each share × n rounded half up, the last graded share taking the rest", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...Object.keys(SHARES)),
        (n, key) => {
          const targets = gradeTargets(n, SHARES[key]).map((t) => t.target);
          expect(targets).toEqual(referenceTargets(n, SHARES[key]));
          expect(targets.reduce((a, b) => a + b, 0)).toBe(n);
        }
      )
    );
  });

  it("shows 17 departments at 20 % as 3.4 → 3", () => {
    const s = gradeTargets(17, SHARES["20/40/30/10"])[0];
    expect([s.exact, s.target]).toEqual([3.4, 3]);
  });
});

describe.each([4, 5, 7])("with %i committee members", (members) => {
  describe.each(Object.keys(SHARES))("shares %s", (key) => {
    const settings: GradingSettings = { ...DEFAULT_GRADING, shares: SHARES[key] };

    it("matches the reference: 정성, 최종점수, ranks, grades and their counts", () => {
      fc.assert(
        fc.property(departments(members), (inputs) => {
          const result = grade(inputs, settings);
          const complete = result.departments.filter((d) => !d.incomplete);
          inputs.forEach((input, i) => {
            const d = result.departments[i];
            const q = input.committee ? referenceQualitative(input.committee.scores, 5) : null;
            const incomplete = q === null || input.quantitative === null;
            const raw = incomplete
              ? null
              : ((input.quantitative as number) * 70 + (q as number) * 30) / 100 +
                (input.committee as { bonus: number }).bonus -
                (input.committee as { deduction: number }).deduction;
            // Compared as data: 정성 to 9 places, the final within half a tenth of the raw
            // score and on a tenth; an incomplete department has
            // neither final, rank nor grade, a complete one all three.
            const near = (value: number | null, want: number | null, within: number) =>
              value === null || want === null ? value === want : Math.abs(value - want) <= within;
            expect({
              incomplete: d.incomplete,
              qualitative: near(d.qualitative, q, 5e-10),
              final: near(d.final, raw, 0.05 + 1e-9),
              onTenth: d.final === null || Math.round(d.final * 10) === d.final * 10,
              blanks: [d.final, d.rank, d.grade].filter((v) => v === null).length,
            }).toEqual({
              incomplete,
              qualitative: true,
              final: true,
              onTenth: true,
              blanks: incomplete ? 3 : 0,
            });
          });
          const targets = referenceTargets(complete.length, SHARES[key]);
          const cumulative = targets.map((_, i) =>
            targets.slice(0, i + 1).reduce((a, b) => a + b, 0)
          );
          for (const d of complete) {
            const higher = complete.filter((o) => (o.final as number) > (d.final as number)).length;
            expect(d.rank).toBe(higher + 1);
            // A tie group takes the grade of its best place.
            expect(d.grade).toBe(GRADES[cumulative.findIndex((c) => higher < c)]);
          }
          // Ranked list: by final, then 정량, then name; incomplete ones last.
          const order = result.ranked.filter((d) => !d.incomplete);
          for (let i = 1; i < order.length; i++) {
            const [a, b] = [order[i - 1], order[i]];
            const ok =
              (a.final as number) > (b.final as number) ||
              (a.final === b.final &&
                ((a.quantitative as number) > (b.quantitative as number) ||
                  (a.quantitative === b.quantitative && a.department < b.department)));
            expect(ok).toBe(true);
          }
          expect(result.ranked.slice(order.length).every((d) => d.incomplete)).toBe(true);
          expect(result.distribution?.map((c) => c.actual)).toEqual(
            GRADES.map((g) => complete.filter((d) => d.grade === g).length)
          );
        }),
        { numRuns: 300 }
      );
    });
  });
});

describe("absolute grading", () => {
  it("grades each final score by the bands", () => {
    fc.assert(
      fc.property(departments(5), (inputs) => {
        const result = grade(inputs, { ...DEFAULT_GRADING, method: "absolute" });
        expect(result.distribution).toBeNull();
        for (const d of result.departments.filter((x) => !x.incomplete)) {
          const f = d.final as number;
          const expected = f >= 95 ? "S" : f >= 90 ? "A" : f >= 85 ? "B" : f >= 80 ? "C" : "D";
          expect(d.grade).toBe(expected);
        }
      })
    );
  });
});

describe("the drop rule", () => {
  it("leaves out one highest and one lowest from 5 scores, not from 4", () => {
    expect(qualitativeScore([60, 80, 80, 80, 100], 5)).toBe(80);
    expect(qualitativeScore([60, 80, 80, 100], 5)).toBe(80);
    expect(qualitativeScore([50, 80, 80, 100], 5)).toBe(77.5);
    expect(qualitativeScore([], 5)).toBeNull();
  });
});
