// Text helpers the engine needs in every webview it runs in, Internet Explorer 11 included (which
// has neither String.prototype.normalize nor codePointAt), so each behaves the same everywhere.

const FULL_WIDTH_FIRST = 0xff01; // ！ … ～ mirror ! … ~
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Full-width ASCII forms (１２３，％, typed with a Korean IME's full-width mode) and the
 * ideographic space as their ASCII characters; everything else unchanged.
 */
export function foldWidth(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      folded += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      folded += " ";
    } else {
      folded += text.charAt(i);
    }
  }
  return folded;
}

/** The code point of the first character (a surrogate pair counts as one), as UNICODE() gives. */
export function firstCodePoint(text: string): number {
  const high = text.charCodeAt(0);
  if (high >= 0xd800 && high <= 0xdbff && text.length > 1) {
    const low = text.charCodeAt(1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}
