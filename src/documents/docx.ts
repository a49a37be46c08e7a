// .docx plan documents: word/document.xml read as XML (htmlparser2 in XML mode): paragraphs
// (a heading style makes a heading), tables, and in a cell each paragraph an entry at its list
// level (w:numPr/w:ilvl) or, without numbering, at its indentation.
import { DomUtils } from "htmlparser2";
import type JSZip from "jszip";
import {
  entriesByLevel,
  tableGrid,
  type Block,
  type DocCell,
  type PlanDocument,
} from "../core/import/document";
import {
  DocumentFileError,
  attribute,
  children,
  named,
  openPackage,
  paragraphText,
  parseXml,
  type TextParts,
  type XmlNode as Node,
} from "./package";

/** Indentation that makes one list level where a paragraph has no numbering (twips: ~0.7 cm). */
const INDENT_PER_LEVEL = 400;

const child = (node: Node | undefined, name: string) => children(node).find((c) => named(c, name));

const WORD: TextParts = { text: "w:t", breaks: ["w:br", "w:cr"], tabs: ["w:tab"], skip: [] };

function paragraphDepth(paragraph: Node): number {
  const properties = child(paragraph, "w:pPr");
  const level = attribute(child(child(properties, "w:numPr"), "w:ilvl"), "w:val");
  if (level !== undefined) return Number(level) || 0;
  const indent = child(properties, "w:ind");
  const left = Number(attribute(indent, "w:left") ?? attribute(indent, "w:start") ?? 0);
  return left > 0 ? Math.floor(left / INDENT_PER_LEVEL) : 0;
}

const isHeading = (paragraph: Node) =>
  /heading|title|제목/i.test(
    attribute(child(child(paragraph, "w:pPr"), "w:pStyle"), "w:val") ?? ""
  );

/** A cell's paragraphs (nested tables' too) as entries nested by their levels. */
function cellOf(cell: Node): DocCell {
  const paragraphs = DomUtils.findAll((n) => n.name === "w:p", children(cell));
  return entriesByLevel(
    paragraphs.map((p) => ({ level: paragraphDepth(p), text: paragraphText(p, WORD) }))
  );
}

export async function readDocxDocument(bytes: Uint8Array): Promise<PlanDocument> {
  return docxDocument(await openPackage(bytes));
}

/** A .docx package's document. */
export async function docxDocument(zip: JSZip): Promise<PlanDocument> {
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new DocumentFileError("notDocument");
  const body = DomUtils.findOne((n) => n.name === "w:body", parseXml(xml));
  const blocks: Block[] = [];
  for (const node of body ? body.children : []) {
    if (named(node, "w:p")) {
      const text = paragraphText(node, WORD).replace(/\s+/g, " ").trim();
      if (text)
        blocks.push(isHeading(node) ? { kind: "heading", text } : { kind: "paragraph", text });
    } else if (named(node, "w:tbl")) {
      const rows = children(node).filter((r) => named(r, "w:tr"));
      blocks.push({
        kind: "table",
        rows: tableGrid(
          rows.map((row) =>
            children(row)
              .filter((c) => named(c, "w:tc"))
              .map((tc) => {
                const properties = child(tc, "w:tcPr");
                const vMerge = child(properties, "w:vMerge");
                return {
                  cell: cellOf(tc),
                  colSpan: Number(attribute(child(properties, "w:gridSpan"), "w:val")) || 1,
                  // <w:vMerge/> or val="continue": the cell above goes on here.
                  continuesAbove: vMerge !== undefined && attribute(vMerge, "w:val") !== "restart",
                };
              })
          )
        ),
      });
    }
  }
  return { blocks };
}
