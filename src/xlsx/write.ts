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
} from "../core/format/workbook";
import {
  CHART_CONTENT,
  CHART_REL,
  DRAWING_CONTENT,
  DRAWING_REL,
  chartXml,
  drawingXml,
} from "./charts";
import { patchSheet, worksheetXml } from "./sheet";
import {
  ContentTypes,
  MAIN_NS,
  REL_NS,
  Relationships,
  WORKSHEET_TYPE,
  WorkbookPart,
  relationshipsXml,
  relsPathOf,
  resolveTarget,
  workbookPathOf,
} from "./structure";
import { StyleBook } from "./styles";

const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const skeleton: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${STYLES_CONTENT}"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  "_rels/.rels": relationshipsXml([
    { id: "rId1", type: `${REL_NS}/officeDocument`, target: "xl/workbook.xml" },
    { id: "rId2", type: `${REL_NS}/extended-properties`, target: "docProps/app.xml" },
  ]),
  "docProps/app.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>mbo-eval</Application></Properties>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
  "xl/_rels/workbook.xml.rels": relationshipsXml([
    { id: "rIdStyles", type: `${REL_NS}/styles`, target: "styles.xml" },
  ]),
};

const utf8 = new TextEncoder();

const utf8Decoder = new TextDecoder();

/** A part's bytes, inflated. */
async function partBytes(zip: JSZip, path: string): Promise<Uint8Array> {
  const file = zip.file(path);
  if (!file) throw new Error(`the package has no ${path}`);
  return file.async("uint8array");
}

/** A part's text, decoded natively (JSZip's own "string" decoding is JavaScript, and slow). */
async function text(zip: JSZip, path: string): Promise<string> {
  return utf8Decoder.decode(await partBytes(zip, path));
}

interface SheetPart {
  name: string;
  /** Part path inside the package ("xl/worksheets/sheet1.xml"). */
  path: string;
}

