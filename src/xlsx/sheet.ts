// Worksheet XML: a whole sheet for the add-in's own sheets, and a cell-level patch for the
// user's sheets that changes the listed cells and leaves every other byte of the sheet alone.
import {
  cellAddress,
  styleOf,
  type CellWrite,
  type PageSetup,
  type SheetWrite,
} from "../core/format/workbook";
import { MAIN_NS, REL_NS } from "./structure";
import type { StyleBook } from "./styles";
import { Utf8Parts, indexOfAscii, lastIndexOfAscii } from "./utf8Parts";
import { attribute, escapeXml, rootPrefix } from "./xml";

/**
 * Functions newer than Excel 2007 are stored with the _xlfn. prefix in a file (Excel shows them
 * without it); without it Excel and LibreOffice read #NAME?.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(UNICODE|UNICHAR|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP)\(/g;

/**
 * Text as a file holds it: a literal "_x0041_" would read back as "A" (Excel's escape of
 * characters XML cannot carry, which every reader undoes), so its underscore is escaped itself.
 */
const fileText = (text: string) => escapeXml(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_"));

function fileFormula(formula: string): string {
  return formula.replace(FUTURE_FUNCTIONS, "_xlfn.$1(");
}

/**
 * One <c> element, its elements under the prefix `q` ("" or "x:") the sheet binds to SpreadsheetML.
 * Text is always an inline string: never a formula, whatever it starts with. `kept`: the style
 * index the cell had, for a write that keeps the cell's look (`CellWrite.keepStyle`).
 */
function cellXml(cell: CellWrite, styles: StyleBook, q = "", input = false, kept?: string): string {
  const ref = cellAddress(cell.row, cell.col);
  const c = `${q}c`;
  const v = `${q}v`;
  const s = cell.keepStyle ? kept : styles.index(styleOf(cell, input));
  const style = s ? ` s="${s}"` : "";
  const value = cell.value;
  if (cell.formula !== undefined) {
    const f = `<${q}f>${escapeXml(fileFormula(cell.formula))}</${q}f>`;
    if (typeof value === "number")
      return `<${c} r="${ref}"${style}>${f}<${v}>${value}</${v}></${c}>`;
    if (typeof value === "boolean")
      return `<${c} r="${ref}"${style} t="b">${f}<${v}>${value ? 1 : 0}</${v}></${c}>`;
    return `<${c} r="${ref}"${style} t="str">${f}<${v}>${escapeXml(String(value ?? ""))}</${v}></${c}>`;
  }
  if (value === null || value === undefined) return `<${c} r="${ref}"${style}/>`;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `<${c} r="${ref}"${style}><${v}>${value}</${v}></${c}>`
      : `<${c} r="${ref}"${style}/>`;
  }
  if (typeof value === "boolean")
    return `<${c} r="${ref}"${style} t="b"><${v}>${value ? 1 : 0}</${v}></${c}>`;
  return `<${c} r="${ref}"${style} t="inlineStr"><${q}is><${q}t xml:space="preserve">${fileText(value)}</${q}t></${q}is></${c}>`;
}

/** The writes grouped by row (0-based), in the order they were listed. */
function byRow(cells: readonly CellWrite[]): Map<number, CellWrite[]> {
  const rows = new Map<number, CellWrite[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  return rows;
}

/** The rows of a whole sheet, added to `out` one by one. */
function addRows(
  out: Utf8Parts,
  cells: readonly CellWrite[],
  styles: StyleBook,
  heights: SheetWrite["rowHeights"] = [],
  input = false
): void {
  const rows = byRow(cells);
  const heightOf = new Map(heights.map((h) => [h.row, h.height]));
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const ordered = dedupe(rows.get(row) as CellWrite[]).sort((a, b) => a.col - b.col);
    const height = heightOf.get(row);
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    out.add(`<row r="${row + 1}"${ht}>`);
    for (const cell of ordered) out.add(cellXml(cell, styles, "", input));
    out.add("</row>");
  }
}

/** The last write to a cell wins. */
function dedupe(cells: CellWrite[]): CellWrite[] {
  const byCol = new Map<number, CellWrite>();
  for (const cell of cells) byCol.set(cell.col, cell);
  return [...byCol.values()];
}

