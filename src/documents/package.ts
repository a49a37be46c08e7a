// What .docx and .hwpx share: a zip package of XML parts, read with jszip and htmlparser2 in XML
// mode, and the ways such a file can fail to be one.
import JSZip from "jszip";
import { DomUtils, parseDocument } from "htmlparser2";
import { fileKind } from "../xlsx/open";

export type XmlNode = ReturnType<typeof parseDocument>["children"][number];

/** Why a file could not be read as a document: the CLI and the pane say it in words. */
export class DocumentFileError extends Error {
  constructor(
    readonly reason:
      | "encrypted"
      | "notDocument"
      | "corrupt"
      | "binaryHwp"
      | "binaryDoc"
      | "binaryXls"
      | "pdf"
      | "empty"
  ) {
    super(reason);
    Object.setPrototypeOf(this, DocumentFileError.prototype);
  }
}

/** The zip package of a document, or the DocumentFileError that says what the file is instead. */
export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  const kind = fileKind(bytes);
  if (kind === "encrypted") throw new DocumentFileError("encrypted");
  if (kind !== "xlsx") throw new DocumentFileError("notDocument");
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new DocumentFileError("corrupt");
  }
}

export const parseXml = (xml: string) => parseDocument(xml, { xmlMode: true }).children;

export const children = (node: XmlNode | undefined): XmlNode[] =>
  node && DomUtils.isTag(node) ? node.children : [];
export const named = (node: XmlNode, name: string) => DomUtils.isTag(node) && node.name === name;
export const attribute = (node: XmlNode | undefined, name: string) =>
  node && DomUtils.isTag(node) ? node.attribs[name] : undefined;

/** The part names a format writes a paragraph's text with. */
export interface TextParts {
  text: string;
  breaks: string[];
  tabs: string[];
  /** Parts whose text is not the paragraph's own (a table inside it). */
  skip: string[];
}

/** A paragraph's own text: its text runs, tabs as spaces, breaks as new lines. */
export function paragraphText(paragraph: XmlNode, parts: TextParts): string {
  let text = "";
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (named(node, parts.text)) text += DomUtils.textContent(node);
      else if (parts.tabs.some((name) => named(node, name))) text += " ";
      else if (parts.breaks.some((name) => named(node, name))) text += "\n";
      else if (!parts.skip.some((name) => named(node, name))) walk(children(node));
    }
  };
  walk(children(paragraph));
  return text;
}
