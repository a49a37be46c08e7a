// The evaluation rules of PRODUCT.md ("The evaluation rules"), on plain data. Every number used
// here comes from Settings; nothing reads a sheet.
import type { Activity, Kpi, MonthlyFigures, Plan, Settings } from "./model";

export type Status =
  "exceeded" | "achieved" | "onTrack" | "atRisk" | "behind" | "noData" | "notDue" | "error";

export type Grade = "S" | "A" | "B" | "C" | "D";

export interface KpiResult {
  kpi: Kpi;
  actual: number | null;
  /** Against the full-year target (e = 1). */
  achievement: number | null;
  /** Against what was expected by the as-of month (진도율). */
  pace: number | null;
  status: Status;
  score: number | null;
}

export interface ActivityResult {
  activity: Activity;
  plannedToDate: number;
  doneToDate: number;
  /** min(done / planned, 1); 0 when the activity is 오류; null when nothing is planned up to M. */
  execution: number | null;
  status: Status;
}

export interface TaskResult {
  taskNo: string;
  task: string;
  performanceGoal: string;
  weight: number;
  /** Weight-averaged score of the task's scored KPIs (K). */
  kpiScore: number | null;
  /** Plain mean execution of the task's planned activities (X, 0–1). */
  execution: number | null;
  score: number | null;
  grade: Grade | null;
  budget: number;
  spentToDate: number | null;
  spendingRate: number | null;
}

export interface GroupResult {
  name: string;
  score: number | null;
  grade: Grade | null;
}

/**
 * Why a result is not final yet: KPIs and activities that are 오류, (before the year end) KPIs
 * that are 미입력, a month that has not come (a preview), or nothing entered at all up to the
 * as-of month (no score). Null when the result is final (확정).
 */
export interface Provisional {
  errors: number;
  noData: number;
  /** The as-of month had not begun at 계산일시: a preview, which 이력 does not record. */
  preview: boolean;
  /** No 실적 entered up to the as-of month: nothing to evaluate, no score, nothing recorded. */
  nothingEntered: boolean;
}

export interface EvaluateOptions {
  /**
   * How many months of the plan year had begun at 계산일시 (rules/time.ts monthsBegun): a blank
   * 평가기준월 with nothing entered means the current month, and a later as-of month is a preview.
   * Without it every month has come (12).
   */
  monthsBegun?: number;
}

export interface Evaluation {
  settings: Settings;
  asOfMonth: number;
  provisional: Provisional | null;
  kpis: KpiResult[];
  activities: ActivityResult[];
  tasks: TaskResult[];
  performanceGoals: GroupResult[];
  department: GroupResult;
}

/**
 * Ratios are compared with the bands after rounding away floating-point noise, so that 110.4 / 92
 * (1.2000000000000002) and 1.2 land in the same band, as they do on paper.
 */
const ratio = (value: number) => Math.round(value * 1e9) / 1e9;

const upTo = (figures: MonthlyFigures | null, month: number) =>
  (figures ?? []).slice(0, month).filter((v): v is number => v !== null);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** How many KPIs have each status, in the order the statuses first appear (as the panes show them). */
export function statusCounts(kpis: readonly KpiResult[]): { status: Status; count: number }[] {
  const counts = new Map<Status, number>();
  for (const k of kpis) counts.set(k.status, (counts.get(k.status) ?? 0) + 1);
  return Array.from(counts, ([status, count]) => ({ status, count }));
}

/**
 * The as-of month: the setting, else the latest month with any 실적 entered, else — nothing
 * entered — the current month of the plan year (never 12월 by default: a new year's first Compute
 * would score every KPI 0). A cell typed but unreadable counts as entered: a typo in July must not
 * move the evaluation back to June.
 */
export function asOfMonthOf(plan: Plan, monthsBegun = 12): number {
  if (plan.settings.asOfMonth !== null) return plan.settings.asOfMonth;
  return lastMonthEntered(plan) || Math.max(1, monthsBegun);
}

/** The last month in which any 실적 (a KPI's, an activity's, a budget's) was typed; 0 when none. */
function lastMonthEntered(plan: Plan, upTo = 12): number {
  const actualRows = [
    ...plan.kpis.flatMap((k) => [k.actual, k.numerator, k.denominator]),
    ...plan.activities.map((a) => a.actual),
    ...plan.spending.map((s) => s.actual),
  ].map((row) => row && row.slice(0, upTo));
  const unreadable = plan.unreadableActualMonths.filter((m) => m <= upTo);
  return Math.max(lastMonthWithFigures(actualRows), ...unreadable);
}

/** The last month (1–12) in which any of `rows` holds a figure; 0 when none does. */
export function lastMonthWithFigures(rows: readonly (MonthlyFigures | null)[]): number {
  let latest = 0;
  for (const row of rows) {
    row?.forEach((value, index) => {
      if (value !== null) latest = Math.max(latest, index + 1);
    });
  }
  return latest;
}

