// A workbook the pane made (next year's, a 취합) opened as a new workbook where Excel can, else
// left for the caller to download: one rule for both (issue 30).
import type { ExcelHost } from "../excel/actions";

/**
 * The largest workbook Excel on the web opens with createWorkbook: its base64 (4/3 of the bytes)
 * travels inside one request, which the web refuses over 5 MB (office-js #4031); a margin is
 * left for the request's own words.
 */
export const WEB_CREATE_WORKBOOK_BYTES = Math.floor(((5 * 1024 * 1024 - 64 * 1024) * 3) / 4);

/**
 * opened: in a new window. Otherwise the bytes are the caller's to download — because this Excel
 * has no createWorkbook (no reason), the workbook is too large for the web's request
 * ("tooLarge"), or Excel refused it ("refused": "internal error", office-js #3646).
 */
export type NewWorkbookOutcome =
  { opened: true } | { opened: false; notOpened?: "tooLarge" | "refused" };

export async function openAsNewWorkbook(
  host: ExcelHost,
  bytes: Uint8Array
): Promise<NewWorkbookOutcome> {
  if (!host.openWorkbook) return { opened: false };
  if (host.web && bytes.length > WEB_CREATE_WORKBOOK_BYTES)
    return { opened: false, notOpened: "tooLarge" };
  try {
    await host.openWorkbook(bytes);
  } catch {
    return { opened: false, notOpened: "refused" };
  }
  return { opened: true };
}
