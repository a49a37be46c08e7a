// XML for the package writer. The small parts it edits as structures (workbook, relationships,
// content types) are parsed into a namespace-aware DOM by @xmldom/xmldom
// (docs/decisions/0004-xml-dom.md), so every element and attribute is found and added by its
// namespace, whatever prefix the file's writer chose and wherever it declared it. The large parts
// (worksheets, styles) are patched as text with the prefix their root element binds.
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Text safe inside an XML element or a double-quoted attribute. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\r\t\n\u0000-\u001F\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  // Most cell texts have nothing to escape: they are returned as they are.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Kept as characters: XML would turn a raw CR into LF, and tabs and newlines in an
      // attribute into spaces.
      .replace(/\r/g, "&#13;")
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      // Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  );
}

/** One pattern per attribute name: the patcher asks for "r" of every row and cell. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** The value of an unprefixed attribute in an element's opening tag, unescaped. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match
    ? (match[1] ?? match[2])
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : undefined;
}

/** A part as a DOM; throws (with the parser's reason) on XML that is not well-formed. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A DOM as the part's text, always with an XML declaration. */
export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : DECLARATION + text;
}

/** The element children of `parent` in namespace `ns` named `local`. */
export function childrenNS(parent: Element, ns: string, local: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.namespaceURI === ns && element.localName === local) found.push(element);
    }
  }
  return found;
}

/**
 * The prefix `ns` has at `element` ("" for the default namespace); where it has none, it is
 * declared on the document's root under a prefix free there (the `preferred` one if it can be).
 */
function prefixFor(element: Element, ns: string, preferred: string): string {
  // Not isDefaultNamespace: xmldom answers true there for any namespace on a new element.
  if (element.lookupNamespaceURI("") === ns) return "";
  const known = element.lookupPrefix(ns);
  if (known) return known;
  const root = (element.ownerDocument as Document).documentElement as Element;
  let prefix = preferred;
  for (let n = 1; root.lookupNamespaceURI(prefix) !== null; n++) prefix = `${preferred}${n}`;
  root.setAttributeNS(XMLNS, `xmlns:${prefix}`, ns);
  return prefix;
}

const qualified = (prefix: string, local: string) => (prefix ? `${prefix}:${local}` : local);

/** A new element in `ns` under the prefix that namespace has where it will stand. */
export function createIn(parent: Element, ns: string, local: string): Element {
  return (parent.ownerDocument as Document).createElementNS(
    ns,
    qualified(prefixFor(parent, ns, "x"), local)
  ) as Element;
}

/** Sets an attribute in namespace `ns`, under the prefix the namespace has at the element. */
export function setAttributeIn(
  element: Element,
  ns: string,
  local: string,
  value: string,
  preferred: string
): void {
  const existing = element.getAttributeNodeNS(ns, local);
  if (existing) existing.value = value;
  else element.setAttributeNS(ns, `${prefixFor(element, ns, preferred)}:${local}`, value);
}

/**
 * The prefix (with its colon, or "") the root element of a large part binds to `ns`, for the
 * text patches of that part. Throws when the root is not in `ns`.
 */
export function rootPrefix(xml: string, ns: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*>/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (m) => " ".repeat(m.length))
  );
  if (!root) throw new Error("no root element");
  const prefix = root[1] ? root[1].slice(0, -1) : "";
  const declared = attribute(root[0], prefix ? `xmlns:${prefix}` : "xmlns");
  if (declared !== ns) throw new Error(`root element not in ${ns}`);
  return prefix ? `${prefix}:` : "";
}
