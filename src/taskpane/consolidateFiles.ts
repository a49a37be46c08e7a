// 취합 in the pane: the picked files read and consolidated in the browser. Loaded on demand (a
// separate chunk), so the .xlsx library is not part of the pane's initial JavaScript.
import { readConsolidationMonth } from "../core/committee/sheets";
import { Consolidator, type Consolidation } from "../core/year/consolidate";
import { consolidationWrite } from "../core/sheets/consolidation";
import { CONSOLIDATION_SHEETS, SHEETS, sheetNameMatches, type Lang } from "../core/format/schema";
import type { WorkbookSnapshot } from "../core/format/workbook";
import { format, messagesFor } from "../i18n";
import { WorkbookFileError } from "../xlsx/open";
import { readSnapshot } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";

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

/** Whether a workbook is a summary 취합 wrote (its sheet, and no department's 목표). */
const isSummary = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.some((s) => sheetNameMatches(CONSOLIDATION_SHEETS.summary, s.name)) &&
  !snapshot.sheets.some((s) => sheetNameMatches(SHEETS.goals, s.name));

export interface PickedConsolidation {
  consolidation: Consolidation;
  /**
   * The same departments as of another 기준월 (null: the month most computed): for a summary whose
   * 취합설정 is read only where it is written (the pane's open workbook).
   */
  at: (month: number | null) => Consolidation;
  /** A summary picked with the departments' files: consolidated again, what it holds is kept. */
  previous: { name: string; bytes: Uint8Array; snapshot: WorkbookSnapshot } | null;
}

/**
 * The picked files read one at a time (each evaluated and let go before the next), `progress`
 * told after each; a file that cannot be read is named and the rest go on. A previous summary
 * among them is kept aside as the workbook to consolidate into.
 */
export async function consolidatePicked(
  files: File[],
  lang: Lang,
  progress: (done: number, total: number) => void = () => undefined
): Promise<PickedConsolidation> {
  const consolidator = new Consolidator(lang, new Date().getFullYear());
  let previous: PickedConsolidation["previous"] = null;
  for (const [index, file] of files.entries()) {
    try {
      const { bytes, snapshot } = await readPickedFile(file, lang);
      if (!previous && isSummary(snapshot)) previous = { name: file.name, bytes, snapshot };
      else consolidator.add(file.name, snapshot);
    } catch (error) {
      consolidator.skip(file.name, (error as Error).message);
    }
    progress(index + 1, files.length);
    // Let the page paint the progress between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // A previous summary's 취합설정 may set the month every department is recomputed as of (a month
  // it cannot use is among the committee's problems when the summary is written).
  const month = readConsolidationMonth(previous?.snapshot ?? null, []);
  return {
    consolidation: consolidator.finish(month),
    at: (other) => consolidator.finish(other),
    previous,
  };
}

/** The page's download: a new summary, or the picked previous summary consolidated again. */
export async function consolidatedWorkbook(
  picked: PickedConsolidation,
  lang: Lang,
  computedAt: string
): Promise<{ bytes: Uint8Array; write: ReturnType<typeof consolidationWrite> }> {
  const write = consolidationWrite(
    picked.consolidation,
    lang,
    computedAt,
    picked.previous?.snapshot ?? null
  );
  return { bytes: await writeWorkbook(picked.previous?.bytes ?? null, write), write };
}
