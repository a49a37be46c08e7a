// The year's turn from the pane: 새해 양식 and 결과보고서 are made from the open workbook as a file
// (Office's File API), by the same core and file adapter as the CLI and the page; where Office
// cannot hand the file over (no CompressedFile) or fails to, from the sheets as ranges read them
// (issue 30). The new workbook opens in Excel (ExcelApi 1.8) or is downloaded, the report is
// downloaded where the host can.
import { isInputSheet } from "../core/format/schema";
import { rebuiltInputSheets } from "../core/year/rebuilt";
import type { WorkbookSnapshot } from "../core/format/workbook";
import { FileApiError } from "../excel/file";
import { openAsNewWorkbook, type NewWorkbookOutcome } from "./newWorkbook";
import { newYearWorkbook, type NewYearOutcome } from "../core/year/newYear";
import type { ReportDocument, ReportOutcome } from "../core/report/document";
import { isReportSheet, workbookReport } from "../core/report/workbookReport";
import { sheetsInExcel, type ExcelHost } from "../excel/actions";
import { readSnapshot } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";

/**
 * Where 연말 read the workbook: as a file, or from its sheets — because Office has no
 * CompressedFile here ("noFile") or its File API failed ("fileFailed", with Office's words).
 */
export type YearEndSource =
  | { from: "file" }
  | { from: "sheets"; why: "noFile" }
  | { from: "sheets"; why: "fileFailed"; detail: string };

/** The open workbook for 연말: its bytes where Office gives them, its sheets either way. */
async function yearEndInput(
  host: ExcelHost,
  sheets: (name: string) => boolean
): Promise<{ snapshot: WorkbookSnapshot; bytes: Uint8Array | null; source: YearEndSource }> {
  let failed: string | null = null;
  if (host.fileBytes) {
    try {
      const bytes = await host.fileBytes();
      return { snapshot: await readSnapshot(bytes, { sheets }), bytes, source: { from: "file" } };
    } catch (error) {
      if (!(error instanceof FileApiError)) throw error;
      failed = error.message;
    }
  }
  const read = await sheetsInExcel(host);
  return {
    snapshot: { sheets: read.sheets.filter((s) => sheets(s.name)) },
    bytes: null,
    source:
      failed === null
        ? { from: "sheets", why: "noFile" }
        : { from: "sheets", why: "fileFailed", detail: failed },
  };
}

export type NewYearInPane =
  | ({
      ok: true;
      source: YearEndSource;
      made: Extract<NewYearOutcome, { ok: true }>;
      bytes: Uint8Array;
    } & NewWorkbookOutcome)
  | Extract<NewYearOutcome, { ok: false }>;

/**
 * Next year's workbook from the open one, opened as a new workbook where Excel can (`opened`);
 * otherwise — no createWorkbook, too large for the web's request, or refused ("internal error",
 * office-js #3646) — its bytes are the caller's to download. The open workbook is only read.
 */
export async function newYearInPane(host: ExcelHost, thisYear: number): Promise<NewYearInPane> {
  const { snapshot, bytes, source } = await yearEndInput(host, isInputSheet);
  const made = newYearWorkbook(snapshot, thisYear);
  if (!made.ok) return made;
  // Without the file, the input sheets rebuilt in a new workbook take its place.
  const base = bytes ?? (await writeWorkbook(null, rebuiltInputSheets(snapshot).write));
  const next = await writeWorkbook(base, made.write);
  return { ok: true, source, made, bytes: next, ...(await openAsNewWorkbook(host, next)) };
}

/** The results report of the open workbook (a department's, or a 취합 summary), or why not. */
export async function reportInPane(
  host: ExcelHost,
  thisYear: number
): Promise<
  | Extract<ReportOutcome, { ok: false }>
  | { ok: true; document: ReportDocument; bytes: Uint8Array; source: YearEndSource }
> {
  const { snapshot, source } = await yearEndInput(host, isReportSheet);
  const outcome = workbookReport(snapshot, thisYear);
  if (!outcome.ok) return outcome;
  // The report's writer (docx) is loaded only when a report is made.
  const { reportBytes } = await import("../report/docx");
  return {
    ok: true,
    document: outcome.document,
    bytes: await reportBytes(outcome.document),
    source,
  };
}
