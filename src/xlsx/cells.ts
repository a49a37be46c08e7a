// The cells of a worksheet part and the workbook's shared strings, read with saxes (a streaming XML
// parser, docs/decisions/0007-xlsx-reader.md) as each part inflates out of the package: no model of
// the cells is built beyond the plain values the core reads, so a workbook of 50,000 rows is read
// in a fraction of the memory a spreadsheet library's object model takes (issue 28).
import JSZip from "jszip";
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { RawCell } from "../core/rules/figures";
import { parseAddress } from "../core/format/workbook";
import { slideFormula } from "./sharedFormula";
import { MAIN_NS } from "./structure";

type StreamHelper = JSZip.JSZipStreamHelper<Uint8Array>;

/** Feeds a part to `parser` chunk by chunk as it inflates; resolves when the part has ended. */
function parsePart(file: JSZip.JSZipObject, parser: SaxesParser<{ xmlns: true }>): Promise<void> {
  // internalStream is JSZip's documented streaming API; its typings only name nodeStream.
  const stream = (
    file as unknown as { internalStream(type: "uint8array"): StreamHelper }
  ).internalStream("uint8array");
  const decoder = new TextDecoder();
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (failed) return;
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(error);
        }
      })
      .on("end", () => {
        if (failed) return;
        try {
          parser.write(decoder.decode());
          parser.close();
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .resume();
  });
}

const newParser = () => new SaxesParser({ xmlns: true });

const isMain = (tag: SaxesTagNS, local: string) => tag.local === local && tag.uri === MAIN_NS;

/**
 * A text kept in the snapshot, copied out of the parser's chunk. A substring in V8 is a view of
 * the string it was cut from: one task name kept from each chunk kept every chunk of the sheet's
 * XML (a 50,000-row sheet's 90 MB of it) as long as the snapshot lived.
 */
const detached = (text: string) => (text.length < 13 ? text : (" " + text).slice(1));

