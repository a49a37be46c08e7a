// A strict structural check of an .xlsx package, stricter than any one program: every XML part
// well-formed with every prefix declared where it is used; every part with a content type and
// every content type's part present; every relationship's target present and every r:id a
// relationship of its part; the workbook's sheets and names consistent; and the children of
// worksheet, workbook and styleSheet in the order the schema requires. Returns what is wrong.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
/** Elements of CT_Worksheet that may repeat. */
const REPEATING = new Set(["conditionalFormatting"]);
/** CT_Workbook's sequence (18.2.27). */
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
/** CT_Stylesheet's sequence (18.8.39). */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function parse(xml: string, part: string, problems: string[]): Document | null {
  const fault = (message: string) => `${part}: ${message.split("\n")[0]}`;
  let failed = false;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        failed = true;
        problems.push(fault(message));
      },
    }).parseFromString(xml, "text/xml");
    return failed ? null : doc;
  } catch (error) {
    // xmldom throws on a fatal error (an undeclared prefix) once it has reported it.
    if (!failed) problems.push(fault(error instanceof Error ? error.message : String(error)));
    return null;
  }
}

function elements(parent: Element): Element[] {
  const list: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1) list.push(n as Element);
  return list;
}

function walk(element: Element, visit: (e: Element) => void): void {
  visit(element);
  for (const child of elements(element)) walk(child, visit);
}

