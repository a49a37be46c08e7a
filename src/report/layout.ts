// How wide a report table's columns are: from what they hold, measured in the table's font, so
// that no word or number breaks where the page has room for it (issue 30: "미입/력", "Approv/al"
// and 전략과제 wrapping beside half-empty number columns came from fixed relative widths).
import type { ReportTable } from "../core/report/document";

/** The table text's size (9 pt) in twips: one em. */
const EM = 180;
/** A cell's left and right margins (the table style's 85 twips each) and its border. */
export const CELL_PADDING = 2 * 85 + 20;
/** Bold text (the header row) is wider than regular by about this much. */
const BOLD = 1.06;

/**
 * A character's advance in ems, as 맑은 고딕 (and Noto Sans CJK KR, which LibreOffice puts in its
 * place) set it: Hangul, CJK and full-width forms one em; the proportional Latin, digits and
 * punctuation narrower. Each class is given its widest member, so a measure errs wide.
 */
function advance(code: number): number {
  if (code === 0x20) return 0.3;
  if (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x2500 && code <= 0x27bf)
  )
    return 1;
  if (code >= 0x30 && code <= 0x39) return 0.56;
  if (code >= 0x41 && code <= 0x5a) return 0.68;
  if (code === 0x25 || code === 0x40 || code === 0x6d || code === 0x77) return 0.88;
  if (code >= 0x61 && code <= 0x7a) return 0.56;
  if (code === 0x2014 || code === 0x2026) return 1;
  return 0.4;
}

/** A text's width in twips at the table's size. */
export function textWidth(text: string, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += advance(ch.codePointAt(0) as number);
  return Math.ceil(ems * EM * (bold ? BOLD : 1));
}

/** The widest word of a text (what cannot be broken), and the whole text, in twips. */
function measure(text: string, bold: boolean): { word: number; whole: number } {
  const words = text.split(/\s+/).filter(Boolean);
  return {
    word: Math.max(0, ...words.map((w) => textWidth(w, bold))),
    whole: textWidth(text, bold),
  };
}

/**
 * Column widths in twips filling `available`: each column at least its widest word (a word or a
 * number never breaks); the room left goes to the columns whose text would otherwise wrap, in
 * proportion to how much more they need, then to all in proportion to their text. Only where
 * the widest words alone do not fit are they shrunk, all alike.
 */
export function columnWidths(table: ReportTable, available: number): number[] {
  const least = table.columns.map(() => 0);
  const natural = table.columns.map(() => 0);
  const take = (col: number, text: string, bold: boolean) => {
    const m = measure(text, bold);
    least[col] = Math.max(least[col], m.word + CELL_PADDING);
    natural[col] = Math.max(natural[col], m.whole + CELL_PADDING);
  };
  table.columns.forEach((column, col) => take(col, column.label, true));
  for (const row of table.rows) row.cells.forEach((text, col) => take(col, text, !!row.emphasis));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const spread = (base: number[], weights: number[], room: number) => {
    const total = sum(weights);
    return base.map((b, i) => Math.floor(b + (total > 0 ? (room * weights[i]) / total : 0)));
  };
  if (sum(natural) <= available) return spread(natural, natural, available - sum(natural));
  if (sum(least) <= available) {
    const wants = natural.map((n, i) => n - least[i]);
    return spread(least, wants, available - sum(least));
  }
  return least.map((w) => Math.floor((w * available) / sum(least)));
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const LATIN_OR_DIGIT = /[0-9A-Za-z]/;

/**
 * A text whose words cannot break where Hangul meets a digit or a Latin letter ("주3회",
 * "민원24"): line breaking allows a break there (Unicode's rules, which LibreOffice follows), so a
 * word joiner (U+2060, invisible) holds the two together. Spaces stay the places to break.
 */
export function unbreakable(text: string): string {
  let out = "";
  let previous = "";
  for (const ch of text) {
    if (
      previous &&
      ((HANGUL.test(previous) && LATIN_OR_DIGIT.test(ch)) ||
        (LATIN_OR_DIGIT.test(previous) && HANGUL.test(ch)))
    )
      out += "\u2060";
    out += ch;
    previous = ch;
  }
  return out;
}
