// HTML in a plan document's cells (the seed's <ul><li> lists, <b>, <br>) as the core's entries.
// Parsed by htmlparser2 (docs/decisions/0003-html-parser.md), never by regular expressions.
import { DomUtils, parseDocument } from "htmlparser2";
import { entryOf, textEntries, type DocCell, type Entry } from "../core/import/document";

type Node = ReturnType<typeof parseDocument>["children"][number];

const isList = (node: Node) => DomUtils.isTag(node) && (node.name === "ul" || node.name === "ol");

/** A node's own text: everything but the lists nested in it. */
function ownText(node: Node): string {
  if (DomUtils.isText(node)) return node.data;
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
export function nodesEntries(nodes: readonly Node[]): Entry[] {
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
  const root = parseDocument(html, { decodeEntities: true });
  const entries = nodesEntries(root.children);
  const lines = (list: readonly Entry[]): string[] =>
    list.flatMap((e) => [[e.marker, e.text].filter(Boolean).join(" "), ...lines(e.children)]);
  return { text: lines(entries).join("\n"), entries };
}
