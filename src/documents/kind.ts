// What a plan document is, from its bytes, never from its name (PRODUCT.md "Importing the plan
// document"): a zip is a .docx, .hwpx or workbook by the parts it holds; an OLE file is an old
// .hwp, .doc or .xls, or an encrypted package; a PDF is a PDF; anything else is text or HTML in
// whatever encoding Korean Windows programs save (UTF-8 with or without BOM, UTF-16 with BOM,
// CP949/EUC-KR, or the charset an HTML page declares), decoded by TextDecoder.
import JSZip from "jszip";
import { hasOleStream, isOleDocument } from "../xlsx/open";
import { DocumentFileError } from "./package";

export type DocumentKind =
  { kind: "docx" | "hwpx" | "workbook"; zip: JSZip } | { kind: "html" | "text"; text: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** An OLE compound file: each kind refused with what to do instead. */
function oleKind(bytes: Uint8Array): DocumentFileError {
  if (hasOleStream(bytes, "EncryptedPackage")) return new DocumentFileError("encrypted");
  if (hasOleStream(bytes, "HwpSummaryInformation") || hasOleStream(bytes, "BodyText"))
    return new DocumentFileError("binaryHwp");
  if (hasOleStream(bytes, "WordDocument")) return new DocumentFileError("binaryDoc");
  if (hasOleStream(bytes, "Workbook") || hasOleStream(bytes, "Book"))
    return new DocumentFileError("binaryXls");
  return new DocumentFileError("notDocument");
}

async function zipKind(bytes: Uint8Array): Promise<DocumentKind> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocumentFileError("corrupt");
  }
  const names = Object.keys(zip.files);
  if (names.includes("word/document.xml")) return { kind: "docx", zip };
  if (names.some((n) => /^Contents\/section\d+\.xml$/.test(n))) return { kind: "hwpx", zip };
  if (names.includes("xl/workbook.xml")) return { kind: "workbook", zip };
  if (names.includes("EncryptedPackage")) throw new DocumentFileError("encrypted");
  throw new DocumentFileError("notDocument");
}

/** The charset an HTML page declares in its first bytes (meta charset or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta\b[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

const looksLikeHtml = (text: string) =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b|table\b|meta\b)/i.test(
    text
  );

/** Text in any of the encodings Korean documents come in. */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes);
  const charset = declaredCharset(bytes);
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // A label TextDecoder does not know: decided by the bytes below.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: what Korean Windows' Notepad and 한글 save (euc-kr is the WHATWG label for CP949).
    return new TextDecoder("euc-kr").decode(bytes);
  }
}

export async function documentKind(bytes: Uint8Array): Promise<DocumentKind> {
  // A 0-byte file is empty, not a document without a goals table (a failed copy, a new file).
  if (bytes.length === 0) throw new DocumentFileError("empty");
  if (startsWith(bytes, ascii("PK\u0003\u0004"))) return zipKind(bytes);
  if (isOleDocument(bytes)) throw oleKind(bytes);
  if (startsWith(bytes, ascii("%PDF"))) throw new DocumentFileError("pdf");
  // 한글 3.0's binary format, before the OLE one.
  if (startsWith(bytes, ascii("HWP Document File"))) throw new DocumentFileError("binaryHwp");
  const text = decodeText(bytes);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 4096)))
    throw new DocumentFileError("notDocument");
  return { kind: looksLikeHtml(text) ? "html" : "text", text };
}
