// A plan document, told by its content (src/documents/kind.ts): text (the seed's way), HTML,
// .docx, .hwpx or a workbook with the tables pasted in. The CLI and the pane both read through this.
import type { PlanDocument } from "../core/import/document";
import { planSheet, readSheetDocument } from "../core/import/sheet";
import { readSnapshot } from "../xlsx/read";
import { format, messagesFor, type Lang } from "../i18n";
import { docxDocument } from "./docx";
import { documentKind } from "./kind";
import { DocumentFileError } from "./package";
import { readHtmlDocument } from "./html";
import { hwpxDocument } from "./hwpx";
import { readTextDocument } from "./text";

/** A plan document file, whatever it is named: its kind is told by its content. */
export async function readPlanDocument(bytes: Uint8Array): Promise<PlanDocument> {
  const found = await documentKind(bytes);
  switch (found.kind) {
    case "docx":
      return docxDocument(found.zip);
    case "hwpx":
      return hwpxDocument(found.zip);
    case "workbook": {
      // A workbook with the plan's tables pasted into a sheet.
      const snapshot = await readSnapshot(bytes).catch(() => {
        throw new DocumentFileError("notDocument");
      });
      const sheet = planSheet(snapshot);
      if (!sheet) throw new DocumentFileError("notDocument");
      return readSheetDocument(sheet);
    }
    case "html":
      return readHtmlDocument(found.text);
    case "text":
      return readTextDocument(found.text);
  }
}

/** What was pasted: the clipboard's HTML where there is some (한글, Word), else its text. */
export function readPastedDocument(html: string, text: string): PlanDocument {
  return html.trim() ? readHtmlDocument(html) : readTextDocument(text);
}

/** Why a document file cannot be read, in words, naming the file. */
export function documentErrorText(error: DocumentFileError, name: string, lang: Lang): string {
  const text = messagesFor(lang).cli;
  const message = {
    encrypted: text.documentEncrypted,
    notDocument: text.documentNotDocument,
    corrupt: text.documentCorrupt,
    binaryHwp: text.importFormatNotYet,
    binaryDoc: text.documentBinaryDoc,
    binaryXls: text.documentBinaryXls,
    pdf: text.documentPdf,
    empty: text.documentEmpty,
  }[error.reason];
  return format(message, { detail: name });
}
