// A workbook file read for a command: its bytes and its cells, or a CliError that names the file
// and says why it cannot be read (missing, not .xlsx, encrypted, damaged, too large unpacked).
import type { Lang } from "../core/format/schema";
import type { WorkbookSnapshot } from "../core/format/workbook";
import { format, messagesFor } from "../i18n";
import { WorkbookFileError } from "../xlsx/open";
import { readSnapshot } from "../xlsx/read";
import { CliError, EXIT, readInput } from "./files";
import { checkUnpackedSizes } from "./unpack";

/** A workbook read (only the cells of `sheets`, when given); its bytes as they are. */
export async function load(path: string, lang: Lang, sheets?: (name: string) => boolean) {
  const text = messagesFor(lang).cli;
  const bytes = readInput(path, format(text.noSuchFile, { detail: path }));
  try {
    checkUnpackedSizes(bytes);
    return { bytes, snapshot: await readSnapshot(bytes, { sheets }) };
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      throw new CliError(
        EXIT.unreadable,
        format(text[error.reason], { detail: path }),
        error.reason
      );
    }
    throw error;
  }
}

/**
 * A workbook read and made into what a command writes, by `make`; the cells are let go once `make`
 * returns, before the command writes (a 50,000-row workbook's cells are 170 MB: held through the
 * write they made it peak 140 MB higher).
 */
export async function loadInto<T>(
  path: string,
  lang: Lang,
  sheets: ((name: string) => boolean) | undefined,
  make: (snapshot: WorkbookSnapshot) => T
): Promise<{ bytes: Uint8Array; made: T }> {
  const { bytes, snapshot } = await load(path, lang, sheets);
  return { bytes, made: make(snapshot) };
}