/** Children of the root in the main namespace follow `order`, each at most once unless repeating. */
function checkOrder(root: Element, order: string[], part: string, problems: string[]): void {
  let last = -1;
  const seen = new Set<string>();
  for (const child of elements(root)) {
    if (child.namespaceURI !== MAIN) continue; // mc:AlternateContent and the like
    const rank = order.indexOf(child.localName ?? "");
    if (rank < 0) {
      problems.push(`${part}: unknown element ${child.localName}`);
      continue;
    }
    if (rank < last) problems.push(`${part}: ${child.localName} out of schema order`);
    if (seen.has(child.localName ?? "") && !REPEATING.has(child.localName ?? ""))
      problems.push(`${part}: ${child.localName} twice`);
    seen.add(child.localName ?? "");
    last = rank;
  }
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of decodeURI(target).split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const columnOf = (ref: string) =>
  [...(/^[A-Z]+/.exec(ref)?.[0] ?? "")].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

export async function checkPackage(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const docs = new Map<string, Document>();
  for (const part of parts) {
    if (!/\.(xml|rels|vml)$/i.test(part)) continue;
    const doc = parse(await zip.file(part)!.async("string"), part, problems);
    if (doc) docs.set(part, doc);
  }

  // Content types.
  const types = docs.get("[Content_Types].xml");
  if (!types) return [...problems, "no [Content_Types].xml"];
  const typesRoot = types.documentElement as Element;
  const defaults = new Set(
    elements(typesRoot)
      .filter((e) => e.namespaceURI === CT && e.localName === "Default")
      .map((e) => (e.getAttribute("Extension") ?? "").toLowerCase())
  );
  const overrides = elements(typesRoot).filter(
    (e) => e.namespaceURI === CT && e.localName === "Override"
  );
  const overridden = new Set(
    overrides.map((e) => (e.getAttribute("PartName") ?? "").toLowerCase())
  );
  if (overridden.size !== overrides.length) problems.push("[Content_Types].xml: an Override twice");
  const lower = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  for (const o of overrides) {
    const name = (o.getAttribute("PartName") ?? "").toLowerCase();
    if (!lower.has(name)) problems.push(`[Content_Types].xml: Override for missing ${name}`);
  }
  for (const part of parts) {
    if (part === "[Content_Types].xml") continue;
    const extension = /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase() ?? "";
    if (!overridden.has(`/${part}`.toLowerCase()) && !defaults.has(extension))
      problems.push(`${part}: no content type`);
  }

  // Relationships: targets present, ids unique, every r:* attribute a relationship of its part.
  const relIds = new Map<string, Map<string, string>>();
  for (const [part, doc] of docs) {
    if (!part.endsWith(".rels")) continue;
    // "_rels/.rels" belongs to the package itself, "xl/_rels/workbook.xml.rels" to its part.
    const owner = part === "_rels/.rels" ? "" : part.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const ids = new Map<string, string>();
    for (const r of elements(doc.documentElement as Element)) {
      if (r.namespaceURI !== PKG_REL) continue;
      const id = r.getAttribute("Id") ?? "";
      if (ids.has(id)) problems.push(`${part}: relationship ${id} twice`);
      if (r.getAttribute("TargetMode") === "External") {
        ids.set(id, "");
        continue;
      }
      const target = resolve(owner, r.getAttribute("Target") ?? "");
      ids.set(id, target);
      if (!zip.file(target)) problems.push(`${part}: ${id} → missing ${target}`);
    }
    relIds.set(owner, ids);
  }
  for (const [part, doc] of docs) {
    if (part.endsWith(".rels")) continue;
    const ids = relIds.get(part) ?? new Map<string, string>();
    walk(doc.documentElement as Element, (e) => {
      for (let i = 0; i < e.attributes.length; i++) {
        const a = e.attributes.item(i);
        if (a?.namespaceURI === REL && !ids.has(a.value))
          problems.push(`${part}: ${e.localName} ${a.name}="${a.value}" names no relationship`);
      }
    });
  }

  // The workbook.
  const rootRels = docs.get("_rels/.rels");
  const workbookPath =
    (rootRels ? elements(rootRels.documentElement as Element) : [])
      .filter((r) => (r.getAttribute("Type") ?? "").endsWith("/officeDocument"))
      .map((r) => resolve("", r.getAttribute("Target") ?? ""))[0] ?? "xl/workbook.xml";
  const workbook = docs.get(workbookPath);
  if (!workbook) return [...problems, `no workbook part ${workbookPath}`];
  const wbRoot = workbook.documentElement as Element;
  checkOrder(wbRoot, WORKBOOK_ORDER, workbookPath, problems);
  const sheetsEl = elements(wbRoot).find((e) => e.localName === "sheets");
  const sheets = sheetsEl ? elements(sheetsEl).filter((e) => e.localName === "sheet") : [];
  if (sheets.length === 0) problems.push(`${workbookPath}: no sheets`);
  const names = sheets.map((s) => (s.getAttribute("name") ?? "").toLowerCase());
  if (new Set(names).size !== names.length) problems.push(`${workbookPath}: a sheet name twice`);
  const sheetIds = sheets.map((s) => s.getAttribute("sheetId"));
  if (new Set(sheetIds).size !== sheetIds.length) problems.push(`${workbookPath}: a sheetId twice`);
  if (!sheets.some((s) => (s.getAttribute("state") ?? "visible") === "visible"))
    problems.push(`${workbookPath}: no visible sheet`);
  const wbRels = relIds.get(workbookPath) ?? new Map<string, string>();
  const sheetParts: string[] = [];
  for (const s of sheets) {
    const target = wbRels.get(s.getAttributeNS(REL, "id") ?? "");
    if (target) sheetParts.push(target);
    else problems.push(`${workbookPath}: sheet ${s.getAttribute("name")} without its part`);
  }
  const definedNames = elements(wbRoot).find((e) => e.localName === "definedNames");
  const localNames = new Set<string>();
  for (const d of definedNames ? elements(definedNames) : []) {
    const local = d.getAttribute("localSheetId");
    const key = `${d.getAttribute("name")}|${local ?? ""}`.toLowerCase();
    if (localNames.has(key)) problems.push(`${workbookPath}: defined name ${key} twice`);
    localNames.add(key);
    if (local !== null && Number(local) >= sheets.length)
      problems.push(`${workbookPath}: defined name ${key} on a sheet that does not exist`);
  }

  // Styles: the number of cell formats, for the cells' s="…".
  const stylesPath = [...wbRels.values()].find((t) => /styles\.xml$/i.test(t));
  const styles = stylesPath ? docs.get(stylesPath) : undefined;
  let cellXfs = Infinity;
  if (styles) {
    const root = styles.documentElement as Element;
    checkOrder(root, STYLESHEET_ORDER, stylesPath as string, problems);
    const xfs = elements(root).find((e) => e.localName === "cellXfs");
    cellXfs = xfs ? elements(xfs).length : 0;
  }

  // Worksheets: schema order, rows and cells in order, every style index defined.
  for (const part of sheetParts) {
    const doc = docs.get(part);
    if (!doc) continue; // a chartsheet or a missing part, reported above
    const root = doc.documentElement as Element;
    if (root.localName !== "worksheet") continue;
    checkOrder(root, WORKSHEET_ORDER, part, problems);
    const data = elements(root).find((e) => e.localName === "sheetData");
    let lastRow = 0;
    for (const row of data ? elements(data) : []) {
      const r = Number(row.getAttribute("r") ?? lastRow + 1);
      if (r <= lastRow) problems.push(`${part}: row ${r} after row ${lastRow}`);
      lastRow = r;
      let lastCol = 0;
      for (const cell of elements(row)) {
        const ref = cell.getAttribute("r");
        const col = ref ? columnOf(ref) : lastCol + 1;
        if (ref && Number(/\d+$/.exec(ref)?.[0]) !== r)
          problems.push(`${part}: cell ${ref} in row ${r}`);
        if (col <= lastCol) problems.push(`${part}: cell ${ref} out of order`);
        lastCol = col;
        const s = Number(cell.getAttribute("s") ?? 0);
        if (s >= cellXfs) problems.push(`${part}: cell ${ref} style ${s} of ${cellXfs}`);
      }
    }
  }
  return problems;
}
