// The plan as the evaluation sees it: plain data, already read from the sheets. Figures that
// could not be read are carried as `bad` (with where they are) so the KPI or activity they belong
// to can be marked 오류 while the rest still computes.

export type IndicatorType = "cumulative" | "latest" | "average" | "ratio";
export type Direction = "higher" | "lower";
export type LowerIsBetterFormula = "targetOverActual" | "twoMinusActualOverTarget";

/** 유형 of a 월별실적 row. */
export type MonthlyKind = "kpi" | "numerator" | "denominator" | "activity" | "spending";
/** 구분 of a 월별실적 row. */
export type MonthlyRowKind = "plan" | "actual";

/** Twelve months, January first; null where nothing was entered. */
export type MonthlyFigures = readonly (number | null)[];

export interface Settings {
  year: number;
  department: string;
  mission: string;
  /** 1–12, or null: the latest month that has any 실적 entered. */
  asOfMonth: number | null;
  lowerIsBetterFormula: LowerIsBetterFormula;
  /** A KPI's score never exceeds scoreCap × 100 (1 = 100%). */
  scoreCap: number;
  kpiShare: number;
  executionShare: number;
  /** Pace ratios at which a status begins (1.2 = 120%). */
  exceededFrom: number;
  onTrackFrom: number;
  atRiskFrom: number;
  /** Scores at which a grade begins; below gradeC: D. */
  gradeS: number;
  gradeA: number;
  gradeB: number;
  gradeC: number;
  /** Weights of the as-of-June and as-of-December scores in the year score; both or neither. */
  firstHalfShare: number | null;
  secondHalfShare: number | null;
  /** 결재란 headings ("담당, 팀장, 과장"); blank: no box. */
  approvalRoles: string;
}

export interface Kpi {
  /** Where the KPI's row is, for messages and for writing its results. */
  id: string;
  strategicGoal: string;
  performanceGoal: string;
  taskNo: string;
  task: string;
  name: string;
  unit: string;
  type: IndicatorType;
  direction: Direction;
  /** null when blank or unreadable (then `targetBad` says why it is an error). */
  target: number | null;
  previous: number | null;
  /** Blank = 1. */
  weight: number;
  budget: number;
  /** Monthly targets (계획 row of 유형 지표), when the plan has one. */
  plan: MonthlyFigures | null;
  /** 실적 of 유형 지표 (cumulative, latest, average KPIs). */
  actual: MonthlyFigures | null;
  /** 분자 / 분모 실적 (ratio KPIs). */
  numerator: MonthlyFigures | null;
  denominator: MonthlyFigures | null;
  /** A bad target, or a bad cell in any month of the KPI's rows: the KPI is 오류. */
  hasError: boolean;
}

export interface Activity {
  id: string;
  taskNo: string;
  name: string;
  plan: MonthlyFigures;
  actual: MonthlyFigures;
  hasError: boolean;
}

export interface Spending {
  taskNo: string;
  actual: MonthlyFigures;
}

export interface Plan {
  settings: Settings;
  kpis: readonly Kpi[];
  activities: readonly Activity[];
  spending: readonly Spending[];
  /**
   * Months (1–12) in which some 실적 row holds a cell that was typed but could not be read: they
   * count as entered when the as-of month is the latest month with an entry.
   */
  unreadableActualMonths: readonly number[];
}

export const DEFAULT_SETTINGS: Omit<Settings, "year" | "department" | "mission"> = {
  asOfMonth: null,
  lowerIsBetterFormula: "targetOverActual",
  scoreCap: 1,
  kpiShare: 70,
  executionShare: 30,
  exceededFrom: 1.2,
  onTrackFrom: 1,
  atRiskFrom: 0.9,
  gradeS: 95,
  gradeA: 90,
  gradeB: 85,
  gradeC: 80,
  firstHalfShare: null,
  secondHalfShare: null,
  approvalRoles: "",
};