function paneXml(freeze: SheetWrite["freeze"], q = ""): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return "";
  const topLeft = cellAddress(freeze.rows, freeze.cols);
  const pane = freeze.rows && freeze.cols ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight";
  return (
    `<${q}pane${freeze.cols ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}` +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><${q}selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** A whole worksheet as UTF-8 (elements in the order the schema requires). */
export function worksheetXml(
  sheet: SheetWrite,
  styles: StyleBook,
  selected: boolean,
  drawingRelId?: string
): Uint8Array {
  const parts = new Utf8Parts();
  parts.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
  );
  parts.add(
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`
  );
  parts.add('<sheetFormatPr defaultRowHeight="16.5"/>');
  if (sheet.columnWidths?.length) {
    const cols = [...sheet.columnWidths].sort((a, b) => a.col - b.col);
    parts.add(
      `<cols>${cols.map((c) => `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`
    );
  }
  parts.add("<sheetData>");
  addRows(parts, sheet.cells, styles, sheet.rowHeights, sheet.input);
  parts.add("</sheetData>");
  if (sheet.protect)
    parts.add(
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>'
    );
  sheet.dataBars?.forEach((bar, i) =>
    parts.add(
      `<conditionalFormatting sqref="${bar.range}"><cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="num" val="0"/><cfvo type="max"/><color rgb="FF${bar.color}"/></dataBar></cfRule></conditionalFormatting>`
    )
  );
  if (sheet.listValidations?.length) {
    parts.add(
      `<dataValidations count="${sheet.listValidations.length}">${sheet.listValidations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.range}">` +
            `<formula1>${escapeXml(`"${v.values.join(",")}"`)}</formula1></dataValidation>`
        )
        .join("")}</dataValidations>`
    );
  }
  const links = sheet.cells.filter((c) => c.link);
  if (links.length) {
    parts.add(
      `<hyperlinks>${links
        .map((c) => {
          const ref = cellAddress(c.row, c.col);
          return `<hyperlink ref="${ref}" location="${escapeXml(c.link as string)}" display="${escapeXml(String(c.value ?? ref))}"/>`;
        })
        .join("")}</hyperlinks>`
    );
  }
  if (sheet.page) parts.add(pageXml(sheet.page));
  if (drawingRelId) parts.add(`<drawing r:id="${drawingRelId}"/>`);
  parts.add("</worksheet>");
  return parts.bytes();
}

/** A4 is paper size 9 in the file format. */
const A4_PAPER = 9;

/** pageMargins/pageSetup/headerFooter for a page setup, in schema order. */
function pageXml(page: PageSetup, q = ""): string {
  const m = page.margins;
  const footer = `&L${page.footer.left}&C${page.footer.center}&R${page.footer.right}`;
  return (
    `<${q}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<${q}pageSetup paperSize="${A4_PAPER}" scale="${page.scale}" orientation="${page.orientation}"/>` +
    `<${q}headerFooter><${q}oddFooter>${escapeXml(footer)}</${q}oddFooter></${q}headerFooter>`
  );
}

/** An element of the sheet's namespace, empty or with content, as a pattern. */
const element = (q: string, name: string) =>
  `<${q}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${q}${name}>)`;

/** Elements that follow headerFooter in a worksheet, in schema order. */
const AFTER_HEADER_FOOTER = [
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Where an element goes: before the first of `following` present, else before the root's end. */
function insertBefore(xml: string, q: string, following: string[], insert: string): string {
  const after = new RegExp(`<${q}(${following.join("|")})\\b`).exec(xml);
  const at = after ? after.index : xml.lastIndexOf(`</${q}worksheet>`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * The part of a sheet after sheetData with its page setup replaced: the old options, margins,
 * setup and footer removed, the new ones where the schema puts them.
 */
function withPage(tail: string, page: PageSetup, q: string): string {
  const out = tail
    .replace(new RegExp(element(q, "printOptions")), "")
    .replace(new RegExp(element(q, "pageMargins")), "")
    .replace(new RegExp(element(q, "pageSetup")), "")
    .replace(new RegExp(element(q, "headerFooter")), "")
    .replace(new RegExp(element(q, "colBreaks")), "");
  const withSetup = insertBefore(out, q, AFTER_HEADER_FOOTER, pageXml(page, q));
  const breaks = page.columnBreaks ?? [];
  if (breaks.length === 0) return withSetup;
  // A break's id is the column that begins the new page; max spans every row.
  const brks = breaks.map((col) => `<${q}brk id="${col}" max="1048575" man="1"/>`).join("");
  const xml = `<${q}colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brks}</${q}colBreaks>`;
  return insertBefore(withSetup, q, AFTER_HEADER_FOOTER.slice(2), xml);
}

/** Elements that follow sheetViews in a worksheet, in schema order (up to sheetData). */
const AFTER_SHEET_VIEWS = ["sheetFormatPr", "cols", "sheetData"];

/**
 * A sheet's XML with its panes frozen as `freeze` says: the first view's pane and selections
 * replaced (the view created where another program left none).
 */
function withFreeze(xml: string, freeze: NonNullable<SheetWrite["freeze"]>, q = ""): string {
  const pane = paneXml(freeze, q);
  const view = new RegExp(`<${q}sheetView\\b([^>]*?)(/>|>([\\s\\S]*?)</${q}sheetView>)`).exec(xml);
  if (!view) {
    return insertBefore(
      xml,
      q,
      AFTER_SHEET_VIEWS,
      `<${q}sheetViews><${q}sheetView workbookViewId="0">${pane}</${q}sheetView></${q}sheetViews>`
    );
  }
  const inner = (view[3] ?? "")
    .replace(new RegExp(element(q, "pane"), "g"), "")
    .replace(new RegExp(element(q, "selection"), "g"), "");
  // A split that is not frozen, or a view scrolled into the frozen rows, would fight the panes.
  const attributes = view[1].replace(/\stopLeftCell="[^"]*"/, "");
  const rebuilt = `<${q}sheetView${attributes}>${pane}${inner}</${q}sheetView>`;
  return xml.slice(0, view.index) + rebuilt + xml.slice(view.index + view[0].length);
}

/** The number after r=" in an opening tag, read without a regular expression (it runs per cell). */
function referenceIn(tag: string): string | undefined {
  const at = tag.indexOf(' r="');
  if (at < 0) return attribute(tag, "r");
  return tag.slice(at + 4, tag.indexOf('"', at + 4));
}

/** "AB12" → 27 (0-based column), by its letters. */
function columnOfReference(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

/** The patterns of a sheet's rows and cells under its prefix, made once per prefix. */
const ROW_PATTERNS = new Map<string, { open: RegExp; cell: RegExp }>();

function rowPatterns(q: string) {
  let patterns = ROW_PATTERNS.get(q);
  if (!patterns) {
    patterns = {
      open: new RegExp(`^<${q}row\\b[^>]*?(/?)>`),
      cell: new RegExp(`<${q}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${q}c>)`, "g"),
    };
    ROW_PATTERNS.set(q, patterns);
  }
  return patterns;
}

/**
 * A row of the file with the listed cells rewritten (or added), in column order; its other cells
 * as they were. The opening tag keeps what the user's program wrote (height, style, hidden …).
 */
function patchedRow(
  text: string,
  writes: CellWrite[],
  styles: StyleBook,
  q: string,
  input: boolean
): string {
  const patterns = rowPatterns(q);
  const open = patterns.open.exec(text) as RegExpExecArray;
  const inner =
    open[1] === "/" ? "" : text.slice(open[0].length, text.length - `</${q}row>`.length);
  const cells: { col: number; xml: string }[] = [];
  let previousCol = -1;
  for (const cell of inner.matchAll(patterns.cell)) {
    const ref = referenceIn(cell[1]);
    previousCol = ref ? columnOfReference(ref) : previousCol + 1;
    cells.push({ col: previousCol, xml: cell[0] });
  }
  for (const write of writes) {
    const at = cells.findIndex((c) => c.col === write.col);
    const kept = at >= 0 ? /^<[^>]*?\ss="(\d+)"/.exec(cells[at].xml)?.[1] : undefined;
    const xml = cellXml(write, styles, q, input, kept);
    if (at >= 0) cells[at] = { col: write.col, xml };
    else cells.push({ col: write.col, xml });
  }
  cells.sort((a, b) => a.col - b.col);
  // A row's spans hint is optional and may no longer hold once cells were added.
  const openTag = open[0].replace(/\/>$/, ">").replace(/\sspans="[^"]*"/, "");
  return `${openTag}${cells.map((c) => c.xml).join("")}</${q}row>`;
}

const utf8 = new TextDecoder();

/** A row element of the part: its number and where its bytes stand. */
interface RowSpan {
  number: number;
  start: number;
  end: number;
}

/** The row elements between `from` and `to` in a worksheet part's bytes, as the file has them. */
function rowSpans(bytes: Uint8Array, from: number, to: number, q: string): RowSpan[] {
  const rows: RowSpan[] = [];
  const open = `<${q}row`;
  const close = `</${q}row>`;
  let previous = 0;
  for (let at = indexOfAscii(bytes, open, from); at >= 0 && at < to;) {
    const next = bytes[at + open.length];
    // "<row" followed by a space, "/" or ">": not another element whose name begins so.
    if (
      next !== 0x20 &&
      next !== 0x09 &&
      next !== 0x0a &&
      next !== 0x0d &&
      next !== 0x2f &&
      next !== 0x3e
    ) {
      at = indexOfAscii(bytes, open, at + 1);
      continue;
    }
    const tagEnd = bytes.indexOf(0x3e, at);
    const tag = utf8.decode(bytes.subarray(at, tagEnd + 1));
    const number = Number(referenceIn(tag) ?? previous + 1);
    previous = number;
    const selfClosing = bytes[tagEnd - 1] === 0x2f;
    const end = selfClosing ? tagEnd + 1 : indexOfAscii(bytes, close, tagEnd) + close.length;
    if (end < close.length) throw new Error(`row ${number} is not closed`);
    rows.push({ number, start: at, end });
    at = indexOfAscii(bytes, open, end);
  }
  return rows;
}

/**
 * sheetData's rows added to `out` with the listed cells rewritten (or added), rows in order. Rows
 * without a write are copied as they are, byte for byte; rows only the writes have are new.
 */
function addPatchedRows(
  out: Utf8Parts,
  bytes: Uint8Array,
  rows: RowSpan[],
  cells: readonly CellWrite[],
  styles: StyleBook,
  q: string,
  input: boolean
): void {
  // The format keeps rows in order; a file that does not is put in order (a stable sort).
  rows.sort((a, b) => a.number - b.number);
  const writes = byRow(cells);
  const written = [...writes.keys()].sort((a, b) => a - b);
  const newRow = (row: number) =>
    patchedRow(`<${q}row r="${row + 1}"/>`, writes.get(row) as CellWrite[], styles, q, input);
  let next = 0;
  for (const row of rows) {
    while (next < written.length && written[next] + 1 < row.number)
      out.add(newRow(written[next++]));
    const span = bytes.subarray(row.start, row.end);
    if (next < written.length && written[next] + 1 === row.number) {
      const text = utf8.decode(span);
      out.add(patchedRow(text, writes.get(written[next++]) as CellWrite[], styles, q, input));
    } else out.addBytes(span);
  }
  while (next < written.length) out.add(newRow(written[next++]));
}

/**
 * A user's sheet (the part's UTF-8 bytes) patched as a SheetWrite in patch mode says: its cells,
 * and the panes and page setup the add-in owns; under the prefix the sheet's own root binds to
 * SpreadsheetML. Only the parts before and after sheetData and the rows that change are decoded:
 * the panes stand before sheetData, the page setup after it. A sheet that is not the active one
 * loses a tab selection (Excel would group them).
 */
export function patchSheet(
  bytes: Uint8Array,
  sheet: SheetWrite,
  styles: StyleBook,
  active: boolean
): Uint8Array {
  const named = indexOfAscii(bytes, "sheetData");
  if (named < 0) throw new Error("worksheet without sheetData");
  const q = rootPrefix(utf8.decode(bytes.subarray(0, named)), MAIN_NS);
  const start = indexOfAscii(bytes, `<${q}sheetData`);
  const startEnd = bytes.indexOf(0x3e, start) + 1;
  if (start < 0 || startEnd === 0) throw new Error("worksheet without sheetData");
  const empty = bytes[startEnd - 2] === 0x2f;
  const close = `</${q}sheetData>`;
  const closeAt = empty ? startEnd : lastIndexOfAscii(bytes, close);
  if (closeAt < startEnd) throw new Error("sheetData is not closed");
  const end = empty ? startEnd : closeAt + close.length;
  // The dimension is optional, and stale once cells were added; it stands before sheetData.
  let head = utf8
    .decode(bytes.subarray(0, start))
    .replace(new RegExp(`<${q}dimension\\b[^>]*/>`), "");
  let tail = utf8.decode(bytes.subarray(end));
  if (sheet.freeze) {
    // withFreeze places a new view before sheetData: given a stand-in for it, then without.
    const marker = `<${q}sheetData/>`;
    head = withFreeze(head + marker, sheet.freeze, q).slice(0, -marker.length);
  }
  if (!active) head = head.replace(/\stabSelected="(1|true)"/g, "");
  if (sheet.page) {
    tail = withPage(tail, sheet.page, q);
    // A fit-to-page flag (in sheetPr, before sheetData) would override the scale.
    head = head.replace(new RegExp(`(<${q}pageSetUpPr\\b[^>]*?)\\sfitToPage="[^"]*"`), "$1");
  }
  const rows = empty ? [] : rowSpans(bytes, startEnd, closeAt, q);
  const out = new Utf8Parts();
  out.add(head);
  out.add(`<${q}sheetData>`);
  addPatchedRows(out, bytes, rows, sheet.cells, styles, q, sheet.input ?? false);
  out.add(`</${q}sheetData>`);
  out.add(tail);
  return out.bytes();
}
