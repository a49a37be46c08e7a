// Applying a WorkbookWrite to an .xlsx package. The package is patched, not re-serialised: the
// add-in's own sheets are written whole, the user's sheets only in the cells the description lists,
// and every other part (charts, images, comments, names, pivots, macros' siblings, custom XML …)
// passes through byte for byte. See docs/decisions/0001-xlsx-library.md for why.
import JSZip from "jszip";
import {
  columnLetter,
  type PageSetup,
  type SheetWrite,
  type WorkbookWrite,
} from "../core/workbook";
import {
  CHART_CONTENT,
  CHART_REL,
  DRAWING_CONTENT,
  DRAWING_REL,
  chartXml,
  drawingXml,
} from "./charts";
import { patchWorksheet, withPage, worksheetXml } from "./sheet";
import { StyleBook } from "./styles";
import { attribute, escapeXml } from "./xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL}/worksheet`;
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface SheetEntry {
  name: string;
  /** The <sheet …/> element as it stands in workbook.xml. */
  element: string;
  relId: string;
  /** Part path inside the package ("xl/worksheets/sheet1.xml"). */
  path: string;
}

const skeleton: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  "docProps/app.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>mbo-eval</Application></Properties>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
};

const utf8 = new TextEncoder();

function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no ${path}`);
  return file.async("string");
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relationships(rels: string): { id: string; type: string; target: string; xml: string }[] {
  return [...rels.matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => ({
    id: attribute(m[0], "Id") ?? "",
    type: attribute(m[0], "Type") ?? "",
    target: attribute(m[0], "Target") ?? "",
    xml: m[0],
  }));
}

export class XlsxPackage {
  private constructor(
    private readonly zip: JSZip,
    private workbookXml: string,
    private workbookRels: string,
    private contentTypes: string,
    private readonly styles: StyleBook,
    private readonly stylesPath: string
  ) {}

  static async open(bytes: Uint8Array | null): Promise<XlsxPackage> {
    const zip = new JSZip();
    if (bytes) await zip.loadAsync(bytes);
    else for (const [path, content] of Object.entries(skeleton)) zip.file(path, content);
    const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
    const stylesRel = relationships(workbookRels).find((r) => r.type.endsWith("/styles"));
    const stylesPath = stylesRel
      ? resolveTarget("xl/workbook.xml", stylesRel.target)
      : "xl/styles.xml";
    const stylesFile = zip.file(stylesPath);
    const styles = stylesFile ? new StyleBook(await stylesFile.async("string")) : StyleBook.empty();
    return new XlsxPackage(
      zip,
      await text(zip, "xl/workbook.xml"),
      workbookRels,
      await text(zip, "[Content_Types].xml"),
      styles,
      stylesPath
    );
  }

  private sheets(): SheetEntry[] {
    const rels = relationships(this.workbookRels);
    return [...this.workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => {
      const relId = attribute(m[0], "r:id") ?? "";
      const target = rels.find((r) => r.id === relId)?.target ?? "";
      return {
        name: attribute(m[0], "name") ?? "",
        element: m[0],
        relId,
        path: resolveTarget("xl/workbook.xml", target),
      };
    });
  }

  private addSheet(name: string): SheetEntry {
    const existing = this.sheets();
    const ids = [...this.workbookXml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) =>
      Number(m[1])
    );
    const sheetId = Math.max(0, ...ids) + 1;
    let n = existing.length + 1;
    while (this.zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const relIds = new Set(relationships(this.workbookRels).map((r) => r.id));
    let r = relIds.size + 1;
    while (relIds.has(`rId${r}`)) r++;
    const relId = `rId${r}`;
    const element = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
    this.workbookXml = this.workbookXml.includes("<sheets/>")
      ? this.workbookXml.replace("<sheets/>", `<sheets>${element}</sheets>`)
      : this.workbookXml.replace("</sheets>", `${element}</sheets>`);
    this.workbookRels = this.workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`
    );
    this.addOverride(path, WORKSHEET_CONTENT);
    return { name, element, relId, path };
  }

  private setVisibility(entry: SheetEntry, visibility: SheetWrite["visibility"]): void {
    if (!visibility) return;
    const withoutState = entry.element.replace(/\sstate="[^"]*"/, "");
    const updated =
      visibility === "visible"
        ? withoutState
        : withoutState.replace(/\/>$/, ` state="${visibility}"/>`);
    this.workbookXml = this.workbookXml.replace(entry.element, updated);
  }

  private async writeSheet(sheet: SheetWrite, active: boolean): Promise<void> {
    let entry = this.sheets().find((s) => s.name === sheet.name);
    const isNew = !entry;
    entry ??= this.addSheet(sheet.name);
    if (sheet.mode === "replace" || isNew) {
      // The add-in's sheet owns nothing but its charts: drop what a previous version of it had.
      const relsPath = entry.path.replace(/([^/]+)$/, "_rels/$1.rels");
      await this.removeDrawings(entry.path, relsPath);
      const drawing = sheet.charts?.length ? this.addCharts(sheet) : null;
      // As UTF-8 bytes at once: the XML string (two bytes a character once it holds Hangul) is
      // let go before the next sheet, instead of being kept until the package is compressed.
      this.zip.file(
        entry.path,
        utf8.encode(worksheetXml(sheet, this.styles, active, drawing ? "rId1" : undefined))
      );
      if (drawing) {
        this.zip.file(
          relsPath,
          relationshipsXml([{ id: "rId1", type: DRAWING_REL, target: `../drawings/${drawing}` }])
        );
      }
    } else {
      const patched = patchWorksheet(await text(this.zip, entry.path), sheet.cells, this.styles);
      this.zip.file(entry.path, sheet.page ? withPage(patched, sheet.page) : patched);
    }
    this.setVisibility(entry, sheet.visibility);
    if (sheet.page) this.setPrintTitles(entry.name, sheet.page);
  }

  /**
   * The rows and columns repeated on every printed page: the sheet's _xlnm.Print_Titles defined
   * name (localSheetId = the sheet's position), replaced, or removed when there are none.
   */
  private setPrintTitles(name: string, page: PageSetup): void {
    const index = this.sheets().findIndex((s) => s.name === name);
    const quoted = `'${name.replace(/'/g, "''")}'`;
    const refs = [
      page.repeatColumns
        ? `${quoted}!$${columnLetter(page.repeatColumns.first)}:$${columnLetter(page.repeatColumns.last)}`
        : "",
      page.repeatRows ? `${quoted}!$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}` : "",
    ].filter(Boolean);
    const own = new RegExp(
      `<definedName\\b(?=[^>]*name="_xlnm.Print_Titles")(?=[^>]*localSheetId="${index}")[^>]*>[^<]*</definedName>`
    );
    let xml = this.workbookXml.replace(own, "");
    const element = refs.length
      ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(refs.join(","))}</definedName>`
      : "";
    if (/<definedNames\s*\/>/.test(xml))
      xml = xml.replace(/<definedNames\s*\/>/, "<definedNames></definedNames>");
    if (xml.includes("</definedNames>"))
      xml = xml.replace("</definedNames>", `${element}</definedNames>`);
    else if (element) {
      const anchor = xml.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
      xml = xml.replace(anchor, `${anchor}<definedNames>${element}</definedNames>`);
    }
    this.workbookXml = xml.replace("<definedNames></definedNames>", "");
  }

  /** A part's content type, named in [Content_Types].xml. */
  private addOverride(path: string, contentType: string): void {
    this.contentTypes = this.contentTypes.replace(
      "</Types>",
      `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`
    );
  }

  /** A part added, with its content type. */
  private addPart(path: string, xml: string, contentType: string): void {
    this.zip.file(path, xml);
    this.addOverride(path, contentType);
  }

  private removePart(path: string): void {
    this.zip.remove(path);
    this.contentTypes = this.contentTypes.replace(
      new RegExp(
        `<Override\\b[^>]*PartName="/${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`
      ),
      ""
    );
  }

  private freeName(folder: string, stem: string): string {
    let n = 1;
    while (this.zip.file(`${folder}/${stem}${n}.xml`)) n++;
    return `${stem}${n}.xml`;
  }

  /** The sheet's drawing and chart parts (named in the drawing's rels); the drawing's name. */
  private addCharts(sheet: SheetWrite): string {
    const charts = sheet.charts ?? [];
    const drawing = this.freeName("xl/drawings", "drawing");
    const names: string[] = [];
    for (const chart of charts) {
      const name = this.freeName("xl/charts", "chart");
      this.addPart(`xl/charts/${name}`, chartXml(chart, sheet.name, sheet.cells), CHART_CONTENT);
      names.push(name);
    }
    this.addPart(`xl/drawings/${drawing}`, drawingXml(charts), DRAWING_CONTENT);
    this.zip.file(
      `xl/drawings/_rels/${drawing}.rels`,
      relationshipsXml(
        names.map((name, i) => ({
          id: `rId${i + 1}`,
          type: CHART_REL,
          target: `../charts/${name}`,
        }))
      )
    );
    return drawing;
  }

  /** The drawings a sheet of ours had (with their charts), and its relationships. */
  private async removeDrawings(sheetPath: string, relsPath: string): Promise<void> {
    const rels = this.zip.file(relsPath);
    if (!rels) return;
    for (const rel of relationships(await rels.async("string"))) {
      if (rel.type !== DRAWING_REL) continue;
      const drawing = resolveTarget(sheetPath, rel.target);
      const drawingRels = drawing.replace(/([^/]+)$/, "_rels/$1.rels");
      const inner = this.zip.file(drawingRels);
      if (inner) {
        for (const part of relationships(await inner.async("string"))) {
          if (part.type === CHART_REL) this.removePart(resolveTarget(drawing, part.target));
        }
        this.zip.remove(drawingRels);
      }
      this.removePart(drawing);
    }
    this.zip.remove(relsPath);
  }

  /** Formulas changed: Excel's calculation chain would name cells that no longer hold them. */
  private dropCalcChain(): void {
    const chain = relationships(this.workbookRels).find((r) => r.type.endsWith("/calcChain"));
    if (!chain) return;
    this.zip.remove(resolveTarget("xl/workbook.xml", chain.target));
    this.workbookRels = this.workbookRels.replace(chain.xml, "");
    this.contentTypes = this.contentTypes.replace(/<Override\b[^>]*calcChain[^>]*\/>/, "");
  }

  private async selectSheet(name: string): Promise<void> {
    const sheets = this.sheets();
    const index = sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    // Only one tab selected, or Excel opens with the sheets grouped.
    for (const sheet of sheets) {
      const file = this.zip.file(sheet.path);
      if (!file || sheet.name === name) continue;
      const xml = await file.async("string");
      if (xml.includes('tabSelected="1"'))
        this.zip.file(sheet.path, xml.replace(/\stabSelected="1"/g, ""));
    }
    this.workbookXml = /<workbookView\b[^>]*activeTab="/.test(this.workbookXml)
      ? this.workbookXml.replace(/(<workbookView\b[^>]*activeTab=")\d+"/, `$1${index}"`)
      : this.workbookXml.replace(/<workbookView\b/, `<workbookView activeTab="${index}"`);
  }

  async apply(write: WorkbookWrite): Promise<void> {
    for (const sheet of write.sheets)
      await this.writeSheet(sheet, sheet.name === write.activeSheet);
    this.dropCalcChain();
    // Excel and LibreOffice recalculate the live formulas (계, the staleness check) on open.
    this.workbookXml = /<calcPr\b/.test(this.workbookXml)
      ? this.workbookXml.replace(
          /<calcPr\b([^>]*?)\s*(\/?)>/,
          (_m, attrs: string, close: string) =>
            `<calcPr${attrs.replace(/\sfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`
        )
      : this.workbookXml.replace("</workbook>", '<calcPr fullCalcOnLoad="1"/></workbook>');
    if (write.activeSheet) await this.selectSheet(write.activeSheet);
  }

  async toBytes(): Promise<Uint8Array> {
    this.zip.file("xl/workbook.xml", this.workbookXml);
    this.zip.file("xl/_rels/workbook.xml.rels", this.workbookRels);
    this.zip.file("[Content_Types].xml", this.contentTypes);
    const stylesXml = this.styles.toXml();
    if (
      !this.zip.file(this.stylesPath) ||
      stylesXml !== (await this.zip.file(this.stylesPath)?.async("string"))
    ) {
      this.zip.file(this.stylesPath, stylesXml);
      if (!this.contentTypes.includes(`/${this.stylesPath}"`)) {
        this.addOverride(
          this.stylesPath,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        );
        this.zip.file("[Content_Types].xml", this.contentTypes);
      }
    }
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 1 },
    });
  }
}

/** A WorkbookWrite applied to a package (null: a new, empty workbook). */
export async function writeWorkbook(
  original: Uint8Array | null,
  write: WorkbookWrite
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(original);
  await pkg.apply(write);
  return pkg.toBytes();
}
