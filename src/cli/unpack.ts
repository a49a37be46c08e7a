// A zip's central directory can lie: a part declared as 1 KB may unpack to gigabytes, and the .xlsx
// library would inflate all of it. Before reading, the CLI unpacks each part with Node's zlib
// capped at the size it declares, so neither a lying part nor the whole package can go past
// UNPACKED_LIMIT_BYTES (the declared sizes are checked against it first). Node only: the browser
// page has the declared-size check (src/xlsx/package.ts) and no zlib.
import { inflateRawSync } from "zlib";
import { WorkbookFileError, fileKind } from "../xlsx/open";
import { checkDeclaredSize } from "../xlsx/package";

const STORED = 0;
const DEFLATED = 8;

export function checkUnpackedSizes(bytes: Uint8Array): void {
  if (fileKind(bytes) !== "xlsx") return; // the reader names what the file is instead
  for (const part of checkDeclaredSize(bytes)) {
    const data = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
    if (part.method === STORED) {
      if (part.compressedSize !== part.size) throw new WorkbookFileError("corrupt", part.name);
      continue;
    }
    if (part.method !== DEFLATED) throw new WorkbookFileError("corrupt", part.name);
    let unpacked: Buffer;
    try {
      // One byte over the declared size is enough to know it lies.
      unpacked = inflateRawSync(data, { maxOutputLength: part.size + 1 });
    } catch (error) {
      const tooLong = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      throw new WorkbookFileError(tooLong ? "tooLarge" : "corrupt", part.name);
    }
    if (unpacked.length !== part.size) throw new WorkbookFileError("corrupt", part.name);
  }
}
