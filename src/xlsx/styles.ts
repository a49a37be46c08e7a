// Adding the add-in's cell formats to a workbook's styles.xml without disturbing the ones there:
// new fonts, fills, borders, number formats and cell formats are appended, so every index the
// user's sheets already use keeps meaning what it meant.
import type { CellStyle } from "../core/format/workbook";
import { MAIN_NS } from "./structure";
import { attribute, escapeXml, rootPrefix } from "./xml";

/** Number formats Excel knows by id without declaring them. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** First id free for custom number formats. */
const FIRST_CUSTOM_FORMAT = 164;

interface Section {
  tag: string;
  items: string[];
}

const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="맑은 고딕"/><family val="3"/><charset val="129"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Counts the direct children of a section's XML (they never nest in themselves). */
function countChildren(inner: string, child: string): number {
  return (inner.match(new RegExp(`<${child}[\\s>/]`, "g")) ?? []).length;
}

/** Our unprefixed elements under the prefix the stylesheet binds to SpreadsheetML. */
const qualify = (xml: string, q: string) =>
  q ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${q}`) : xml;

export class StyleBook {
  private readonly added: Record<string, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  private readonly base: Record<string, number>;
  private readonly baseFormats: Map<string, number>;
  private nextFormatId: number;
  private readonly cache = new Map<string, number>();
  /** The same style object (the core reuses a few for thousands of cells) skips the key. */
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly pieceCache = new Map<string, number>();

  /** The stylesheet's prefix for SpreadsheetML ("" or "x:"). */
  private readonly q: string;

  constructor(private readonly xml: string = EMPTY_STYLES) {
    this.q = rootPrefix(xml, MAIN_NS);
    this.base = {
      fonts: this.sectionCount("fonts", "font"),
      fills: this.sectionCount("fills", "fill"),
      borders: this.sectionCount("borders", "border"),
      cellXfs: this.sectionCount("cellXfs", "xf"),
    };
    this.baseFormats = new Map();
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const [tag] of xml.matchAll(new RegExp(`<${this.q}numFmt\\b[^>]*>`, "g"))) {
      const id = Number(attribute(tag, "numFmtId"));
      const code = attribute(tag, "formatCode");
      if (!Number.isInteger(id)) continue;
      if (code !== undefined) this.baseFormats.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
  }

  static empty(): StyleBook {
    return new StyleBook(EMPTY_STYLES);
  }

  private sectionCount(tag: string, child: string): number {
    const q = this.q;
    const match = new RegExp(`<${q}${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${q}${tag}>)`).exec(
      this.xml
    );
    return match ? countChildren(match[1] ?? "", `${q}${child}`) : 0;
  }

  private piece(section: "fonts" | "fills" | "borders", xml: string): number {
    const key = `${section}|${xml}`;
    const known = this.pieceCache.get(key);
    if (known !== undefined) return known;
    this.added[section].push(xml);
    const index = this.base[section] + this.added[section].length - 1;
    this.pieceCache.set(key, index);
    return index;
  }

  private formatId(code: string | undefined): number {
    if (!code) return 0;
    if (BUILT_IN_FORMATS[code] !== undefined) return BUILT_IN_FORMATS[code];
    const known = this.baseFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.baseFormats.set(code, id);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The cellXfs index for a style; the same style always gets the same index. */
  index(style: CellStyle | undefined): number {
    if (!style) return 0;
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const index = this.indexByContent(style);
    this.byObject.set(style, index);
    return index;
  }

  private indexByContent(style: CellStyle): number {
    if (Object.keys(style).length === 0) return 0;
    const key = JSON.stringify(style, Object.keys(style).sort());
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const font =
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.size ?? 11}"/>` +
      `${style.color ? `<color rgb="FF${style.color}"/>` : ""}<name val="맑은 고딕"/><family val="3"/><charset val="129"/></font>`;
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`
      : null;
    const thin = '<color rgb="FFBFBFBF"/>';
    const border = style.border
      ? `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`
      : null;
    const numFmtId = this.formatId(style.numberFormat);
    const fontId = this.piece("fonts", font);
    const fillId = fill ? this.piece("fills", fill) : 0;
    const borderId = border ? this.piece("borders", border) : 0;
    const alignment =
      style.align || style.wrap
        ? `<alignment${style.align ? ` horizontal="${style.align}"` : ""} vertical="center"${style.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const quote = style.quotePrefix ? ' quotePrefix="1"' : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${quote}` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${alignment ? ' applyAlignment="1">' + alignment + "</xf>" : "/>"}`;
    this.added.cellXfs.push(xf);
    const index = this.base.cellXfs + this.added.cellXfs.length - 1;
    this.cache.set(key, index);
    return index;
  }

  /** styles.xml with everything added; unchanged when nothing was. */
  toXml(): string {
    const q = this.q;
    let xml = this.xml;
    const sections: Section[] = [
      { tag: "numFmts", items: this.added.numFmts },
      { tag: "fonts", items: this.added.fonts },
      { tag: "fills", items: this.added.fills },
      { tag: "borders", items: this.added.borders },
      { tag: "cellXfs", items: this.added.cellXfs },
    ];
    for (const { tag, items } of sections) {
      if (items.length === 0) continue;
      const added = qualify(items.join(""), q);
      const match = new RegExp(`<${q}${tag}\\b([^>]*?)(/?)>`).exec(xml);
      if (!match) {
        // A section another program left out goes where the schema puts it.
        const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(tag) + 1);
        const next = new RegExp(`<${q}(${later.join("|")})\\b`).exec(xml);
        const at = next ? next.index : xml.lastIndexOf(`</${q}styleSheet>`);
        xml = `${xml.slice(0, at)}<${q}${tag} count="${items.length}">${added}</${q}${tag}>${xml.slice(at)}`;
        continue;
      }
      const selfClosing = match[2] === "/";
      const end = selfClosing
        ? match.index + match[0].length
        : xml.indexOf(`</${q}${tag}>`, match.index);
      const inner = selfClosing ? "" : xml.slice(match.index + match[0].length, end);
      const child = {
        numFmts: "numFmt",
        fonts: "font",
        fills: "fill",
        borders: "border",
        cellXfs: "xf",
      }[tag] as string;
      const count = countChildren(inner, `${q}${child}`) + items.length;
      const attributes = match[1].replace(/\s*count="\d*"/, "");
      const rebuilt = `<${q}${tag} count="${count}"${attributes}>${inner}${added}</${q}${tag}>`;
      const stop = selfClosing ? end : end + `</${q}${tag}>`.length;
      xml = xml.slice(0, match.index) + rebuilt + xml.slice(stop);
    }
    return xml;
  }
}

/** The children of styleSheet in the order the schema (CT_Stylesheet) requires. */
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
