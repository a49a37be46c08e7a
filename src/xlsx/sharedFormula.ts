// A shared formula's text as it stands in one of the cells that share it. The file keeps the text
// once, in the first cell of the range; every other cell holds the same formula with its relative
// references moved by that cell's distance from the first (ECMA-376 Part 1, 18.3.1.40).
import { columnLetter } from "../core/format/workbook";

/** Text Excel reads as a literal: a string in double quotes or a sheet name in single quotes. */
const LITERAL = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/**
 * An A1 reference: not inside a longer name (a function "LOG10(", a defined name, a sheet name
 * "Sheet1!"), with "$" anchoring its column or its row.
 */
const REFERENCE = /(^|[^A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/** `formula` moved `rows` down and `cols` right, as Excel fills it. */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(LITERAL)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (whole, before, colAnchor, letters, rowAnchor, digits) => {
            const column = columnNumber(letters);
            const row = Number(digits);
            if (column > MAX_COLUMN || row > MAX_ROW) return whole; // a name, not a reference
            const movedColumn = colAnchor ? column : column + cols;
            const movedRow = rowAnchor ? row : row + rows;
            if (movedColumn < 1 || movedColumn > MAX_COLUMN || movedRow < 1 || movedRow > MAX_ROW)
              return `${before}#REF!`;
            return `${before}${colAnchor}${columnLetter(movedColumn - 1)}${rowAnchor}${movedRow}`;
          })
    )
    .join("");
}
