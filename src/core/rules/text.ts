// Text helpers the engine needs in every webview it runs in, Internet Explorer 11 included (which
// has no String.prototype.normalize), so it behaves the same everywhere.

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

/** Runs of white space (line breaks included) as one space, trimmed: a name as written once. */
export const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
