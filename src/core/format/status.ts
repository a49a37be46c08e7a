// Where a workbook stands, for the pane's first glance: are the sheets there, whose plan, which
// month, when it was last computed and whether inputs changed since.
import { changedSinceCompute, metaValue } from "./meta";
import { readWorkbook } from "./read";
import { CONSOLIDATION_SHEETS, SHEETS, sheetNameMatches } from "./schema";
import type { WorkbookSnapshot } from "./workbook";

export interface WorkbookStatus {
  /** 목표 and 월별실적 are both there. */
  hasTemplates: boolean;
  /** Any KPI typed in 목표 (the sample asks before replacing such a workbook). */
  hasEntries: boolean;
  year: number | null;
  department: string;
  /** 설정's 평가기준월, null when blank (the latest month with an entry is used). */
  asOfMonthSetting: number | null;
  lastComputedAt: string | null;
  lastAsOfMonth: number | null;
  /** Inputs changed after the last Compute; null when never computed. */
  stale: boolean | null;
  /** A 취합 summary (the 기획감사실's workbook): its tools are what it needs. */
  isSummary: boolean;
}

/** `thisYear`: the year a workbook without 연도 is taken for (the caller's clock). */
export function workbookStatus(
  snapshot: WorkbookSnapshot,
  thisYear: number,
  /** The snapshot as already read by the caller, not read again (the report has it). */
  known?: ReturnType<typeof readWorkbook>
): WorkbookStatus {
  const has = (name: { ko: string; en: string }) =>
    snapshot.sheets.some((s) => sheetNameMatches(name, s.name));
  const hasTemplates = has(SHEETS.goals) && has(SHEETS.monthly);
  const read = hasTemplates ? (known ?? readWorkbook(snapshot, thisYear)) : null;
  const computedAt = metaValue(snapshot, "computedAt");
  const asOf = metaValue(snapshot, "asOfMonth");
  const plan = read?.ok ? read.plan : null;
  return {
    hasTemplates,
    hasEntries: (plan?.kpis.length ?? 0) > 0,
    year: plan ? plan.settings.year : null,
    department: plan?.settings.department ?? "",
    asOfMonthSetting: plan?.settings.asOfMonth ?? null,
    lastComputedAt: typeof computedAt === "string" ? computedAt : null,
    lastAsOfMonth: typeof asOf === "number" ? asOf : null,
    stale: read?.ok && computedAt !== null ? changedSinceCompute(snapshot, read.layout) : null,
    isSummary: has(CONSOLIDATION_SHEETS.summary),
  };
}
