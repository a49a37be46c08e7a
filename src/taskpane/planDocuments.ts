// 계획서 가져오기 in the pane: a pasted or picked plan document read and imported in the browser.
// Loaded on demand (a separate chunk), so the document readers are not part of the pane's initial
// JavaScript.
import { importPlan, type ImportResult } from "../core/import/plan";
import type { Lang } from "../core/format/schema";
import { readSheetDocument } from "../core/import/sheet";
import type { SheetSnapshot } from "../core/format/workbook";
import { DocumentFileError } from "../documents/package";
import { documentErrorText, readPastedDocument, readPlanDocument } from "../documents/read";

/** A sheet of the open workbook the plan's tables were pasted into. */
export function importSheet(sheet: SheetSnapshot, lang: Lang): ImportResult {
  return importPlan(readSheetDocument(sheet), lang, new Date().getFullYear());
}

export function importPasted(html: string, text: string, lang: Lang): ImportResult {
  return importPlan(readPastedDocument(html, text), lang, new Date().getFullYear());
}

/** A picked document imported, or an Error whose message says why it cannot be (in words). */
export async function importPicked(file: File, lang: Lang): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return importPlan(await readPlanDocument(bytes), lang, new Date().getFullYear());
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    throw new Error(documentErrorText(error, file.name, lang));
  }
}
