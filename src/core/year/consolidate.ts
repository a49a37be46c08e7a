// 취합: many departments' workbooks, each recomputed from its own inputs and its own settings as
// of one month — the 취합's 기준월 — and gathered with the flags a recipient needs to trust them.
// Reading and collecting only: the committee's grading is src/core/committee, the sheets written
// src/core/sheets.
import { shownAs } from "../rules/shown";
import { NUMBER_FORMATS } from "../format/styles";
import { label } from "../format/labels";
import {
  asOfMonthOf,
  evaluate,
  type KpiResult,
  type Provisional,
  type Status,
} from "../rules/evaluate";
import { changedSinceCompute, metaValue } from "../format/meta";
import type { Plan, Settings } from "../rules/model";
import { isFatal } from "../format/problems";
import { readWorkbook } from "../format/read";
import { STATUS_STYLE, type Lang, type Named } from "../format/schema";
import type { WorkbookSnapshot } from "../format/workbook";
import { describeProblem } from "../format/words";
import { format, messagesFor } from "../../i18n";
import { findSheet, plainValue } from "../format/read";
import { SHEETS } from "../format/schema";
import { RESULTS_LAYOUT } from "../sheets/resultsLayout";

export type Flag =
  | "notComputed"
  | "changedAfterCompute"
  | "settingsDiffer"
  | "otherYear"
  | "duplicateDepartment"
  | "otherMonth"
  | "scoreDiffers";

