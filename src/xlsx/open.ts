// Telling what a file is before anything reads it, so that each kind of wrong file gets its own
// clear message instead of a library's stack trace.

export type FileKind = "xlsx" | "encrypted" | "notXlsx";

/** OLE compound document: how Excel stores a password-protected (encrypted) .xlsx, or an old .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound document (.xls, .doc, .hwp, an encrypted package), by its signature. */
export const isOleDocument = (bytes: Uint8Array) => OLE_SIGNATURE.every((b, i) => bytes[i] === b);

/** Whether an OLE document's directory names a stream (names are stored UTF-16LE). */
export function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  ) {
    return "xlsx";
  }
  // An old .xls is an OLE document too, but without the stream an encrypted .xlsx keeps its
  // package in.
  if (isOleDocument(bytes) && hasOleStream(bytes, "EncryptedPackage")) {
    return "encrypted";
  }
  return "notXlsx";
}

export class WorkbookFileError extends Error {
  constructor(
    readonly reason: "encrypted" | "notXlsx" | "corrupt" | "tooLarge",
    detail: string
  ) {
    super(detail);
  }
}
