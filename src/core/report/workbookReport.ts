// 결과보고서 of a workbook: a 취합 summary gives the 기획감사실's report, a department's workbook its
// own; anything else is refused with the reason.
import { findSheet } from "../format/read";
import { SHEETS, sheetNameMatches } from "../format/schema";
import type { WorkbookSnapshot } from "../format/workbook";
import { departmentReport } from "./department";
import type { ReportOutcome } from "./document";
import { isSummary, summaryReport } from "./summary";

/**
 * The sheets a report is made from: all but a department's 결과, which the report evaluates anew
 * from the input sheets as of the last Compute rather than reads (it is the largest sheet there is).
 */
export const isReportSheet = (name: string): boolean => !sheetNameMatches(SHEETS.results, name);

export function workbookReport(snapshot: WorkbookSnapshot, thisYear: number): ReportOutcome {
  if (isSummary(snapshot)) return summaryReport(snapshot);
  if (findSheet(snapshot, SHEETS.goals) && findSheet(snapshot, SHEETS.monthly))
    return departmentReport(snapshot, thisYear);
  return { ok: false, reason: "notAWorkbook", lang: "ko" };
}
