// 취합 in the pane: the picked files read and consolidated in the browser. Loaded on demand (a
// separate chunk), so the .xlsx library is not part of the pane's initial JavaScript.
import { consolidate, consolidationWrite, type Consolidation } from "../core/consolidate";
import type { Lang } from "../core/schema";
import type { WorkbookSnapshot, WorkbookWrite } from "../core/workbook";
import { format, messagesFor } from "../i18n";
import { WorkbookFileError } from "../xlsx/open";
import { readSnapshot } from "../xlsx/read";

/** A picked file read as a workbook, or an Error whose message says why it cannot be (in words). */
export async function readPickedFile(
  file: File,
  lang: Lang
): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { bytes, snapshot: await readSnapshot(bytes) };
  } catch (error) {
    const reason = error instanceof WorkbookFileError ? error.reason : "corrupt";
    throw new Error(format(messagesFor(lang).cli[reason], { detail: file.name }));
  }
}

export async function consolidateFiles(
  files: File[],
  lang: Lang,
  computedAt: string
): Promise<{ consolidation: Consolidation; write: WorkbookWrite }> {
  const read: { file: string; snapshot: WorkbookSnapshot }[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const file of files) {
    try {
      read.push({
        file: file.name,
        snapshot: await readSnapshot(new Uint8Array(await file.arrayBuffer())),
      });
    } catch (error) {
      const reason = error instanceof WorkbookFileError ? error.reason : "corrupt";
      unreadable.push({
        file: file.name,
        reason: format(messagesFor(lang).cli[reason], { detail: file.name }),
      });
    }
  }
  const consolidation = consolidate(read, unreadable, lang);
  return { consolidation, write: consolidationWrite(consolidation, lang, computedAt) };
}
