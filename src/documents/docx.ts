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

/** A style's name says heading in Word's English names ("heading 2", "Title") or Korean ones. */
const HEADING_NAME = /^(heading|title|제목|개요)\b|^(heading|제목|개요)\s*\d/i;

/**
 * The styles that make a paragraph a heading, by id: those with an outline level, or a heading's
 * name — the name, not the id, which Word translates ("Heading2" is "2" or "제목2" elsewhere) —
 * and those based on one.
 */
function headingStyles(stylesXml: string | undefined): Set<string> {
  const styles = stylesXml
    ? DomUtils.findAll((n) => n.name === "w:style", parseXml(stylesXml))
    : [];
  const byId = new Map(styles.map((style) => [style.attribs["w:styleId"] ?? "", style]));
  const isHeadingStyle = (id: string, seen: Set<string>): boolean => {
    const style = byId.get(id);
    if (!style || seen.has(id)) return false;
    seen.add(id);
    const properties = child(style, "w:pPr");
    const outline = attribute(child(properties, "w:outlineLvl"), "w:val");
    if (outline !== undefined && Number(outline) < 9) return true;
    if (HEADING_NAME.test(attribute(child(style, "w:name"), "w:val") ?? "")) return true;
    const basedOn = attribute(child(style, "w:basedOn"), "w:val");
    return basedOn !== undefined && isHeadingStyle(basedOn, seen);
  };
  return new Set([...byId.keys()].filter((id) => isHeadingStyle(id, new Set())));
}

/** A heading: an outline level of its own, or a heading style (by the style's name or level). */
function isHeading(paragraph: Node, headings: Set<string>): boolean {
  const properties = child(paragraph, "w:pPr");
  const outline = attribute(child(properties, "w:outlineLvl"), "w:val");
  // Level 9 is Word's "body text".
  if (outline !== undefined && Number(outline) < 9) return true;
  const style = attribute(child(properties, "w:pStyle"), "w:val") ?? "";
  // Without a styles part (documents made by tools), the id itself is all there is to go by.
  return headings.size > 0 ? headings.has(style) : HEADING_NAME.test(style);
}

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
  const headings = headingStyles(await zip.file("word/styles.xml")?.async("string"));
  const body = DomUtils.findOne((n) => n.name === "w:body", parseXml(xml));
  const blocks: Block[] = [];
  for (const node of body ? body.children : []) {
    if (named(node, "w:p")) {
      const text = paragraphText(node, WORD).replace(/\s+/g, " ").trim();
      if (text)
        blocks.push(
          isHeading(node, headings) ? { kind: "heading", text } : { kind: "paragraph", text }
        );
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
