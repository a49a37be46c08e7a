// The consolidation workbook: 취합 ranked with the committee's results, 정성평가 and 취합설정 (the
// committee's, everything typed in them kept), and 취합_지표.
import { qualitativeSheet } from "../committee/display";
import { committeeOutcome, type CommitteeOutcome } from "../committee/outcome";
import { committeeSettingsWrite } from "../committee/write";
import type { Consolidation } from "../year/consolidate";
import { CONSOLIDATION_SHEETS, type Lang } from "../format/schema";
import type { WorkbookSnapshot, WorkbookWrite } from "../format/workbook";
import { summarySheet, summaryTitle } from "./summary";
import { summaryKpisSheet } from "./summaryKpis";

/**
 * The consolidation's sheets (a new workbook, or the open one in the pane, or the summary file
 * being consolidated again). `existing` is the workbook written into, when it exists: the
 * committee's sheets are read from it.
 */
export function consolidationWrite(
  consolidation: Consolidation,
  lang: Lang,
  computedAt: string,
  existing: WorkbookSnapshot | null = null
): WorkbookWrite & { committee: CommitteeOutcome } {
  const committee = committeeOutcome(consolidation, existing);
  const title = summaryTitle(lang, computedAt);
  const settingsSheet = committeeSettingsWrite(existing, committee.settings, lang);
  return {
    sheets: [
      summarySheet(consolidation, committee, lang, title),
      qualitativeSheet(existing, committee, lang, title),
      ...(settingsSheet ? [settingsSheet] : []),
      summaryKpisSheet(consolidation.kpis, lang, title),
    ],
    activeSheet: CONSOLIDATION_SHEETS.summary[lang],
    committee,
  };
}
