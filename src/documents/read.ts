// A plan document by its file name: text (the seed's way), HTML, .docx or .hwpx. The CLI and the
// pane both read through this.
import type { PlanDocument } from "../core/import/document";
import { planSheet, readSheetDocument } from "../core/import/sheet";
import { readSnapshot } from "../xlsx/read";
import { format, messagesFor, type Language } from "../i18n";
import { readDocxDocument } from "./docx";
import { DocumentFileError } from "./package";
import { readHtmlDocument } from "./html";
import { readHwpxDocument } from "./hwpx";
import { readTextDocument } from "./text";

export async function readPlanDocument(name: string, bytes: Uint8Array): Promise<PlanDocument> {
  if (/\.hwp$/i.test(name)) throw new DocumentFileError("binaryHwp");
  if (/\.xlsx$/i.test(name)) {
    // A workbook with the plan's tables pasted into a sheet.
    const snapshot = await readSnapshot(bytes).catch(() => {
      throw new DocumentFileError("notDocument");
    });
    const sheet = planSheet(snapshot);
    if (!sheet) throw new DocumentFileError("notDocument");
    return readSheetDocument(sheet);
  }
  if (/\.docx$/i.test(name)) return readDocxDocument(bytes);
  if (/\.hwpx$/i.test(name)) return readHwpxDocument(bytes);
  const text = new TextDecoder("utf-8").decode(bytes);
  return /\.html?$/i.test(name) ? readHtmlDocument(text) : readTextDocument(text);
}

/** What was pasted: the clipboard's HTML where there is some (한글, Word), else its text. */
export function readPastedDocument(html: string, text: string): PlanDocument {
  return html.trim() ? readHtmlDocument(html) : readTextDocument(text);
}

/** Why a document file cannot be read, in words, naming the file. */
export function documentErrorText(error: DocumentFileError, name: string, lang: Language): string {
  const text = messagesFor(lang).cli;
  const message = {
    encrypted: text.documentEncrypted,
    notDocument: text.documentNotDocument,
    corrupt: text.documentCorrupt,
    binaryHwp: text.importFormatNotYet,
  }[error.reason];
  return format(message, { detail: name });
}
