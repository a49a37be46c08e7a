// The parts of a .xlsx (a zip) as its central directory declares them, read without unpacking
// anything, so that a workbook that would unpack to more than the stated bound is refused before
// the .xlsx library inflates it. Works in Node and in the browser page alike.
import { WorkbookFileError } from "./open";

/**
 * What a workbook may unpack to, all parts together. The largest plan we measure (L: 500 tasks,
 * 5,000 activity rows) unpacks to 8.1 MB; a real department's to under 1 MB.
 */
export const UNPACKED_LIMIT_BYTES = 256 * 1024 * 1024;

export interface PackagePart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The unpacked size the central directory declares. */
  size: number;
  /** Where the part's compressed data starts. */
  dataOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** A zip64 marker: parts over 4 GB, which no workbook we accept has. */
const ZIP64 = 0xffffffff;

function corrupt(detail: string): WorkbookFileError {
  return new WorkbookFileError("corrupt", detail);
}

/** The parts, from the central directory; throws "corrupt" when there is none to read. */
function packageParts(bytes: Uint8Array): PackagePart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt("no zip central directory");
  const count = u16(end + 10);
  let at = u32(end + 16);
  const parts: PackagePart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL_FILE_HEADER) {
      throw corrupt("damaged zip central directory");
    }
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    if (local + 30 > bytes.length || u32(local) !== LOCAL_FILE_HEADER) {
      throw corrupt("damaged zip entry");
    }
    let name = "";
    for (let c = 0; c < nameLength; c++) name += String.fromCharCode(bytes[at + 46 + c]);
    parts.push({
      name,
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      dataOffset: local + 30 + u16(local + 26) + u16(local + 28),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return parts;
}

/** Refuses ("tooLarge") a package whose parts declare more than the bound, before unpacking. */
export function checkDeclaredSize(bytes: Uint8Array): PackagePart[] {
  const parts = packageParts(bytes);
  let total = 0;
  for (const part of parts) {
    if (part.size === ZIP64 || part.compressedSize === ZIP64) {
      throw new WorkbookFileError("tooLarge", part.name);
    }
    total += part.size;
    if (total > UNPACKED_LIMIT_BYTES) throw new WorkbookFileError("tooLarge", part.name);
  }
  return parts;
}
