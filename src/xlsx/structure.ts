// The package's structure parts, read and edited by namespace (src/xlsx/xml.ts): the
// relationships, the content types and the workbook's sheet list, print titles and calculation
// flag. Shared by the reader (which sheets to leave out) and the writer.
import type { Document, Element } from "@xmldom/xmldom";
import { childrenNS, createIn, escapeXml, parseXml, serializeXml, setAttributeIn } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export const WORKSHEET_TYPE = `${REL_NS}/worksheet`;

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of decodeURI(target).split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class Relationships {
  private readonly doc: Document;
  private readonly root: Element;

  constructor(xml: string | undefined) {
    this.doc = parseXml(
      xml ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}"/>`
    );
    this.root = this.doc.documentElement as Element;
  }

  private elements(): Element[] {
    return childrenNS(this.root, PACKAGE_REL_NS, "Relationship");
  }

  list(): Relationship[] {
    return this.elements().map((e) => ({
      id: e.getAttribute("Id") ?? "",
      type: e.getAttribute("Type") ?? "",
      target: e.getAttribute("Target") ?? "",
      external: e.getAttribute("TargetMode") === "External",
    }));
  }

  /** The first relationship whose type ends in "/kind" (transitional or strict namespaces). */
  ofKind(kind: string): Relationship | undefined {
    return this.list().find((r) => r.type.endsWith(`/${kind}`));
  }

  /** A new relationship; its id. */
  add(type: string, target: string): string {
    const ids = new Set(this.list().map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const element = createIn(this.root, PACKAGE_REL_NS, "Relationship");
    element.setAttribute("Id", `rId${n}`);
    element.setAttribute("Type", type);
    element.setAttribute("Target", target);
    this.root.appendChild(element);
    return `rId${n}`;
  }

  remove(id: string): void {
    for (const e of this.elements()) if (e.getAttribute("Id") === id) this.root.removeChild(e);
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

/** Relationships as a new part's text. */
export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`
      )
      .join("") +
    `</Relationships>`
  );
}

export class ContentTypes {
  private readonly doc: Document;
  private readonly root: Element;

  constructor(xml: string) {
    this.doc = parseXml(xml);
    this.root = this.doc.documentElement as Element;
  }

  private overrides(): Element[] {
    return childrenNS(this.root, CONTENT_TYPES_NS, "Override");
  }

  /** Whether a part has a content type (its own, or its extension's default). */
  covers(path: string): boolean {
    const name = `/${path}`.toLowerCase();
    if (this.overrides().some((o) => (o.getAttribute("PartName") ?? "").toLowerCase() === name))
      return true;
    const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
    return childrenNS(this.root, CONTENT_TYPES_NS, "Default").some(
      (d) => (d.getAttribute("Extension") ?? "").toLowerCase() === extension
    );
  }

  hasOverride(path: string): boolean {
    const name = `/${path}`.toLowerCase();
    return this.overrides().some((o) => (o.getAttribute("PartName") ?? "").toLowerCase() === name);
  }

  addOverride(path: string, contentType: string): void {
    this.removeOverride(path);
    const element = createIn(this.root, CONTENT_TYPES_NS, "Override");
    element.setAttribute("PartName", `/${path}`);
    element.setAttribute("ContentType", contentType);
    this.root.appendChild(element);
  }

  removeOverride(path: string): void {
    const name = `/${path}`.toLowerCase();
    for (const o of this.overrides())
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === name) this.root.removeChild(o);
  }

  /** Removes the overrides whose content type matches. */
  removeOverridesOfType(test: (contentType: string) => boolean): void {
    for (const o of this.overrides())
      if (test(o.getAttribute("ContentType") ?? "")) this.root.removeChild(o);
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

export interface SheetEntry {
  name: string;
  relId: string;
  state: string;
  sheetId: number;
}

/**
 * Children of <workbook> in the order the schema (CT_Workbook) requires; a new element goes
 * before the first sibling that comes after it.
 */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export class WorkbookPart {
  private readonly doc: Document;
  readonly root: Element;

  constructor(xml: string) {
    this.doc = parseXml(xml);
    this.root = this.doc.documentElement as Element;
    if (this.root.namespaceURI !== MAIN_NS || this.root.localName !== "workbook")
      throw new Error("the workbook part is not a SpreadsheetML workbook");
  }

  private child(local: string): Element | undefined {
    return childrenNS(this.root, MAIN_NS, local)[0];
  }

  /** The child `local`, created in schema order when the workbook has none. */
  private ensureChild(local: string): Element {
    const existing = this.child(local);
    if (existing) return existing;
    const element = createIn(this.root, MAIN_NS, local);
    const rank = WORKBOOK_ORDER.indexOf(local);
    let before: Element | null = null;
    for (let node = this.root.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 1) continue;
      const e = node as Element;
      const other = e.namespaceURI === MAIN_NS ? WORKBOOK_ORDER.indexOf(e.localName ?? "") : -1;
      // Elements of other namespaces (extensions, mc:AlternateContent) keep their places.
      if (other > rank) {
        before = e;
        break;
      }
    }
    this.root.insertBefore(element, before);
    return element;
  }

  private sheetElements(): Element[] {
    const sheets = this.child("sheets");
    return sheets ? childrenNS(sheets, MAIN_NS, "sheet") : [];
  }

  sheets(): SheetEntry[] {
    return this.sheetElements().map((e) => ({
      name: e.getAttribute("name") ?? "",
      relId: e.getAttributeNS(REL_NS, "id") ?? "",
      state: e.getAttribute("state") ?? "visible",
      sheetId: Number(e.getAttribute("sheetId")),
    }));
  }

  addSheet(name: string, relId: string): void {
    const sheets = this.ensureChild("sheets");
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId || 0)) + 1;
    const element = createIn(sheets, MAIN_NS, "sheet");
    element.setAttribute("name", name);
    element.setAttribute("sheetId", String(sheetId));
    sheets.appendChild(element);
    setAttributeIn(element, REL_NS, "id", relId, "r");
  }

  /**
   * The sheet `name` taken out: its entry, its own defined names (those of later sheets move one
   * place down, localSheetId being a position) and workbook names that point into it (they would
   * read #REF!). The tab shown first stays on a sheet that exists.
   */
  removeSheet(name: string): void {
    const elements = this.sheetElements();
    const index = elements.findIndex((e) => e.getAttribute("name") === name);
    if (index < 0) return;
    elements[index].parentNode?.removeChild(elements[index]);
    const names = this.child("definedNames");
    // A reference to the sheet: quoted anywhere, or bare after the start or an operator (a bare
    // name may hold letters of any script, so "부서결과!A1" is another sheet than "결과").
    const quoted = new RegExp(
      `'${escapeRegExp(name.replace(/'/g, "''"))}'!|(^|[=,;(:\\s+\\-*/&^<>])${escapeRegExp(name)}!`
    );
    for (const e of names ? childrenNS(names, MAIN_NS, "definedName") : []) {
      const local = e.getAttribute("localSheetId");
      if (local === String(index) || quoted.test(e.textContent ?? "")) names?.removeChild(e);
      else if (local !== null && Number(local) > index)
        e.setAttribute("localSheetId", String(Number(local) - 1));
    }
    if (names && childrenNS(names, MAIN_NS, "definedName").length === 0)
      this.root.removeChild(names);
    const views = this.child("bookViews");
    const last = Math.max(0, elements.length - 2);
    for (const view of views ? childrenNS(views, MAIN_NS, "workbookView") : []) {
      for (const attribute of ["activeTab", "firstSheet"]) {
        const at = Number(view.getAttribute(attribute) ?? 0);
        if (at > index || at > last)
          view.setAttribute(attribute, String(Math.min(last, Math.max(0, at - 1))));
      }
    }
  }

  setState(name: string, state: "visible" | "hidden" | "veryHidden"): void {
    const element = this.sheetElements().find((e) => e.getAttribute("name") === name);
    if (!element) return;
    if (state === "visible") element.removeAttribute("state");
    else element.setAttribute("state", state);
  }

  /** The sheet-local defined name `name` of sheet `index` set to `text`, or removed (""). */
  setLocalName(name: string, index: number, text: string): void {
    const names = this.child("definedNames");
    for (const e of names ? childrenNS(names, MAIN_NS, "definedName") : []) {
      if (e.getAttribute("name") === name && e.getAttribute("localSheetId") === String(index))
        names?.removeChild(e);
    }
    if (text) {
      const parent = this.ensureChild("definedNames");
      const element = createIn(parent, MAIN_NS, "definedName");
      element.setAttribute("name", name);
      element.setAttribute("localSheetId", String(index));
      element.appendChild(this.doc.createTextNode(text));
      parent.appendChild(element);
    } else if (names && childrenNS(names, MAIN_NS, "definedName").length === 0) {
      this.root.removeChild(names);
    }
  }

  /** Excel and LibreOffice recalculate every formula when they open the file. */
  calculateOnLoad(): void {
    this.ensureChild("calcPr").setAttribute("fullCalcOnLoad", "1");
  }

  /** The sheet Excel shows first. */
  setActiveTab(index: number): void {
    const views = this.ensureChild("bookViews");
    let view = childrenNS(views, MAIN_NS, "workbookView")[0];
    if (!view) {
      view = createIn(views, MAIN_NS, "workbookView");
      views.appendChild(view);
    }
    view.setAttribute("activeTab", String(index));
    // A first visible tab past the active one would hide it from the tab bar.
    if (Number(view.getAttribute("firstSheet") ?? 0) > index)
      view.setAttribute("firstSheet", String(index));
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

/** The main part (the workbook), as the package's root relationships name it. */
export function workbookPathOf(rootRels: string | undefined): string {
  const main = rootRels ? new Relationships(rootRels).ofKind("officeDocument") : undefined;
  return main ? resolveTarget("", main.target) : "xl/workbook.xml";
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
