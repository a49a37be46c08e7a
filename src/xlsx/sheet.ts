// Worksheet XML: a whole sheet for the add-in's own sheets, and a cell-level patch for the
// user's sheets that changes the listed cells and leaves every other byte of the sheet alone.
import {
  cellAddress,
  parseAddress,
  styleOf,
  type CellWrite,
  type PageSetup,
  type SheetWrite,
} from "../core/workbook";
import type { StyleBook } from "./styles";
import { attribute, escapeXml } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Functions newer than Excel 2007 are stored with the _xlfn. prefix in a file (Excel shows them
 * without it); without it Excel and LibreOffice read #NAME?.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(UNICODE|UNICHAR|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP)\(/g;

export function fileFormula(formula: string): string {
  return formula.replace(FUTURE_FUNCTIONS, "_xlfn.$1(");
}

/** One <c> element. Text is always an inline string: never a formula, whatever it starts with. */
export function cellXml(cell: CellWrite, styles: StyleBook): string {
  const ref = cellAddress(cell.row, cell.col);
  const s = styles.index(styleOf(cell));
  const style = s ? ` s="${s}"` : "";
  const value = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(fileFormula(cell.formula))}</f>`;
    if (typeof value === "number") return `<c r="${ref}"${style}>${f}<v>${value}</v></c>`;
    if (typeof value === "boolean")
      return `<c r="${ref}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style} t="str">${f}<v>${escapeXml(String(value ?? ""))}</v></c>`;
  }
  if (value === null || value === undefined) return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `<c r="${ref}"${style}><v>${value}</v></c>`
      : `<c r="${ref}"${style}/>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function rowsXml(
  cells: readonly CellWrite[],
  styles: StyleBook,
  heights: SheetWrite["rowHeights"] = []
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
      return `<row r="${row + 1}"${ht}>${ordered.map((c) => cellXml(c, styles)).join("")}</row>`;
    })
    .join("");
}

/** The last write to a cell wins. */
function dedupe(cells: CellWrite[]): CellWrite[] {
  const byCol = new Map<number, CellWrite>();
  for (const cell of cells) byCol.set(cell.col, cell);
  return [...byCol.values()];
}

function paneXml(freeze: SheetWrite["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return "";
  const topLeft = cellAddress(freeze.rows, freeze.cols);
  const pane = freeze.rows && freeze.cols ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight";
  return (
    `<pane${freeze.cols ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}` +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
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
  parts.push(`<sheetData>${rowsXml(sheet.cells, styles, sheet.rowHeights)}</sheetData>`);
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

/** printOptions/pageMargins/pageSetup/headerFooter for a page setup, in schema order. */
function pageXml(page: PageSetup): string {
  const m = page.margins;
  const footer = `&L${page.footer.left}&C${page.footer.center}&R${page.footer.right}`;
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${A4_PAPER}" scale="${page.scale}" orientation="${page.orientation}"/>` +
    `<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>`
  );
}

/** Elements that follow headerFooter in a worksheet, in schema order. */
const AFTER_HEADER_FOOTER =
  /<(rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/**
 * A sheet's XML with its page setup replaced: the old margins, setup and footer removed, the new
 * ones where the schema puts them, a fit-to-page flag dropped (it would override the scale).
 */
export function withPage(xml: string, page: PageSetup): string {
  let out = xml
    .replace(/<printOptions\b[^>]*\/>/, "")
    .replace(/<pageMargins\b[^>]*\/>/, "")
    .replace(/<pageSetup\b[^>]*\/>/, "")
    .replace(/<headerFooter\b[^>]*\/>|<headerFooter\b[^>]*>[\s\S]*?<\/headerFooter>/, "")
    .replace(/(<pageSetUpPr\b[^>]*?)\sfitToPage="[^"]*"/, "$1");
  const after = AFTER_HEADER_FOOTER.exec(out);
  const at = after ? after.index : out.lastIndexOf("</worksheet>");
  out = out.slice(0, at) + pageXml(page) + out.slice(at);
  return out;
}

interface ParsedRow {
  number: number;
  /** The opening tag, kept as the user's program wrote it (height, style, hidden …). */
  open: string;
  cells: { col: number; xml: string }[];
  /** A row element with no cells (<row …/>). */
  empty: boolean;
}

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function parseRows(sheetData: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const ROW = /<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
  let previous = 0;
  for (const match of sheetData.matchAll(ROW)) {
    const open = /^<row\b[^>]*?(\/?)>/.exec(match[0]) as RegExpExecArray;
    const number = Number(attribute(open[0], "r") ?? previous + 1);
    previous = number;
    let previousCol = -1;
    const cells = [...(match[1] ?? "").matchAll(CELL)].map((cell) => {
      const tag = /^<c\b[^>]*?\/?>/.exec(cell[0])?.[0] ?? "";
      const ref = attribute(tag, "r");
      const col = ref ? parseAddress(ref).col : previousCol + 1;
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
export function patchWorksheet(
  xml: string,
  cells: readonly CellWrite[],
  styles: StyleBook
): string {
  const dataMatch = /<sheetData\s*\/>|<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml);
  if (!dataMatch) throw new Error("worksheet without sheetData");
  const rows = parseRows(dataMatch[1] ?? "");
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  for (const cell of cells) {
    const number = cell.row + 1;
    let row = byNumber.get(number);
    if (!row) {
      row = { number, open: `<row r="${number}">`, cells: [], empty: false };
      byNumber.set(number, row);
      rows.push(row);
    }
    const xmlOfCell = cellXml(cell, styles);
    const at = row.cells.findIndex((c) => c.col === cell.col);
    if (at >= 0) row.cells[at] = { col: cell.col, xml: xmlOfCell };
    else row.cells.push({ col: cell.col, xml: xmlOfCell });
    row.empty = false;
  }
  rows.sort((a, b) => a.number - b.number);
  const sheetData = `<sheetData>${rows
    .map((row) => {
      if (row.empty && row.cells.length === 0) return row.open.replace(/>$/, "/>");
      const ordered = [...row.cells].sort((a, b) => a.col - b.col);
      // A row's spans hint is optional and may no longer hold once cells were added.
      const open = row.open.replace(/\sspans="[^"]*"/, "");
      return `${open}${ordered.map((c) => c.xml).join("")}</row>`;
    })
    .join("")}</sheetData>`;
  return (
    xml.slice(0, dataMatch.index) +
    sheetData +
    xml.slice(dataMatch.index + dataMatch[0].length)
  ).replace(/<dimension\b[^>]*\/>/, ""); // optional, and stale once cells were added
}