export class XlsxPackage {
  /** The sheet parts this write produced (their tab is already selected or not as it should be). */
  private readonly written = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    private readonly workbook: WorkbookPart,
    private readonly workbookRels: Relationships,
    private readonly contentTypes: ContentTypes,
    private readonly styles: StyleBook,
    private readonly stylesPath: string
  ) {}

  static async open(bytes: Uint8Array | null): Promise<XlsxPackage> {
    const zip = new JSZip();
    if (bytes) await zip.loadAsync(bytes);
    else for (const [path, content] of Object.entries(skeleton)) zip.file(path, content);
    const workbookPath = workbookPathOf(await zip.file("_rels/.rels")?.async("string"));
    const workbookRels = new Relationships(
      await zip.file(relsPathOf(workbookPath))?.async("string")
    );
    const stylesRel = workbookRels.ofKind("styles");
    const stylesPath = stylesRel
      ? resolveTarget(workbookPath, stylesRel.target)
      : resolveTarget(workbookPath, "styles.xml");
    const stylesFile = zip.file(stylesPath);
    const styles = stylesFile ? new StyleBook(await stylesFile.async("string")) : StyleBook.empty();
    if (!stylesRel) workbookRels.add(`${REL_NS}/styles`, "styles.xml");
    return new XlsxPackage(
      zip,
      workbookPath,
      new WorkbookPart(await text(zip, workbookPath)),
      workbookRels,
      new ContentTypes(await text(zip, "[Content_Types].xml")),
      styles,
      stylesPath
    );
  }

  private sheets(): SheetPart[] {
    const rels = this.workbookRels.list();
    return this.workbook.sheets().map((sheet) => {
      const target = rels.find((r) => r.id === sheet.relId)?.target ?? "";
      return { name: sheet.name, path: resolveTarget(this.workbookPath, target) };
    });
  }

  private addSheet(name: string): SheetPart {
    const folder = resolveTarget(this.workbookPath, "worksheets/x").replace(/x$/, "");
    let n = this.workbook.sheets().length + 1;
    while (this.zip.file(`${folder}sheet${n}.xml`)) n++;
    const path = `${folder}sheet${n}.xml`;
    const relId = this.workbookRels.add(WORKSHEET_TYPE, `worksheets/sheet${n}.xml`);
    this.workbook.addSheet(name, relId);
    this.contentTypes.addOverride(path, WORKSHEET_CONTENT);
    return { name, path };
  }

  private async writeSheet(sheet: SheetWrite, active: boolean): Promise<void> {
    let entry = this.sheets().find((s) => s.name === sheet.name);
    const isNew = !entry;
    entry ??= this.addSheet(sheet.name);
    if (sheet.mode === "replace" || isNew) {
      // The add-in's sheet owns nothing but its charts: drop what a previous version of it had.
      const relsPath = relsPathOf(entry.path);
      await this.removeDrawings(entry.path, relsPath);
      const drawing = sheet.charts?.length ? this.addCharts(sheet) : null;
      this.zip.file(
        entry.path,
        worksheetXml(sheet, this.styles, active, drawing ? "rId1" : undefined)
      );
      if (drawing) {
        this.zip.file(
          relsPath,
          relationshipsXml([{ id: "rId1", type: DRAWING_REL, target: `../drawings/${drawing}` }])
        );
      }
    } else {
      this.zip.file(
        entry.path,
        patchSheet(await partBytes(this.zip, entry.path), sheet, this.styles, active)
      );
    }
    this.written.add(entry.path);
    if (sheet.visibility) this.workbook.setState(sheet.name, sheet.visibility);
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
    this.workbook.setLocalName("_xlnm.Print_Titles", index, refs.join(","));
  }

  /** A part added, with its content type. */
  private addPart(path: string, xml: string, contentType: string): void {
    this.zip.file(path, xml);
    this.contentTypes.addOverride(path, contentType);
  }

  private removePart(path: string): void {
    this.zip.remove(path);
    this.contentTypes.removeOverride(path);
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
    for (const rel of new Relationships(await rels.async("string")).list()) {
      if (rel.type !== DRAWING_REL) continue;
      const drawing = resolveTarget(sheetPath, rel.target);
      const drawingRels = relsPathOf(drawing);
      const inner = this.zip.file(drawingRels);
      if (inner) {
        for (const part of new Relationships(await inner.async("string")).list()) {
          if (part.type === CHART_REL) this.removePart(resolveTarget(drawing, part.target));
        }
        this.zip.remove(drawingRels);
      }
      this.removePart(drawing);
    }
    this.zip.remove(relsPath);
  }

  /**
   * A sheet taken out with every part only it used (its drawings and their charts, comments,
   * printer settings …); a part another sheet shares is not its own to take.
   */
  private async removeSheet(name: string): Promise<void> {
    const entry = this.sheets().find((s) => s.name === name);
    if (!entry) return;
    const relId = this.workbook.sheets().find((s) => s.name === name)?.relId ?? "";
    const relsPath = relsPathOf(entry.path);
    const rels = this.zip.file(relsPath);
    if (rels) {
      const others = await this.partsUsedBesides(entry.path);
      for (const rel of new Relationships(await rels.async("string")).list()) {
        if (rel.external || rel.type === DRAWING_REL) continue;
        const part = resolveTarget(entry.path, rel.target);
        if (!others.has(part)) this.removePart(part);
      }
      await this.removeDrawings(entry.path, relsPath);
    }
    this.removePart(entry.path);
    this.workbookRels.remove(relId);
    this.workbook.removeSheet(name);
  }

  /** The parts other worksheets point to (a shared printer-settings part, say). */
  private async partsUsedBesides(sheetPath: string): Promise<Set<string>> {
    const used = new Set<string>();
    for (const sheet of this.sheets()) {
      if (sheet.path === sheetPath) continue;
      const rels = this.zip.file(relsPathOf(sheet.path));
      if (!rels) continue;
      for (const rel of new Relationships(await rels.async("string")).list())
        if (!rel.external) used.add(resolveTarget(sheet.path, rel.target));
    }
    return used;
  }

  /** Formulas changed: Excel's calculation chain would name cells that no longer hold them. */
  private dropCalcChain(): void {
    const chain = this.workbookRels.ofKind("calcChain");
    if (!chain) return;
    this.removePart(resolveTarget(this.workbookPath, chain.target));
    this.workbookRels.remove(chain.id);
  }

  private async selectSheet(name: string): Promise<void> {
    const sheets = this.sheets();
    const index = sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    // Only one tab selected, or Excel opens with the sheets grouped.
    for (const sheet of sheets) {
      if (sheet.name === name || this.written.has(sheet.path) || !this.zip.file(sheet.path))
        continue;
      const xml = await text(this.zip, sheet.path);
      if (/\stabSelected="(1|true)"/.test(xml))
        this.zip.file(sheet.path, utf8.encode(xml.replace(/\stabSelected="(1|true)"/g, "")));
    }
    this.workbook.setActiveTab(index);
  }

  async apply(write: WorkbookWrite): Promise<void> {
    for (const name of write.removeSheets ?? []) await this.removeSheet(name);
    for (const sheet of write.sheets)
      await this.writeSheet(sheet, sheet.name === write.activeSheet);
    this.dropCalcChain();
    // Excel and LibreOffice recalculate the live formulas (계, the staleness check) on open.
    this.workbook.calculateOnLoad();
    if (write.activeSheet) await this.selectSheet(write.activeSheet);
  }

  async toBytes(): Promise<Uint8Array> {
    this.zip.file(this.workbookPath, this.workbook.toXml());
    this.zip.file(relsPathOf(this.workbookPath), this.workbookRels.toXml());
    const stylesXml = this.styles.toXml();
    if (
      !this.zip.file(this.stylesPath) ||
      stylesXml !== (await this.zip.file(this.stylesPath)?.async("string"))
    ) {
      this.zip.file(this.stylesPath, stylesXml);
      if (!this.contentTypes.hasOverride(this.stylesPath))
        this.contentTypes.addOverride(this.stylesPath, STYLES_CONTENT);
    }
    this.zip.file("[Content_Types].xml", this.contentTypes.toXml());
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
