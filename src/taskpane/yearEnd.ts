// The year's turn from the pane: 새해 양식 and 결과보고서 are made from the open workbook as a file
// (Office's File API), by the same core and file adapter as the CLI and the page; the new workbook
// opens in Excel (ExcelApi 1.8) or is downloaded, the report is downloaded where the host can.
import { isInputSheet } from "../core/format/schema";
import { newYearWorkbook, type NewYearOutcome } from "../core/year/newYear";
import type { ReportDocument, ReportOutcome } from "../core/report/document";
import { isReportSheet, workbookReport } from "../core/report/workbookReport";
import type { ExcelHost } from "../excel/actions";
import { readSnapshot } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";

export type NewYearInPane =
  | {
      ok: true;
      made: Extract<NewYearOutcome, { ok: true }>;
      bytes: Uint8Array;
      opened: boolean;
      /** Why it was not opened where Excel could have (too large for the web, or refused). */
      notOpened?: "tooLarge" | "refused";
    }
  | Extract<NewYearOutcome, { ok: false }>;

/**
 * The largest workbook Excel on the web opens with createWorkbook: its base64 (4/3 of the bytes)
 * travels inside one request, which the web refuses over 5 MB (office-js #4031); a margin is
 * left for the request's own words.
 */
export const WEB_CREATE_WORKBOOK_BYTES = Math.floor(((5 * 1024 * 1024 - 64 * 1024) * 3) / 4);

/**
 * Next year's workbook from the open one, opened as a new workbook where Excel can (`opened`);
 * otherwise — no createWorkbook, too large for the web's request, or refused ("internal error",
 * office-js #3646) — its bytes are the caller's to download. The open workbook is only read.
 */
export async function newYearInPane(host: ExcelHost, thisYear: number): Promise<NewYearInPane> {
  const bytes = await host.fileBytes();
  const made = newYearWorkbook(await readSnapshot(bytes, { sheets: isInputSheet }), thisYear);
  if (!made.ok) return made;
  const next = await writeWorkbook(bytes, made.write);
  if (!host.openWorkbook) return { ok: true, made, bytes: next, opened: false };
  if (host.web && next.length > WEB_CREATE_WORKBOOK_BYTES)
    return { ok: true, made, bytes: next, opened: false, notOpened: "tooLarge" };
  try {
    await host.openWorkbook(next);
  } catch {
    return { ok: true, made, bytes: next, opened: false, notOpened: "refused" };
  }
  return { ok: true, made, bytes: next, opened: true };
}

/** The results report of the open workbook (a department's, or a 취합 summary), or why not. */
export async function reportInPane(
  host: ExcelHost,
  thisYear: number
): Promise<
  Extract<ReportOutcome, { ok: false }> | { ok: true; document: ReportDocument; bytes: Uint8Array }
> {
  const outcome = workbookReport(
    await readSnapshot(await host.fileBytes(), { sheets: isReportSheet }),
    thisYear
  );
  if (!outcome.ok) return outcome;
  // The report's writer (docx) is loaded only when a report is made.
  const { reportBytes } = await import("../report/docx");
  return { ok: true, document: outcome.document, bytes: await reportBytes(outcome.document) };
}
