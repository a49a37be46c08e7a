// How the sheets print (PRODUCT.md, "Printing and charts"): A4, readable — body text (11 pt)
// at least 8 pt on paper, so never below 73 % — and nothing cut off: a sheet that fits one page
// wide at 73 % or more is scaled to fit; a wider one prints at 73 % over several pages across, its
// key columns (과제번호, names) repeated on each, its header rows repeated on every page. The footer
// names the department, the sheet and the page ("3 / 7").
import { DIGIT_PIXELS, columnPoints, type CellWrite, type PageSetup } from "./workbook";

/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** The body font's size in points (the workbook's default font, 맑은 고딕 11). */
const BODY_POINTS = 11;
/** The smallest body text allowed on paper, in points. */
export const MIN_PRINTED_POINTS = 8;
const MIN_SCALE = Math.ceil((MIN_PRINTED_POINTS / BODY_POINTS) * 100);
/**
 * Programs lay columns out a little differently (LibreOffice's 맑은 고딕 substitute is wider than
 * Excel's): a sheet is fitted into this share of the printable width.
 */
const FIT_SAFETY = 0.92;
/** A column without a width set: Excel's default (8.43 characters). */
const DEFAULT_WIDTH = 8.43;

export interface PageRequest {
  orientation: "portrait" | "landscape";
  /** File widths of the columns that print, from A (undefined: the default width). */
  widths: readonly (number | undefined)[];
  /** Header rows repeated on every page (0-based, inclusive). */
  headerRows?: { first: number; last: number };
  /** Columns repeated on every page when the sheet is wider than one. */
  keyColumns?: { first: number; last: number };
  /**
   * Where a sheet too wide for one page breaks to the next (0-based columns, each beginning a
   * page): 월별실적 at July, so that the months print by half-year and no month alone on a page.
   */
  breakBefore?: number[];
  department: string;
}

/** Printable width of an A4 page in points, margins taken off. */
function printableWidth(orientation: PageRequest["orientation"]): number {
  const paper = orientation === "landscape" ? A4.height : A4.width;
  return paper - (MARGINS.left + MARGINS.right) * 72;
}

/** Width in points of the columns as printed at 100 %. */
function sheetPoints(widths: readonly (number | undefined)[]): number {
  return widths.reduce<number>((sum, w) => sum + columnPoints(w ?? DEFAULT_WIDTH, DIGIT_PIXELS), 0);
}

/** A footer text: "&" is a code character in footers. */
const footerText = (text: string) => text.replace(/&/g, "&&");

/** Excel's limits this layout keeps to ("Excel specifications and limits"). */
export const EXCEL_LIMITS = {
  /** Points of a row's height: Excel refuses a taller row. */
  rowPoints: 409,
  /** Characters of a header or footer, its three parts together: Excel refuses a longer one. */
  headerFooterChars: 255,
  /** Characters of a cell's text: Excel refuses a longer one (src/core/format/cellText.ts). */
  cellChars: 32_767,
};
const FOOTER_CENTER = "&A";
const FOOTER_RIGHT = "&P / &N";

// The file's footer is one string, its parts behind "&L", "&C" and "&R": counted too.
const FOOTER_ROOM =
  EXCEL_LIMITS.headerFooterChars - FOOTER_CENTER.length - FOOTER_RIGHT.length - "&L&C&R".length;

/** Whether the department's name fits the printed footer whole. */
export const departmentFitsFooter = (department: string) =>
  footerText(department).length <= FOOTER_ROOM;

/**
 * The department as the footer's left part, cut (with "…") where the whole footer would pass
 * Excel's limit: a long department name still prints, and the footer is never refused.
 */
export function footerDepartment(department: string): string {
  const whole = footerText(department);
  if (departmentFitsFooter(department)) return whole;
  // Cut on characters, never inside an "&&" pair.
  let cut = "";
  for (const ch of department) {
    const next = cut + footerText(ch);
    if (next.length + 1 > FOOTER_ROOM) break;
    cut = next;
  }
  return `${cut}…`;
}

/** The scale at which `points` fit the room, within 73 %–100 %. */
const fitScale = (room: number, points: number) =>
  Math.max(MIN_SCALE, Math.min(100, Math.floor((room / Math.max(points, 1)) * 100)));

/**
 * The pages across of a sheet broken at `breaks`, each as wide as it prints: its own columns and,
 * after the first, the key columns repeated.
 */
function pagesAcross(request: PageRequest, breaks: readonly number[]): number[] {
  const keys = request.keyColumns;
  const keyPoints = keys ? sheetPoints(request.widths.slice(keys.first, keys.last + 1)) : 0;
  const edges = [0, ...breaks, request.widths.length];
  return edges.slice(1).map((end, i) => {
    const own = sheetPoints(request.widths.slice(edges[i], end));
    return own + (i > 0 ? keyPoints : 0);
  });
}

export function pageSetup(request: PageRequest): PageSetup {
  const printable = printableWidth(request.orientation);
  const width = sheetPoints(request.widths);
  const room = printable * FIT_SAFETY;
  let scale = fitScale(room, width);
  const wider = (width * scale) / 100 > room;
  // Too wide for one page: broken where the request says, at the scale the widest part fits.
  const breaks = wider ? (request.breakBefore ?? []) : [];
  if (breaks.length > 0) scale = fitScale(room, Math.max(...pagesAcross(request, breaks)));
  return {
    orientation: request.orientation,
    scale,
    ...(request.headerRows ? { repeatRows: request.headerRows } : {}),
    ...(wider && request.keyColumns ? { repeatColumns: request.keyColumns } : {}),
    ...(breaks.length > 0 ? { columnBreaks: breaks } : {}),
    footer: {
      left: footerDepartment(request.department),
      center: FOOTER_CENTER,
      right: FOOTER_RIGHT,
    },
    margins: MARGINS,
  };
}

/** The widths of columns 0 … count−1 from a sheet write's column widths. */
export function widthsOf(
  columnWidths: readonly { col: number; width: number }[] | undefined,
  count: number
): (number | undefined)[] {
  return Array.from({ length: count }, (_, col) => columnWidths?.find((c) => c.col === col)?.width);
}

/** A line of the body font, in points (Excel's default row height for 맑은 고딕 11). */
const LINE_POINTS = 16.5;

/** How many digit widths a text takes: Hangul and other wide characters about two. */
function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += text.charCodeAt(i) >= 0x1100 ? 1.85 : 1;
  return units;
}

/**
 * Heights for the rows whose wrapped cells need more than one line at their column's width:
 * spreadsheet programs do not grow a row to fit wrapped text on opening a file.
 */
export function wrappedRowHeights(
  cells: readonly CellWrite[],
  columnWidths: readonly { col: number; width: number }[]
): { row: number; height: number }[] {
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string") continue;
    const width = columnWidths.find((c) => c.col === cell.col)?.width ?? DEFAULT_WIDTH;
    // A column of width w holds about w − 1 digits beside its padding.
    const needed = Math.ceil(textUnits(cell.value) / Math.max(width - 1, 1));
    if (needed > (lines.get(cell.row) ?? 1)) lines.set(cell.row, needed);
  }
  return (
    [...lines]
      .sort((a, b) => a[0] - b[0])
      // Excel's tallest row: a longer text is still all in its cell, shown in the formula bar.
      .map(([row, count]) => ({
        row,
        height: Math.min(count * LINE_POINTS, EXCEL_LIMITS.rowPoints),
      }))
  );
}
