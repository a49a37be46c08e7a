// 취합: many departments' workbooks, each recomputed from its own inputs and its own settings,
// gathered with the flags a recipient needs to trust them. Evaluating and collecting only: the
// committee's grading is src/core/committee, the sheets written src/core/sheets.
import { label } from "../format/labels";
import { evaluate, type KpiResult, type Provisional, type Status } from "../rules/evaluate";
import { changedSinceCompute, metaValue } from "../format/meta";
import type { Settings } from "../rules/model";
import { isFatal } from "../format/problems";
import { readWorkbook } from "../format/read";
import { STATUS_STYLE, type Lang, type Named } from "../format/schema";
import type { WorkbookSnapshot } from "../format/workbook";
import { describeProblem } from "../format/words";

export type Flag =
  "notComputed" | "changedAfterCompute" | "settingsDiffer" | "otherYear" | "duplicateDepartment";

export interface DepartmentRow {
  file: string;
  department: string;
  year: number;
  score: number | null;
  grade: string | null;
  /** Null when the department's result is final (확정). */
  provisional: Provisional | null;
  counts: Record<Status, number>;
  asOfMonth: number;
  /** As stored by the department's own last Compute; null when never computed. */
  computedAt: string | null;
  flags: Flag[];
  /** The settings that differ from the majority, by label. */
  differingSettings: string[];
  problems: number;
}

/** A KPI row of the 취합_지표 sheet: only what it shows (a department's plan is not kept). */
export interface KpiLine {
  department: string;
  file: string;
  taskNo: string;
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: Status;
  score: number | null;
}

export interface Consolidation {
  departments: DepartmentRow[];
  kpis: KpiLine[];
  /** Files that could not be read or evaluated, with why. */
  skipped: { file: string; reason: string }[];
}

/** Settings that change results; year, names and the as-of month are the department's own. */
const COMPARED_SETTINGS: (keyof Settings)[] = [
  "lowerIsBetterFormula",
  "scoreCap",
  "kpiShare",
  "executionShare",
  "exceededFrom",
  "onTrackFrom",
  "atRiskFrom",
  "gradeS",
  "gradeA",
  "gradeB",
  "gradeC",
];

/** The value most of `values` have (the first seen among equals). */
export function majority<T>(values: T[]): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.value;
}

const emptyCounts = (): Record<Status, number> =>
  Object.fromEntries(Object.keys(STATUS_STYLE).map((s) => [s, 0])) as Record<Status, number>;

/** A department's workbook evaluated: only what the summary keeps (plain data, so it can be
 * evaluated in another thread and sent back). */
export interface Evaluated {
  file: string;
  settings: Settings;
  row: DepartmentRow;
  kpis: KpiLine[];
}

/** A workbook that could not be used, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

const kpiLine = (department: string, file: string, result: KpiResult): KpiLine => ({
  department,
  file,
  taskNo: result.kpi.taskNo,
  name: result.kpi.name,
  unit: result.kpi.unit,
  target: result.kpi.target,
  actual: result.actual,
  achievement: result.achievement,
  status: result.status,
  score: result.score,
});

/** One department's workbook evaluated with its own settings (nothing is written back). */
export function evaluateDepartment(
  file: string,
  snapshot: WorkbookSnapshot,
  lang: Lang,
  thisYear: number
): Evaluated | Skipped {
  const read = readWorkbook(snapshot, thisYear);
  if (!read.ok) {
    const fatal = read.problems.filter(isFatal).map((p) => describeProblem(p, lang));
    return { file, reason: fatal.join("; ") };
  }
  const evaluation = evaluate(read.plan);
  const counts = emptyCounts();
  for (const k of evaluation.kpis) counts[k.status]++;
  const computedAt = metaValue(snapshot, "computedAt");
  const flags: Flag[] = [];
  if (computedAt === null) flags.push("notComputed");
  else if (changedSinceCompute(snapshot, read.layout)) flags.push("changedAfterCompute");
  return {
    file,
    settings: evaluation.settings,
    kpis: evaluation.kpis.map((k) => kpiLine(evaluation.settings.department, file, k)),
    row: {
      file,
      department: evaluation.settings.department,
      year: evaluation.settings.year,
      score: evaluation.department.score,
      grade: evaluation.department.grade,
      provisional: evaluation.provisional,
      counts,
      asOfMonth: evaluation.asOfMonth,
      computedAt: typeof computedAt === "string" ? computedAt : null,
      flags,
      differingSettings: [],
      problems: read.problems.length,
    },
  };
}

/**
 * 취합 one workbook at a time: each is read and evaluated as it is added and only its results are
 * kept, so hundreds of workbooks never sit in memory together.
 */
export class Consolidator {
  private readonly evaluated: Evaluated[] = [];
  private readonly skipped: Skipped[] = [];

  /** `thisYear`: the year a workbook without 연도 is taken for (the caller's clock). */
  constructor(
    private readonly lang: Lang,
    private readonly thisYear: number
  ) {}

  /** A file that could not be read at all, and why. */
  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
  }

  /** A department's workbook: evaluated with its own settings (nothing is written back). */
  add(file: string, snapshot: WorkbookSnapshot): void {
    this.include(evaluateDepartment(file, snapshot, this.lang, this.thisYear));
  }

  /** A workbook evaluated elsewhere (evaluateDepartment), in the order the files were given. */
  include(entry: Evaluated | Skipped): void {
    if ("reason" in entry) this.skipped.push(entry);
    else this.evaluated.push(entry);
  }

  /** The summary: flags that need every department (settings and year of the majority, twins). */
  finish(): Consolidation {
    const evaluated = this.evaluated;
    const commonSettings = majority(
      evaluated.map((e) => COMPARED_SETTINGS.map((k) => e.settings[k]))
    );
    const commonYear = majority(evaluated.map((e) => e.settings.year));
    const departmentCounts = new Map<string, number>();
    for (const e of evaluated)
      departmentCounts.set(e.row.department, (departmentCounts.get(e.row.department) ?? 0) + 1);
    for (const e of evaluated) {
      const differing = COMPARED_SETTINGS.filter(
        (k, i) => commonSettings && e.settings[k] !== commonSettings[i]
      );
      if (differing.length) {
        e.row.flags.push("settingsDiffer");
        e.row.differingSettings = differing;
      }
      if (e.settings.year !== commonYear) e.row.flags.push("otherYear");
      if ((departmentCounts.get(e.row.department) ?? 0) > 1)
        e.row.flags.push("duplicateDepartment");
    }
    return {
      departments: evaluated.map((e) => e.row),
      kpis: evaluated.flatMap((e) => e.kpis),
      skipped: [...this.skipped],
    };
  }
}

/** 취합 of workbooks already read (and of the files that could not be). */
export function consolidate(
  files: { file: string; snapshot: WorkbookSnapshot }[],
  unreadable: { file: string; reason: string }[],
  lang: Lang,
  thisYear: number
): Consolidation {
  const consolidator = new Consolidator(lang, thisYear);
  for (const { file, reason } of unreadable) consolidator.skip(file, reason);
  for (const { file, snapshot } of files) consolidator.add(file, snapshot);
  return consolidator.finish();
}

export const FLAG_WORDS: Record<Flag, Named> = {
  notComputed: label("neverComputed"),
  changedAfterCompute: label("changedAfterCompute"),
  settingsDiffer: label("settingsDifferFromMost"),
  otherYear: label("anotherYear"),
  duplicateDepartment: label("sameDepartmentTwice"),
};
