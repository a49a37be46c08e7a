// The committee's part of a consolidation: its settings (취합설정) and scores (정성평가) read from
// the summary workbook, and every department graded — final score, rank and grade.
import type { DepartmentRow } from "../year/consolidate";
import type { Problem } from "../format/problems";
import type { WorkbookSnapshot } from "../format/workbook";
import { grade, type GradedDepartment, type Grading } from "./grading";
import {
  readCommitteeSettings,
  readQualitative,
  type QualitativeRead,
  type SettingsRead,
} from "./sheets";

export interface CommitteeOutcome {
  settings: SettingsRead;
  qualitative: QualitativeRead;
  grading: Grading;
  /** Per department row of the consolidation (same order): its grading and place in the ranking. */
  graded: ({ result: GradedDepartment; orderIndex: number } | null)[];
  problems: Problem[];
}

/**
 * The committee's results for a consolidation's departments (only their names and scores count):
 * 취합설정 and 정성평가 read from the workbook written into (defaults and empty when new), each
 * department graded once (a department read twice is graded on its first file). The results report
 * grades a summary's rows again with it.
 */
export function committeeOutcome(
  consolidation: { departments: readonly Pick<DepartmentRow, "department" | "score">[] },
  existing: WorkbookSnapshot | null
): CommitteeOutcome {
  const problems: Problem[] = [];
  const snapshot = existing ?? { sheets: [] };
  const settings = readCommitteeSettings(snapshot, problems);
  const qualitative = readQualitative(snapshot, problems);
  const entries = new Map(qualitative.rows.map((r) => [r.department, r.entry]));
  const firstRow = new Map<string, number>();
  consolidation.departments.forEach((d, i) => {
    if (!firstRow.has(d.department)) firstRow.set(d.department, i);
  });
  const inputs = [...firstRow.keys()].map((department) => ({
    department,
    quantitative: consolidation.departments[firstRow.get(department) as number].score,
    committee: entries.get(department) ?? null,
  }));
  const grading = grade(inputs, settings.settings);
  const place = new Map(grading.ranked.map((d, i) => [d.department, { result: d, orderIndex: i }]));
  const graded = consolidation.departments.map((d, i) =>
    firstRow.get(d.department) === i ? (place.get(d.department) ?? null) : null
  );
  return { settings, qualitative, grading, graded, problems };
}