export function kpiActual(kpi: Kpi, month: number): number | null {
  if (kpi.type === "ratio") {
    const numerator = upTo(kpi.numerator, month);
    const denominator = sum(upTo(kpi.denominator, month));
    return denominator > 0 ? sum(numerator) / denominator : null;
  }
  const values = upTo(kpi.actual, month);
  if (values.length === 0) return null;
  if (kpi.type === "cumulative") return sum(values);
  if (kpi.type === "latest") return values[values.length - 1];
  return sum(values) / values.length;
}

/** The share of the year's target expected by month M (e). */
function expectedShare(kpi: Kpi, month: number): number {
  if (kpi.type !== "cumulative") return 1;
  const planTotal = sum(upTo(kpi.plan, 12));
  return planTotal > 0 ? sum(upTo(kpi.plan, month)) / planTotal : month / 12;
}

/** Actual against target × share, by direction and formula. Null when it cannot be formed. */
function paceRatio(kpi: Kpi, actual: number, share: number, settings: Settings): number | null {
  const target = kpi.target;
  if (target === null) return null;
  if (kpi.direction === "higher") {
    return target > 0 && share > 0 ? actual / (target * share) : null;
  }
  // Lower is better. Target 0 (사고 0건): met only by 0.
  if (target === 0) return actual === 0 ? 2 : 0;
  if (actual === 0) return 2;
  const expected = target * share;
  if (expected <= 0) return null;
  return settings.lowerIsBetterFormula === "targetOverActual"
    ? expected / actual
    : 2 - actual / expected;
}

export function statusFromRatio(value: number, month: number, settings: Settings): Status {
  const p = ratio(value);
  if (p >= settings.exceededFrom) return "exceeded";
  if (p >= settings.onTrackFrom) return month === 12 ? "achieved" : "onTrack";
  if (p >= settings.atRiskFrom) return "atRisk";
  return "behind";
}

const targetIsValid = (kpi: Kpi) =>
  kpi.target !== null && (kpi.direction === "lower" ? kpi.target >= 0 : kpi.target > 0);

/**
 * One KPI as of month M. An error never raises a score and a missing figure never raises a
 * year-end score: 오류 scores 0; 미입력 scores 0 at M = 12 and has no score before (the result is
 * then 잠정); 미도래 has no score.
 */
export function evaluateKpi(kpi: Kpi, month: number, settings: Settings): KpiResult {
  const empty = { kpi, actual: null, achievement: null, pace: null, score: null };
  if (kpi.hasError || !targetIsValid(kpi)) return { ...empty, status: "error", score: 0 };
  const actual = kpiActual(kpi, month);
  const achievement = actual === null ? null : paceRatio(kpi, actual, 1, settings);
  const share = expectedShare(kpi, month);
  if (share === 0) return { ...empty, actual, achievement, status: "notDue" };
  if (actual === null) return { ...empty, status: "noData", score: month === 12 ? 0 : null };
  const pace = paceRatio(kpi, actual, share, settings);
  if (pace === null) return { ...empty, actual, achievement, status: "error", score: 0 };
  const score = Math.max(0, Math.min(pace, settings.scoreCap)) * 100;
  return { kpi, actual, achievement, pace, status: statusFromRatio(pace, month, settings), score };
}

export function evaluateActivity(
  activity: Activity,
  month: number,
  settings: Settings
): ActivityResult {
  const plannedToDate = sum(upTo(activity.plan, month));
  const doneToDate = sum(upTo(activity.actual, month));
  const base = { activity, plannedToDate, doneToDate };
  // A bad cell counts as nothing done: x = 0 (left out, it would let a typo raise the task).
  if (activity.hasError) return { ...base, execution: 0, status: "error" };
  if (plannedToDate <= 0) return { ...base, execution: null, status: "notDue" };
  const execution = Math.min(doneToDate / plannedToDate, 1);
  return { ...base, execution, status: statusFromRatio(execution, month, settings) };
}

/** The lowest score of each grade above D. */
export type GradeBands = Record<Exclude<Grade, "D">, number>;

/** The S–D ladder: the first grade whose lowest score the score reaches. */
export function gradeInBands(score: number, bands: GradeBands): Grade {
  if (score >= bands.S) return "S";
  if (score >= bands.A) return "A";
  if (score >= bands.B) return "B";
  if (score >= bands.C) return "C";
  return "D";
}

/** Grade of a score as the user sees it: rounded to one decimal first. */
export function gradeOf(score: number | null, settings: Settings): Grade | null {
  if (score === null) return null;
  const bands = { S: settings.gradeS, A: settings.gradeA, B: settings.gradeB, C: settings.gradeC };
  return gradeInBands(Math.round(score * 10) / 10, bands);
}

function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  const totalWeight = sum(items.map((i) => i.weight));
  return totalWeight > 0 ? sum(items.map((i) => i.value * i.weight)) / totalWeight : null;
}

