// HTML in a plan document's cells (the seed's <ul><li> lists, <b>, <br>) as the core's entries.
// Parsed by htmlparser2 (docs/decisions/0003-html-parser.md), never by regular expressions.
import { DomUtils, parseDocument } from "htmlparser2";
import {
  entryOf,
  tableGrid,
  textEntries,
  type Block,
  type DocCell,
  type Entry,
  type PlanDocument,
} from "../core/import/document";

type Node = ReturnType<typeof parseDocument>["children"][number];

const isList = (node: Node) => DomUtils.isTag(node) && (node.name === "ul" || node.name === "ol");

/**
 * A node's own text: everything but the lists nested in it. A line break in the source is only a
 * space (LibreOffice and Word wrap long source lines inside a paragraph); lines are made by <br>,
 * <p> and <div>.
 */
function ownText(node: Node): string {
  if (DomUtils.isText(node)) return node.data.replace(/\s+/g, " ");
  if (!DomUtils.isTag(node) || isList(node)) return "";
  if (node.name === "br") return "\n";
  const inner = node.children.map(ownText).join("");
  return node.name === "p" || node.name === "div" ? `${inner}\n` : inner;
}

/** A list's items as entries, each with the lists nested under it as its children. */
function listEntries(list: Node): Entry[] {
  if (!DomUtils.isTag(list)) return [];
  return list.children
    .filter((child) => DomUtils.isTag(child) && child.name === "li")
    .map((item) => {
      const children = DomUtils.isTag(item)
        ? item.children.filter(isList).flatMap(listEntries)
        : [];
      return entryOf(ownText(item).replace(/\s+/g, " "), children);
    });
}

/** The entries of a run of nodes: lists as list items, other text by lines and " - " parts. */
function nodesEntries(nodes: readonly Node[]): Entry[] {
  const entries: Entry[] = [];
  let text = "";
  const flush = () => {
    entries.push(...textEntries(text));
    text = "";
  };
  for (const node of nodes) {
    if (isList(node)) {
      flush();
      entries.push(...listEntries(node));
    } else if (DomUtils.isTag(node) && node.children.some((c) => isList(c))) {
      flush();
      entries.push(...nodesEntries(node.children));
    } else {
      text += ownText(node);
    }
  }
  flush();
  return entries;
}

/** One cell's HTML (or plain text) as a cell of the document model. */
export function htmlCell(html: string): DocCell {
  return cellOf(parseDocument(html, { decodeEntities: true }).children);
}

function cellOf(nodes: readonly Node[]): DocCell {
  const entries = nodesEntries(nodes);
  const lines = (list: readonly Entry[]): string[] =>
    list.flatMap((e) => [[e.marker, e.text].filter(Boolean).join(" "), ...lines(e.children)]);
  return { text: lines(entries).join("\n"), entries };
}

const HEADING = /^h[1-6]$/;

/** A cell's rowspan or colspan (1 when absent or not a number). */
const span = (cell: Node, name: string) =>
  (DomUtils.isTag(cell) && Number.parseInt(cell.attribs[name] ?? "", 10)) || 1;

/** A table's rows (thead, tbody or none), not those of a table nested in one of its cells. */
function rowsOf(table: Node): Node[] {
  const rows: Node[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!DomUtils.isTag(node)) continue;
      if (node.name === "tr") rows.push(node);
      else if (node.name !== "table") walk(node.children);
    }
  };
  if (DomUtils.isTag(table)) walk(table.children);
  return rows;
}

/**
 * A whole HTML document (what 한글 and Word put on the clipboard, or save as a web page): headings,
 * top-level tables (a cell's paragraphs and lists are its entries) and paragraphs, in order.
 */
export function readHtmlDocument(html: string): PlanDocument {
  const blocks: Block[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!DomUtils.isTag(node)) {
        const text = DomUtils.isText(node) ? node.data.trim() : "";
        if (text) blocks.push({ kind: "paragraph", text });
        continue;
      }
      if (HEADING.test(node.name)) {
        blocks.push({
          kind: "heading",
          text: DomUtils.textContent(node).replace(/\s+/g, " ").trim(),
        });
      } else if (node.name === "table") {
        const rows = rowsOf(node);
        blocks.push({
          kind: "table",
          rows: tableGrid(
            rows.map((tr) =>
              (DomUtils.isTag(tr) ? tr.children : [])
                .filter((c) => DomUtils.isTag(c) && (c.name === "td" || c.name === "th"))
                .map((cell) => ({
                  cell: cellOf(DomUtils.isTag(cell) ? cell.children : []),
                  rowSpan: span(cell, "rowspan"),
                  colSpan: span(cell, "colspan"),
                }))
            )
          ),
        });
      } else if (node.name === "p") {
        const text = DomUtils.textContent(node).replace(/\s+/g, " ").trim();
        if (text) blocks.push({ kind: "paragraph", text });
      } else if (node.name !== "script" && node.name !== "style" && node.name !== "head") {
        visit(node.children);
      }
    }
  };
  visit(parseDocument(html, { decodeEntities: true }).children);
  return { blocks };
}
