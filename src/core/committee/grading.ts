// The committee's final grading (PRODUCT.md, "The committee and the final grading"): per
// department 정량 (its score as computed), 정성 (the mean of the committee's scores after the drop
// rule), 최종점수, 순위 and 최종등급 — relative (the ranked list cut by the grade shares) or
// absolute (the grade bands). Pure: numbers in, numbers out.
import { gradeInBands, type GradeBands, type Grade } from "../rules/evaluate";

export const GRADES: readonly Grade[] = ["S", "A", "B", "C", "D"];

export interface GradingSettings {
  quantitativeShare: number;
  qualitativeShare: number;
  /** Drop one highest and one lowest committee score when there are at least this many. */
  dropFrom: number | null;
  method: "relative" | "absolute";
  /** Percent of the departments per grade, S … D (relative). */
  shares: Record<Grade, number>;
  /** Lowest final score of each grade S … C (absolute); below C: D. */
  bands: GradeBands;
}

export const DEFAULT_GRADING: GradingSettings = {
  quantitativeShare: 70,
  qualitativeShare: 30,
  dropFrom: 5,
  method: "relative",
  shares: { S: 20, A: 40, B: 30, C: 10, D: 0 },
  bands: { S: 95, A: 90, B: 85, C: 80 },
};

export interface CommitteeEntry {
  /** Committee members' scores, blanks left out. */
  scores: number[];
  bonus: number;
  deduction: number;
}

export interface DepartmentInput {
  department: string;
  /** The department's score as computed, unrounded; null when it has none. */
  quantitative: number | null;
  committee: CommitteeEntry | null;
}

export interface GradedDepartment {
  department: string;
  quantitative: number | null;
  /** Null: no committee score at all. */
  qualitative: number | null;
  /** Rounded to one decimal, as compared and shown; null when incomplete. */
  final: number | null;
  rank: number | null;
  grade: Grade | null;
  /** No committee score, or no department score: not ranked, not graded. */
  incomplete: boolean;
}

export interface GradeCount {
  grade: Grade;
  /** The grade's share in percent. */
  share: number;
  /** share × n / 100, before rounding. */
  exact: number;
  /** The count the distribution sets (rounded half up; the last graded share takes the rest). */
  target: number;
  /** Departments that got the grade (ties get the better grade, so this can pass the target). */
  actual: number;
}

export interface Grading {
  departments: GradedDepartment[];
  /** In rank order: complete departments first (by 최종점수, 정량, name), then incomplete ones. */
  ranked: GradedDepartment[];
  /** Relative grading only. */
  distribution: GradeCount[] | null;
  complete: number;
}

/** Half up to one decimal, without binary noise (89.65 → 89.7). */
export const roundScore = (value: number) => Math.round(Number((value * 10).toFixed(6))) / 10;
const roundHalfUp = (value: number) => Math.floor(Number(value.toFixed(9)) + 0.5);

/** The committee's score: the mean after the drop rule; null without any score. */
export function qualitativeScore(
  scores: readonly number[],
  dropFrom: number | null
): number | null {
  if (scores.length === 0) return null;
  let kept = [...scores];
  if (dropFrom !== null && scores.length >= dropFrom && scores.length >= 3) {
    kept = [...scores].sort((a, b) => a - b).slice(1, -1);
  }
  return kept.reduce((sum, s) => sum + s, 0) / kept.length;
}

/** Each grade's count for n departments: share × n rounded half up; the last graded share takes the rest. */
export function gradeTargets(n: number, shares: Record<Grade, number>): GradeCount[] {
  const last = [...GRADES].reverse().find((g) => shares[g] > 0);
  let given = 0;
  return GRADES.map((grade) => {
    const exact = (shares[grade] * n) / 100;
    let target = grade === last ? n - given : roundHalfUp(exact);
    target = Math.max(0, Math.min(target, n - given));
    given += target;
    return { grade, share: shares[grade], exact, target, actual: 0 };
  });
}

export function grade(inputs: readonly DepartmentInput[], settings: GradingSettings): Grading {
  const weights = settings.quantitativeShare + settings.qualitativeShare;
  const departments: GradedDepartment[] = inputs.map((input) => {
    const qualitative = input.committee
      ? qualitativeScore(input.committee.scores, settings.dropFrom)
      : null;
    const complete = qualitative !== null && input.quantitative !== null && weights > 0;
    const final = complete
      ? roundScore(
          ((input.quantitative as number) * settings.quantitativeShare +
            (qualitative as number) * settings.qualitativeShare) /
            weights +
            (input.committee?.bonus ?? 0) -
            (input.committee?.deduction ?? 0)
        )
      : null;
    return {
      department: input.department,
      quantitative: input.quantitative,
      qualitative,
      final,
      rank: null,
      grade: null,
      incomplete: !complete,
    };
  });
  const complete = departments.filter((d) => !d.incomplete);
  complete.sort(
    (a, b) =>
      (b.final as number) - (a.final as number) ||
      (b.quantitative as number) - (a.quantitative as number) ||
      a.department.localeCompare(b.department, "ko")
  );
  complete.forEach((d) => {
    d.rank = 1 + complete.filter((o) => (o.final as number) > (d.final as number)).length;
  });
  let distribution: GradeCount[] | null = null;
  if (settings.method === "relative") {
    distribution = gradeTargets(complete.length, settings.shares);
    let at = 0;
    for (const count of distribution) {
      for (let i = 0; i < count.target; i++) complete[at++].grade = count.grade;
    }
    // Equal 최종점수, the same grade: the better one the group reached.
    for (const d of complete) {
      const best = complete.find((o) => o.final === d.final) as GradedDepartment;
      d.grade = best.grade;
    }
    for (const count of distribution) {
      count.actual = complete.filter((d) => d.grade === count.grade).length;
    }
  } else {
    for (const d of complete) d.grade = gradeInBands(d.final as number, settings.bands);
  }
  const incomplete = departments.filter((d) => d.incomplete);
  return {
    departments,
    ranked: [...complete, ...incomplete],
    distribution,
    complete: complete.length,
  };
}