function taskScore(kpiScore: number | null, execution: number | null, settings: Settings) {
  if (kpiScore !== null && execution !== null) {
    const shares = settings.kpiShare + settings.executionShare;
    return shares > 0
      ? (settings.kpiShare * kpiScore + settings.executionShare * 100 * execution) / shares
      : null;
  }
  if (kpiScore !== null) return kpiScore;
  if (execution !== null) return 100 * execution;
  return null;
}

function groupScore(name: string, tasks: readonly TaskResult[], settings: Settings): GroupResult {
  const score = weightedMean(
    tasks
      .filter((t) => t.score !== null)
      .map((t) => ({ value: t.score as number, weight: t.weight }))
  );
  return { name, score, grade: gradeOf(score, settings) };
}

function provisionalOf(
  kpis: readonly KpiResult[],
  activities: readonly ActivityResult[],
  month: number,
  reasons: { preview: boolean; nothingEntered: boolean }
): Provisional | null {
  const errors = [...kpis, ...activities].filter((r) => r.status === "error").length;
  const noData = month < 12 ? kpis.filter((r) => r.status === "noData").length : 0;
  return errors + noData > 0 || reasons.preview || reasons.nothingEntered
    ? { errors, noData, ...reasons }
    : null;
}

/**
 * Whether a part of the result — a task's or a 성과목표's KPIs and activities — is 잠정, and why:
 * its own 오류 and (before the year end) 미입력, and the whole result's preview or nothing
 * entered. A task whose only KPI is 미입력 scores its activities alone (100.0 S): never shown
 * without this beside it (PRODUCT.md "Nothing to evaluate yet").
 */
export function partProvisional(
  evaluation: Evaluation,
  kpis: readonly KpiResult[],
  activities: readonly ActivityResult[] = []
): Provisional | null {
  const whole = evaluation.provisional;
  return provisionalOf(kpis, activities, evaluation.asOfMonth, {
    preview: whole?.preview ?? false,
    nothingEntered: whole?.nothingEntered ?? false,
  });
}

/** Distinct values in first-seen order. */
const distinct = (values: readonly string[]) => [...new Set(values)];

/** Items grouped by their task, in their order: one pass, not one per task (500 tasks). */
function byTask<T>(items: readonly T[], taskOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(taskOf(item));
    if (group) group.push(item);
    else groups.set(taskOf(item), [item]);
  }
  return groups;
}

export function evaluate(plan: Plan, options: EvaluateOptions = {}): Evaluation {
  const settings = plan.settings;
  const begun = options.monthsBegun ?? 12;
  const month = asOfMonthOf(plan, begun);
  const nothingEntered = lastMonthEntered(plan, month) === 0;
  const evaluated = plan.kpis.map((kpi) => evaluateKpi(kpi, month, settings));
  // Nothing entered: no score anywhere (a 미입력 KPI would score 0 as of 12월, an activity planned
  // and not yet reported 0 %), only the statuses.
  const kpis = nothingEntered ? evaluated.map((k) => ({ ...k, score: null })) : evaluated;
  const activities = plan.activities.map((a) => evaluateActivity(a, month, settings));

  const kpisOf = byTask(kpis, (r) => r.kpi.taskNo);
  const activitiesOf = byTask(activities, (a) => a.activity.taskNo);
  const spendingOf = byTask(plan.spending, (s) => s.taskNo);
  const tasks = distinct(plan.kpis.map((k) => k.taskNo)).map((taskNo): TaskResult => {
    const own = kpisOf.get(taskNo) ?? [];
    const first = own[0].kpi;
    const kpiScore = weightedMean(
      own
        .filter((r) => r.score !== null)
        .map((r) => ({ value: r.score as number, weight: r.kpi.weight }))
    );
    const executions = (activitiesOf.get(taskNo) ?? [])
      .filter((a) => a.execution !== null)
      .map((a) => a.execution as number);
    const execution = executions.length > 0 ? sum(executions) / executions.length : null;
    const score = nothingEntered ? null : taskScore(kpiScore, execution, settings);
    const budget = sum(own.map((r) => r.kpi.budget));
    const spendingRows = spendingOf.get(taskNo) ?? [];
    const spent =
      spendingRows.length > 0 ? sum(spendingRows.flatMap((s) => upTo(s.actual, month))) : null;
    return {
      taskNo,
      task: first.task,
      performanceGoal: first.performanceGoal,
      weight: sum(own.map((r) => r.kpi.weight)),
      kpiScore,
      execution,
      score,
      grade: gradeOf(score, settings),
      budget,
      spentToDate: spent,
      spendingRate: spent !== null && budget > 0 ? spent / budget : null,
    };
  });

  const performanceGoals = distinct(tasks.map((t) => t.performanceGoal)).map((name) =>
    groupScore(
      name,
      tasks.filter((t) => t.performanceGoal === name),
      settings
    )
  );
  return {
    settings,
    asOfMonth: month,
    provisional: provisionalOf(kpis, activities, month, {
      preview: month > begun,
      nothingEntered,
    }),
    kpis,
    activities,
    tasks,
    performanceGoals,
    department: groupScore(settings.department, tasks, settings),
  };
}
