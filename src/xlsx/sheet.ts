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
import { attribute, escapeXml, rootPrefix } from "./xml";

/**
 * Functions newer than Excel 2007 are stored with the _xlfn. prefix in a file (Excel shows them
 * without it); without it Excel and LibreOffice read #NAME?.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(UNICODE|UNICHAR|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP)\(/g;

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
  return `<${c} r="${ref}"${style} t="inlineStr"><${q}is><${q}t xml:space="preserve">${escapeXml(value)}</${q}t></${q}is></${c}>`;
}

function rowsXml(
  cells: readonly CellWrite[],
  styles: StyleBook,
  heights: SheetWrite["rowHeights"] = [],
  input = false
): string {
  const byRow = new Map<number, CellWrite[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const heightOf = new Map(heights.map((h) => [h.row, h.height]));
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const ordered = dedupe(byRow.get(row) as CellWrite[]).sort((a, b) => a.col - b.col);
      const height = heightOf.get(row);
      const ht = height ? ` ht="${height}" customHeight="1"` : "";
      return `<row r="${row + 1}"${ht}>${ordered.map((c) => cellXml(c, styles, "", input)).join("")}</row>`;
    })
    .join("");
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

/** A whole worksheet (elements in the order the schema requires). */
export function worksheetXml(
  sheet: SheetWrite,
  styles: StyleBook,
  selected: boolean,
  drawingRelId?: string
): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
  ];
  parts.push(
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`
  );
  parts.push('<sheetFormatPr defaultRowHeight="16.5"/>');
  if (sheet.columnWidths?.length) {
    const cols = [...sheet.columnWidths].sort((a, b) => a.col - b.col);
    parts.push(
      `<cols>${cols.map((c) => `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`
    );
  }
  parts.push(
    `<sheetData>${rowsXml(sheet.cells, styles, sheet.rowHeights, sheet.input)}</sheetData>`
  );
  if (sheet.protect)
    parts.push(
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>'
    );
  sheet.dataBars?.forEach((bar, i) =>
    parts.push(
      `<conditionalFormatting sqref="${bar.range}"><cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="num" val="0"/><cfvo type="max"/><color rgb="FF${bar.color}"/></dataBar></cfRule></conditionalFormatting>`
    )
  );
  if (sheet.listValidations?.length) {
    parts.push(
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
    parts.push(
      `<hyperlinks>${links
        .map((c) => {
          const ref = cellAddress(c.row, c.col);
          return `<hyperlink ref="${ref}" location="${escapeXml(c.link as string)}" display="${escapeXml(String(c.value ?? ref))}"/>`;
        })
        .join("")}</hyperlinks>`
    );
  }
  if (sheet.page) parts.push(pageXml(sheet.page));
  if (drawingRelId) parts.push(`<drawing r:id="${drawingRelId}"/>`);
  parts.push("</worksheet>");
  return parts.join("");
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

interface ParsedRow {
  number: number;
  /** The opening tag, kept as the user's program wrote it (height, style, hidden …). */
  open: string;
  cells: { col: number; xml: string }[];
  /** A row element with no cells (<row …/>). */
  empty: boolean;
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

function parseRows(sheetData: string, q: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const ROW = new RegExp(`<${q}row\\b[^>]*?(?:/>|>([\\s\\S]*?)</${q}row>)`, "g");
  const CELL = new RegExp(`<${q}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${q}c>)`, "g");
  const OPEN_ROW = new RegExp(`^<${q}row\\b[^>]*?(/?)>`);
  let previous = 0;
  for (const match of sheetData.matchAll(ROW)) {
    const open = OPEN_ROW.exec(match[0]) as RegExpExecArray;
    const number = Number(referenceIn(open[0]) ?? previous + 1);
    previous = number;
    let previousCol = -1;
    const cells = [...(match[1] ?? "").matchAll(CELL)].map((cell) => {
      const ref = referenceIn(cell[1]);
      const col = ref ? columnOfReference(ref) : previousCol + 1;
      previousCol = col;
      return { col, xml: cell[0] };
    });
    rows.push({ number, open: open[0].replace(/\/>$/, ">"), cells, empty: open[1] === "/" });
  }
  return rows;
}

/**
 * The sheet with the listed cells rewritten (or added), in column order within their rows, rows in
 * order within sheetData. Everything else, cell by cell, stays as it was.
 */
function patchWorksheet(
  xml: string,
  cells: readonly CellWrite[],
  styles: StyleBook,
  q = "",
  input = false
): string {
  const dataMatch = new RegExp(
    `<${q}sheetData\\s*/>|<${q}sheetData\\b[^>]*>([\\s\\S]*?)</${q}sheetData>`
  ).exec(xml);
  if (!dataMatch) throw new Error("worksheet without sheetData");
  const rows = parseRows(dataMatch[1] ?? "", q);
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  for (const cell of cells) {
    const number = cell.row + 1;
    let row = byNumber.get(number);
    if (!row) {
      row = { number, open: `<${q}row r="${number}">`, cells: [], empty: false };
      byNumber.set(number, row);
      rows.push(row);
    }
    const at = row.cells.findIndex((c) => c.col === cell.col);
    const kept = at >= 0 ? /^<[^>]*?\ss="(\d+)"/.exec(row.cells[at].xml)?.[1] : undefined;
    const xmlOfCell = cellXml(cell, styles, q, input, kept);
    if (at >= 0) row.cells[at] = { col: cell.col, xml: xmlOfCell };
    else row.cells.push({ col: cell.col, xml: xmlOfCell });
    row.empty = false;
  }
  rows.sort((a, b) => a.number - b.number);
  const sheetData = `<${q}sheetData>${rows
    .map((row) => {
      if (row.empty && row.cells.length === 0) return row.open.replace(/>$/, "/>");
      const ordered = [...row.cells].sort((a, b) => a.col - b.col);
      // A row's spans hint is optional and may no longer hold once cells were added.
      const open = row.open.replace(/\sspans="[^"]*"/, "");
      return `${open}${ordered.map((c) => c.xml).join("")}</${q}row>`;
    })
    .join("")}</${q}sheetData>`;
  // The dimension is optional, and stale once cells were added; it stands before sheetData.
  const head = xml.slice(0, dataMatch.index).replace(new RegExp(`<${q}dimension\\b[^>]*/>`), "");
  return head + sheetData + xml.slice(dataMatch.index + dataMatch[0].length);
}

/**
 * A user's sheet patched as a SheetWrite in patch mode says: its cells, and the panes and page
 * setup the add-in owns; under the prefix the sheet's own root binds to SpreadsheetML. The panes
 * stand before sheetData and the page setup after it, so only those ends of the (large) sheet are
 * searched. A sheet that is not the active one loses a tab selection (Excel would group them).
 */
export function patchSheet(
  xml: string,
  sheet: SheetWrite,
  styles: StyleBook,
  active: boolean
): string {
  const q = rootPrefix(xml, MAIN_NS);
  const patched = patchWorksheet(xml, sheet.cells, styles, q, sheet.input);
  const start = patched.indexOf(`<${q}sheetData>`);
  const end = patched.lastIndexOf(`</${q}sheetData>`) + `</${q}sheetData>`.length;
  let head = patched.slice(0, start);
  let tail = patched.slice(end);
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
  return head + patched.slice(start, end) + tail;
}
