// A workbook file read for a command: its bytes and its cells, or a CliError that names the file
// and says why it cannot be read (missing, not .xlsx, encrypted, damaged, too large unpacked).
import type { Lang } from "../core/format/schema";
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
