// .hwpx plan documents (한글's OWPML, 한글 2014 and later): Contents/section*.xml read as XML
// (htmlparser2 in XML mode). A paragraph holding a table (hp:tbl sits in a paragraph's run) is a
// table; a paragraph whose style is an outline or title style (Contents/header.xml) a heading;
// in a cell each paragraph an entry at its list level (the paragraph shape's hh:heading level, or
// its left margin).
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

/** Left margin that makes one list level where a paragraph shape has no list (HWPUNIT: ~0.7 cm). */
const MARGIN_PER_LEVEL = 2000;

const find = (name: string, nodes: Node[]) => DomUtils.findAll((n) => n.name === name, nodes);

/** The header's styles and paragraph shapes: which style ids are headings, each shape's level. */
function headerOf(xml: string | undefined) {
  const root = xml ? parseXml(xml) : [];
  const headingStyles = new Set(
    find("hh:style", root)
      .filter((s) =>
        /개요|제목|outline|heading|title/i.test(`${s.attribs.name} ${s.attribs.engName}`)
      )
      .map((s) => s.attribs.id)
  );
  const levels = new Map<string, number>();
  for (const shape of find("hh:paraPr", root)) {
    const heading = find("hh:heading", shape.children)[0];
    const listed = heading && heading.attribs.type && heading.attribs.type !== "NONE";
    const left = Number(attribute(find("hc:left", shape.children)[0], "value") ?? 0);
    levels.set(
      shape.attribs.id,
      listed
        ? Number(heading.attribs.level ?? 0)
        : left > 0
          ? Math.floor(left / MARGIN_PER_LEVEL)
          : 0
    );
  }
  return { headingStyles, levels };
}

const HANGUL: TextParts = {
  text: "hp:t",
  breaks: ["hp:lineBreak"],
  tabs: ["hp:tab"],
  skip: ["hp:tbl"],
};

export async function readHwpxDocument(bytes: Uint8Array): Promise<PlanDocument> {
  return hwpxDocument(await openPackage(bytes));
}

/** A .hwpx package's document. */
export async function hwpxDocument(zip: JSZip): Promise<PlanDocument> {
  const sections = Object.keys(zip.files)
    .filter((name) => /^Contents\/section\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  if (sections.length === 0) throw new DocumentFileError("notDocument");
  const { headingStyles, levels } = headerOf(
    await zip.file("Contents/header.xml")?.async("string")
  );
  const level = (paragraph: Node) => levels.get(attribute(paragraph, "paraPrIDRef") ?? "") ?? 0;
  const cellOf = (cell: Node): DocCell => {
    const subList = find("hp:subList", children(cell))[0];
    const paragraphs = children(subList).filter((n) => named(n, "hp:p"));
    return entriesByLevel(
      paragraphs.map((p) => ({ level: level(p), text: paragraphText(p, HANGUL) }))
    );
  };
  const blocks: Block[] = [];
  for (const name of sections) {
    const section = DomUtils.findOne(
      (n) => n.name === "hs:sec",
      parseXml(await zip.file(name)!.async("string"))
    );
    for (const paragraph of children(section ?? undefined).filter((n) => named(n, "hp:p"))) {
      const table = DomUtils.findOne((n) => n.name === "hp:tbl", children(paragraph));
      if (table) {
        const rows = table.children.filter((r) => named(r, "hp:tr"));
        blocks.push({
          kind: "table",
          // 한글 leaves the cells a merged cell covers out of the file: each cell says where it
          // stands (cellAddr) and what it spans (cellSpan).
          rows: tableGrid(
            rows.map((row) =>
              children(row)
                .filter((c) => named(c, "hp:tc"))
                .map((tc) => {
                  const address = children(tc).find((n) => named(n, "hp:cellAddr"));
                  const spans = children(tc).find((n) => named(n, "hp:cellSpan"));
                  const row = Number(attribute(address, "rowAddr"));
                  const col = Number(attribute(address, "colAddr"));
                  return {
                    cell: cellOf(tc),
                    rowSpan: Number(attribute(spans, "rowSpan")) || 1,
                    colSpan: Number(attribute(spans, "colSpan")) || 1,
                    ...(Number.isInteger(row) && Number.isInteger(col) && address
                      ? { at: { row, col } }
                      : {}),
                  };
                })
            )
          ),
        });
        continue;
      }
      const text = paragraphText(paragraph, HANGUL).replace(/\s+/g, " ").trim();
      if (!text) continue;
      const heading = headingStyles.has(attribute(paragraph, "styleIDRef") ?? "");
      blocks.push(heading ? { kind: "heading", text } : { kind: "paragraph", text });
    }
  }
  return { blocks };
}