/** Excel's escape of characters XML cannot carry in a string ("_x000D_"), undone. */
const unescapeText = (text: string) =>
  text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Collects the text of a string item (`<si>` or a cell's `<is>`): its `<t>` and its runs' `<t>`,
 * without the phonetic guide (`<rPh>`) that Excel shows above East Asian text, not in the cell.
 */
class StringItem {
  private parts: string[] = [];
  private inText = false;
  private inPhonetic = 0;

  open(tag: SaxesTagNS): void {
    if (isMain(tag, "rPh")) this.inPhonetic++;
    else if (isMain(tag, "t") && this.inPhonetic === 0) this.inText = true;
  }

  close(tag: SaxesTagNS): void {
    if (isMain(tag, "rPh")) this.inPhonetic--;
    else if (isMain(tag, "t")) this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  take(): string {
    const text = detached(unescapeText(this.parts.join("")));
    this.parts = [];
    return text;
  }
}

/** The shared string table, in order. */
export async function readSharedStrings(file: JSZip.JSZipObject | null): Promise<string[]> {
  const strings: string[] = [];
  if (!file) return strings;
  const parser = newParser();
  const item = new StringItem();
  let inItem = false;
  parser.on("opentag", (tag) => {
    if (isMain(tag, "si")) inItem = true;
    else if (inItem) item.open(tag);
  });
  parser.on("closetag", (tag) => {
    if (isMain(tag, "si")) {
      inItem = false;
      strings.push(item.take());
    } else if (inItem) item.close(tag);
  });
  parser.on("text", (text) => inItem && item.text(text));
  parser.on("cdata", (text) => inItem && item.text(text));
  await parsePart(file, parser);
  return strings;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An ISO 8601 date cell (`t="d"`, which Strict files and some writers use) as the serial number
 * Excel would store; read as UTC, since a cell's date has no time zone. Text that is no date stays.
 */
function isoDateSerial(iso: string): number | string {
  const utc = /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? `${iso}T00:00:00Z`
    : /(Z|[+-]\d{2}:?\d{2})$/.test(iso)
      ? iso
      : `${iso}Z`;
  const time = Date.parse(utc);
  return Number.isNaN(time) ? iso : (time - EXCEL_EPOCH_MS) / 86_400_000;
}

/** A cell as the file stores it, before the core reads it. */
interface CellParts {
  type: string;
  value: string | undefined;
  inline: string | undefined;
  formula: string | undefined;
}

/** The value a cell's type and `<v>` stand for (null for none). */
function valueOf(
  cell: CellParts,
  strings: string[]
): number | string | boolean | null | { error: string } {
  const v = cell.value;
  switch (cell.type) {
    case "s":
      return v === undefined ? null : (strings[Number(v)] ?? null);
    case "inlineStr":
      return cell.inline ?? v ?? null;
    case "str":
      return v === undefined ? (cell.formula === undefined ? null : "") : detached(v);
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === undefined ? null : { error: v.trim() };
    case "d":
      return v === undefined ? null : isoDateSerial(v.trim());
    default: {
      if (v === undefined || v.trim() === "") return null;
      const n = Number(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}

function rawCell(cell: CellParts, strings: string[]): RawCell | undefined {
  const value = valueOf(cell, strings);
  if (cell.formula === undefined) {
    if (value === null) return undefined; // a cell with a look and nothing in it
    return value;
  }
  if (value !== null && typeof value === "object") return value;
  return { formula: cell.formula, result: value === null ? undefined : value };
}

export interface WorksheetCells {
  /** rows[r][c], 0-based; rows end at the last row with a value, each row at its last value. */
  rows: RawCell[][];
  merges: string[];
}

/** The values of a worksheet part; a merged area's value in its top-left cell only. */
export async function readWorksheetCells(
  file: JSZip.JSZipObject,
  strings: string[]
): Promise<WorksheetCells> {
  const rows: RawCell[][] = [];
  const merges: string[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const parser = newParser();
  const item = new StringItem();
  let inSheetData = false;
  let row = -1;
  let col = -1;
  let cell: CellParts | undefined;
  let sharedId: string | undefined;
  /** What the text events fill: a `<v>`, an `<f>`, an `<is>`, or nothing. */
  let reading: "v" | "f" | "is" | undefined;
  let text = "";

  const attribute = (tag: SaxesTagNS, name: string) => tag.attributes[name]?.value;

  parser.on("opentag", (tag) => {
    if (!inSheetData) {
      if (isMain(tag, "sheetData")) inSheetData = true;
      else if (isMain(tag, "mergeCell")) {
        const ref = attribute(tag, "ref");
        if (ref) merges.push(ref);
      }
      return;
    }
    if (reading === "is") {
      item.open(tag);
      return;
    }
    if (isMain(tag, "row")) {
      const r = attribute(tag, "r");
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
    } else if (isMain(tag, "c")) {
      const ref = attribute(tag, "r");
      col = ref ? parseAddress(ref).col : col + 1;
      cell = {
        type: attribute(tag, "t") ?? "n",
        value: undefined,
        inline: undefined,
        formula: undefined,
      };
    } else if (cell && isMain(tag, "v")) {
      reading = "v";
      text = "";
    } else if (cell && isMain(tag, "f")) {
      reading = "f";
      text = "";
      sharedId = attribute(tag, "t") === "shared" ? attribute(tag, "si") : undefined;
    } else if (cell && isMain(tag, "is")) {
      reading = "is";
    }
  });

  parser.on("text", (t) => {
    if (reading === "is") item.text(t);
    else if (reading) text += t;
  });
  parser.on("cdata", (t) => {
    if (reading === "is") item.text(t);
    else if (reading) text += t;
  });

  parser.on("closetag", (tag) => {
    if (!inSheetData) return;
    if (reading === "is") {
      if (isMain(tag, "is") && cell) {
        cell.inline = item.take();
        reading = undefined;
      } else item.close(tag);
      return;
    }
    if (!cell) {
      if (isMain(tag, "sheetData")) inSheetData = false;
      return;
    }
    if (reading === "v" && isMain(tag, "v")) {
      cell.value = text;
      reading = undefined;
    } else if (reading === "f" && isMain(tag, "f")) {
      if (sharedId === undefined) cell.formula = detached(text);
      else if (text !== "") {
        cell.formula = detached(text);
        shared.set(sharedId, { formula: cell.formula, row, col });
      } else {
        const first = shared.get(sharedId);
        cell.formula = first ? slideFormula(first.formula, row - first.row, col - first.col) : "";
      }
      reading = undefined;
    } else if (isMain(tag, "c")) {
      const value = rawCell(cell, strings);
      if (value !== undefined) {
        const cells = rows[row] ?? (rows[row] = []);
        cells[col] = value;
      }
      cell = undefined;
    }
  });

  await parsePart(file, parser);
  for (const merge of merges) clearMergedCells(rows, merge);
  return { rows: Array.from(rows, denseRow), merges };
}

/** A merged area's cells other than its top-left one hold nothing (Excel shows only that one). */
function clearMergedCells(rows: RawCell[][], merge: string): void {
  const [from, to = from] = merge.split(":");
  const start = parseAddress(from);
  const end = parseAddress(to);
  const lastRow = Math.min(end.row, rows.length - 1);
  for (let r = start.row; r <= lastRow; r++) {
    const cells = rows[r];
    if (!cells) continue;
    const lastCol = Math.min(end.col, cells.length - 1);
    for (let c = start.col; c <= lastCol; c++) {
      if (r !== start.row || c !== start.col) delete cells[c];
    }
  }
}

/** A row without holes (null where the file has no value) and without empty cells at its end. */
function denseRow(cells: RawCell[] | undefined): RawCell[] {
  if (!cells) return [];
  let end = cells.length;
  while (end > 0 && cells[end - 1] === undefined) end--;
  const dense: RawCell[] = new Array<RawCell>(end);
  for (let c = 0; c < end; c++) dense[c] = cells[c] ?? null;
  return dense;
}
