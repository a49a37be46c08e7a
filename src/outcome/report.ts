// Why a workbook gives no results report, in words naming the file (CLI, page, pane).
import type { ReportRefusal } from "../core/report/document";
import { format, messagesFor, type Lang } from "../i18n";

export function refusalText(reason: ReportRefusal, file: string, lang: Lang): string {
  return format(messagesFor(lang).report[reason], { detail: file });
}
