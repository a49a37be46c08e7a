// A ReportDocument as a Word file (.docx, which 한글 opens too), written by the `docx` package
// (docs/decisions/0005-docx-library.md). Only translation here: the words, numbers and order are
// the core's. Headings use Word's own heading styles and tables one named table style, so a reader
// can restyle the whole report; A4 portrait; 맑은 고딕, the Korean font every Korean Windows has.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import JSZip from "jszip";
import type { ReportBlock, ReportDocument, ReportTable } from "../core/report/document";
import { Utf8Parts } from "../xlsx/utf8Parts";
import { escapeXml } from "../xlsx/xml";
import { CELL_PADDING, columnWidths, textWidth, unbreakable } from "./layout";

const DOCUMENT_PART = "word/document.xml";

const FONT = "맑은 고딕";
const FONTS = { ascii: FONT, eastAsia: FONT, hAnsi: FONT, cs: FONT };
/** A4 in twips (1/20 pt), margins 2 cm: 9,638 twips of text width. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const TABLE_STYLE = "MboReportTable";
const WARNING = "C00000";

/**
 * The report's table style: thin borders, the header row bold on grey (and repeated on every
 * page by the rows themselves), 9 pt text. Given as "external styles": docx then keeps its own
 * default styles (Normal, Title, Heading 1 …) with our fonts beside it, where its `importedStyles`
 * would replace them all.
 */
const tableStylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${TABLE_STYLE}" w:customStyle="1"><w:name w:val="MBO Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E1F2"/></w:tcPr></w:tblStylePr></w:style></w:styles>`;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellParagraph(text: string, align: keyof typeof ALIGN, bold = false): Paragraph {
  return new Paragraph({ alignment: ALIGN[align], children: [new TextRun({ text, bold })] });
}

/**
 * Where a table goes: a paragraph holding only this marker (a private-use character no report
 * text has around the table's number), replaced by the table's XML once the package is made.
 */
const tableMarker = (n: number) => `\uE000MBO-TABLE-${n}\uE000`;

/**
 * A cell's text as written: one that wraps in its column gets word joiners inside its words
 * (`unbreakable`); one that fits stays exactly as typed (a joiner would travel with a copy).
 */
const wrapped = (text: string, width: number, bold: boolean) =>
  textWidth(text, bold) + CELL_PADDING > width ? unbreakable(text) : text;

/**
 * A table that fits on a page this many rows long (9 pt rows, an A4 page less its title) is kept
 * on one: its rows held to the next (a three-row table split across pages, issue 30).
 */
const ROWS_KEPT_TOGETHER = 30;

/**
 * A table's cell: its width, its alignment, bold or not, held to the next row or not
 * (WordprocessingML, as docx writes it).
 */
function cellXml(
  text: string,
  width: number,
  align: keyof typeof ALIGN,
  bold: boolean,
  keepNext: boolean
): string {
  const run = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "";
  const keep = keepNext ? "<w:keepNext/>" : "";
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr><w:p><w:pPr>${keep}<w:jc w:val="${align}"/></w:pPr>` +
    `<w:r>${run}<w:t xml:space="preserve">${escapeXml(wrapped(text, width, bold))}</w:t></w:r></w:p></w:tc>`
  );
}

/**
 * A table as WordprocessingML, row by row into `out`: columns as wide as their words need
 * (`layout.ts`), the header row repeated on every page and held to the first row, no row split
 * across pages, a table short enough for a page kept on one, the report's table style. Written
 * as text rather than as the docx package's objects (about twenty a cell): a 50,000-row
 * workbook's report of 25,000 table rows took 2.3 GB that way (issue 28).
 */
function addTable(out: Utf8Parts, table: ReportTable): void {
  const widths = columnWidths(table, TEXT_WIDTH);
  const together = table.rows.length <= ROWS_KEPT_TOGETHER;
  out.add(
    `<w:tbl><w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
  );
  out.add(
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns
      .map((column, i) => cellXml(column.label, widths[i], "center", true, table.rows.length > 0))
      .join("")}</w:tr>`
  );
  table.rows.forEach((row, r) => {
    const keepNext = together && r < table.rows.length - 1;
    out.add(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.cells
        .map((text, i) =>
          cellXml(text, widths[i], table.columns[i].align, row.emphasis ?? false, keepNext)
        )
        .join("")}</w:tr>`
    );
  });
  out.add("</w:tbl>");
}

