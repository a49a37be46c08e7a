// The independent spreadsheet programs our files are checked with: LibreOffice and Gnumeric, each
// recalculating every formula with its own engine. What they show is read back as CSV text.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convert } from "../../scripts/libreoffice.cjs";
import { sheetsToCsv } from "../../scripts/gnumeric.cjs";
import type { Program } from "./needs";

export interface Reader {
  name: string;
  program: Program;
  /** Every sheet as the program shows it: sheet name → rows of cell texts. */
  sheetsAsShown(bytes: Uint8Array): Promise<Record<string, string[][]>>;
}

export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((current += '"'), i++);
      else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (cells.push(current), (current = ""));
    else current += ch;
  }
  cells.push(current);
  return cells;
}

/** A number as the programs write it in CSV (a percentage format keeps its % sign). */
export const num = (text: string) =>
  text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);

function readCsvFolder(folder: string, sheetOf: (file: string) => string) {
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(folder)) {
    sheets[sheetOf(name)] = readFileSync(join(folder, name), "utf8")
      .replace(/\r/g, "")
      .split("\n")
      .map((line) => parseCsvLine(line));
  }
  return sheets;
}

function inTempFolder(prefix: string, bytes: Uint8Array): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  return { dir, file };
}

export const LIBREOFFICE: Reader = {
  name: "LibreOffice",
  program: "libreoffice",
  async sheetsAsShown(bytes) {
    const { dir, file } = inTempFolder("lo-", bytes);
    const out = await convert(file, "csv", join(dir, "csv"));
    return readCsvFolder(out, (name) => name.replace(/^book-/, "").replace(/\.csv$/, ""));
  },
};

export const GNUMERIC: Reader = {
  name: "Gnumeric",
  program: "gnumeric",
  async sheetsAsShown(bytes) {
    const { dir, file } = inTempFolder("gnumeric-", bytes);
    const out = sheetsToCsv(file, join(dir, "csv"));
    return readCsvFolder(out, (name) => name.replace(/\.csv$/, ""));
  },
};

export const READERS = [LIBREOFFICE, GNUMERIC];