export interface DepartmentRow {
  file: string;
  department: string;
  year: number;
  score: number | null;
  grade: string | null;
  /** Null when the department's result is final (확정). */
  provisional: Provisional | null;
  counts: Record<Status, number>;
  /** The 취합's 기준월: every department is recomputed as of it. */
  asOfMonth: number;
  /** The month and the score of the department's own last Compute (결과); null when never computed. */
  ownMonth: number | null;
  ownScore: number | null;
  /** As stored by the department's own last Compute; null when never computed. */
  computedAt: string | null;
  flags: Flag[];
  /** The settings that differ from the majority, by label. */
  differingSettings: string[];
  /** Other files of the same department, left out (this one was computed last). */
  duplicateFiles: string[];
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
  /** The 취합's 기준월, and whether 취합설정 set it or most departments' own Computes used it. */
  asOfMonth: number;
  asOfMonthFrom: "setting" | "departments";
  /** One row a department (a department in several files: the one computed last). */
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

/**
 * A department's workbook read: its plan and what its own last Compute showed (plain data, so it
 * can be read in another thread and sent back). It is evaluated when every department is in, as
 * of the 취합's 기준월, which depends on them all.
 */
export interface Evaluated {
  file: string;
  plan: Plan;
  ownMonth: number | null;
  ownScore: number | null;
  computedAt: string | null;
  flags: Flag[];
  problems: number;
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

/** 결과's 종합점수 as the department's last Compute wrote it; null when there is none. */
function ownScoreOf(snapshot: WorkbookSnapshot): number | null {
  const results = findSheet(snapshot, SHEETS.results);
  const value = plainValue(results?.rows[RESULTS_LAYOUT.summaryRow]?.[1] ?? null);
  return typeof value === "number" ? value : null;
}

/** One department's workbook read for the 취합 (nothing is written back). */
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
  const computedAt = metaValue(snapshot, "computedAt");
  const ownMonth = metaValue(snapshot, "asOfMonth");
  const flags: Flag[] = [];
  if (computedAt === null) flags.push("notComputed");
  else if (changedSinceCompute(snapshot, read.layout)) flags.push("changedAfterCompute");
  return {
    file,
    plan: read.plan,
    ownMonth: computedAt !== null && typeof ownMonth === "number" ? ownMonth : null,
    ownScore: computedAt !== null ? ownScoreOf(snapshot) : null,
    computedAt: typeof computedAt === "string" ? computedAt : null,
    flags,
    problems: read.problems.length,
  };
}

/** A department evaluated as of the 취합's month, with its flags. */
function departmentAt(entry: Evaluated, month: number): { row: DepartmentRow; kpis: KpiLine[] } {
  const plan = { ...entry.plan, settings: { ...entry.plan.settings, asOfMonth: month } };
  const evaluation = evaluate(plan);
  const counts = emptyCounts();
  for (const k of evaluation.kpis) counts[k.status]++;
  const flags = [...entry.flags];
  if (entry.ownMonth !== null && entry.ownMonth !== month) flags.push("otherMonth");
  else if (
    entry.ownScore !== null &&
    // Compared as 결과 shows a score (one decimal).
    shownAs(entry.ownScore, NUMBER_FORMATS.score) !==
      shownAs(evaluation.department.score, NUMBER_FORMATS.score)
  )
    flags.push("scoreDiffers");
  const department = evaluation.settings.department;
  return {
    kpis: evaluation.kpis.map((k) => kpiLine(department, entry.file, k)),
    row: {
      file: entry.file,
      department,
      year: evaluation.settings.year,
      score: evaluation.department.score,
      grade: evaluation.department.grade,
      provisional: evaluation.provisional,
      counts,
      asOfMonth: month,
      ownMonth: entry.ownMonth,
      ownScore: entry.ownScore,
      computedAt: entry.computedAt,
      flags,
      differingSettings: [],
      duplicateFiles: [],
      problems: entry.problems,
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

  /**
   * The summary, every department recomputed as of one month: `asOfMonth` (취합설정's 기준월), or
   * blank, the month most departments' own last Computes used (결과's 기준월, which the pane's
   * month choice and --as-of set); with none computed, the month most would compute as by
   * themselves. Then the flags that need every department: settings and year of the majority, a
   * department in several files (the one computed last is kept, the others named on it).
   */
  finish(asOfMonth: number | null = null): Consolidation {
    const kept = latestOfEachDepartment(this.evaluated);
    const ownMonths = kept.map((k) => k.entry.ownMonth).filter((m): m is number => m !== null);
    const month =
      asOfMonth ??
      mostCommonMonth(ownMonths) ??
      mostCommonMonth(kept.map((k) => asOfMonthOf(k.entry.plan))) ??
      12;
    const departments = kept.map((k) => {
      const department = { ...departmentAt(k.entry, month), settings: k.entry.plan.settings };
      if (k.others.length) {
        department.row.flags.push("duplicateDepartment");
        department.row.duplicateFiles = k.others;
      }
      return department;
    });
    const commonSettings = majority(
      departments.map((d) => COMPARED_SETTINGS.map((k) => d.settings[k]))
    );
    const commonYear = majority(departments.map((d) => d.row.year));
    for (const { row, settings } of departments) {
      const differing = COMPARED_SETTINGS.filter(
        (k, i) => commonSettings && settings[k] !== commonSettings[i]
      );
      if (differing.length) {
        row.flags.push("settingsDiffer");
        row.differingSettings = differing;
      }
      if (row.year !== commonYear) row.flags.push("otherYear");
    }
    return {
      asOfMonth: month,
      asOfMonthFrom: asOfMonth === null ? "departments" : "setting",
      departments: departments.map((d) => d.row),
      kpis: departments.flatMap((d) => d.kpis),
      skipped: [...this.skipped],
    };
  }
}

/**
 * The month most of `months` are; among equally common months the latest (the order the files
 * were picked in must not choose the 취합's month): `majority` of them latest first, which keeps
 * the first seen among equals. Undefined for none.
 */
const mostCommonMonth = (months: readonly number[]) => majority([...months].sort((a, b) => b - a));

/**
 * One entry a department, in the order the files were given (at the first file's place): the one
 * computed last (a later 계산일시; among equals, the later file), and the other files' names.
 */
function latestOfEachDepartment(entries: readonly Evaluated[]) {
  const byName = new Map<string, { entry: Evaluated; others: string[] }>();
  for (const entry of entries) {
    const name = entry.plan.settings.department;
    const seen = byName.get(name);
    if (!seen) {
      byName.set(name, { entry, others: [] });
      continue;
    }
    // "2011-07-01 09:00" sorts as text in time order; never computed sorts first.
    const later = (entry.computedAt ?? "") >= (seen.entry.computedAt ?? "");
    if (later) {
      seen.others.push(seen.entry.file);
      seen.entry = entry;
    } else seen.others.push(entry.file);
  }
  return [...byName.values()];
}

/** 취합 of workbooks already read (and of the files that could not be). */
export function consolidate(
  files: { file: string; snapshot: WorkbookSnapshot }[],
  unreadable: { file: string; reason: string }[],
  lang: Lang,
  thisYear: number,
  asOfMonth: number | null = null
): Consolidation {
  const consolidator = new Consolidator(lang, thisYear);
  for (const { file, reason } of unreadable) consolidator.skip(file, reason);
  for (const { file, snapshot } of files) consolidator.add(file, snapshot);
  return consolidator.finish(asOfMonth);
}

export const FLAG_WORDS: Record<Flag, Named> = {
  notComputed: label("neverComputed"),
  changedAfterCompute: label("changedAfterCompute"),
  settingsDiffer: label("settingsDifferFromMost"),
  otherYear: label("anotherYear"),
  duplicateDepartment: label("sameDepartmentTwice"),
  otherMonth: label("otherMonth"),
  scoreDiffers: label("scoreDiffers"),
};

/**
 * A flag in words: the month or score flags name the department's own beside the 취합's
 * ("자체 계산 6월 · 취합 12월"), the duplicate names the files left out.
 */
export function flagWords(row: DepartmentRow, flag: Flag, lang: Lang): string {
  const text = messagesFor(lang).consolidation;
  if (flag === "otherMonth")
    return format(text.otherMonth, { own: row.ownMonth ?? "", month: row.asOfMonth });
  if (flag === "scoreDiffers")
    return format(text.scoreDiffers, {
      own: row.ownScore === null ? "-" : row.ownScore.toFixed(1),
      score: row.score === null ? "-" : row.score.toFixed(1),
    });
  if (flag === "duplicateDepartment")
    return `${FLAG_WORDS[flag][lang]} (${format(text.leftOut, { files: row.duplicateFiles.join(", ") })})`;
  return FLAG_WORDS[flag][lang];
}
