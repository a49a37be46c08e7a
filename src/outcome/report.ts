// Why a workbook gives no results report, in words naming the file (CLI, page, pane), and the name
// a report is downloaded under (page, pane).
import type { ReportDocument, ReportRefusal } from "../core/report/document";
import { format, messagesFor, type Lang } from "../i18n";

export function refusalText(reason: ReportRefusal, file: string, lang: Lang): string {
  return format(messagesFor(lang).report[reason], { detail: file });
}

/** "2011 민원봉사과 결과보고.docx", "2026 취합 결과보고.docx": in the report's own language. */
export const reportFileName = (document: ReportDocument): string =>
  document.fileStem + messagesFor(document.lang).report.fileSuffix;