function blockOf(block: ReportBlock, tables: ReportTable[]): Paragraph[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          text: block.text,
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, color: block.warning ? WARNING : undefined })],
        }),
      ];
    case "table":
      tables.push(block);
      // A paragraph after a table keeps two tables in a row apart (Word would join them).
      return [new Paragraph({ text: tableMarker(tables.length - 1) }), new Paragraph({ text: "" })];
  }
}

/**
 * The 결재란 as a 결재 line has it: a narrow label cell at the left — "결재" one syllable a line,
 * or an English word turned upright — then one box per role, its name above room for a signature,
 * the whole box at the right margin (it was a full-width label column, issue 30).
 */
function approvalBox(approval: NonNullable<ReportDocument["approval"]>): Table {
  const labelWidth = 454;
  const box = Math.max(1000, ...approval.roles.map((role) => textWidth(role, true) + 200));
  const stacked = /^[\uac00-\ud7a3]+$/.test(approval.heading);
  const label = new TableCell({
    width: { size: labelWidth, type: WidthType.DXA },
    rowSpan: 2,
    verticalAlign: VerticalAlign.CENTER,
    textDirection: stacked ? undefined : TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
    children: stacked
      ? [...approval.heading].map((syllable) => cellParagraph(syllable, "center", true))
      : [cellParagraph(approval.heading, "center", true)],
  });
  const cell = (text: string) =>
    new TableCell({
      width: { size: box, type: WidthType.DXA },
      children: [cellParagraph(text, "center", text !== "")],
    });
  return new Table({
    style: TABLE_STYLE,
    alignment: AlignmentType.RIGHT,
    width: { size: labelWidth + box * approval.roles.length, type: WidthType.DXA },
    columnWidths: [labelWidth, ...approval.roles.map(() => box)],
    rows: [
      new TableRow({ children: [label, ...approval.roles.map((role) => cell(role))] }),
      new TableRow({
        height: { value: 850, rule: HeightRule.ATLEAST },
        children: approval.roles.map(() => cell("")),
      }),
    ],
  });
}

/** The report's Word document, each table a marker where `tables` (filled here) will go. */
function reportDocx(report: ReportDocument, tables: ReportTable[]): Document {
  const language = report.lang === "ko" ? "ko-KR" : "en-US";
  return new Document({
    creator: "mbo-eval",
    title: report.title,
    externalStyles: tableStylesXml,
    styles: {
      default: {
        document: {
          run: {
            font: FONTS,
            size: 20,
            language: { value: language, eastAsia: "ko-KR" },
          },
          paragraph: { spacing: { after: 80, line: 276 } },
        },
        // A title that wraps to two lines keeps them apart (1⅓ lines; issue 30: "set too tight").
        title: {
          run: { font: FONTS, size: 32, bold: true, color: "000000" },
          paragraph: { spacing: { line: 320, lineRule: LineRuleType.AUTO, after: 120 } },
        },
        heading1: {
          run: { font: FONTS, size: 26, bold: true, color: "1F4E78" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONTS, size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                border: { top: { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 4 } },
                children: [
                  new TextRun({ text: `${report.footer}  —  `, size: 16 }),
                  new TextRun({
                    children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(report.approval ? [approvalBox(report.approval), new Paragraph({ text: "" })] : []),
          new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
          new Paragraph({ children: [new TextRun({ text: report.subtitle, color: "595959" })] }),
          ...report.blocks.flatMap((block) => blockOf(block, tables)),
        ],
      },
    ],
  });
}

/** The report as .docx bytes (in Node and in the browser alike). */
export async function reportBytes(report: ReportDocument): Promise<Uint8Array> {
  const tables: ReportTable[] = [];
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(reportDocx(report, tables)));
  const part = zip.file(DOCUMENT_PART);
  if (!part) throw new Error(`the docx package has no ${DOCUMENT_PART}`);
  const xml = await part.async("string");
  const out = new Utf8Parts();
  let from = 0;
  tables.forEach((table, n) => {
    const at = xml.indexOf(tableMarker(n), from);
    const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
    if (at < 0 || start < from) throw new Error(`table ${n} has no place in the document`);
    out.add(xml.slice(from, start));
    addTable(out, table);
    from = xml.indexOf("</w:p>", at) + "</w:p>".length;
  });
  out.add(xml.slice(from));
  zip.file(DOCUMENT_PART, out.bytes());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
