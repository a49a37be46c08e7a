// Applying the core's WorkbookWrite to the open workbook through Office.js. No evaluation here:
// the description says what to write; this turns it into as few API calls as it can (cells in
// rectangles, formats per style over many areas at once) and sends them in as few requests as
// the request budget allows.
import {
  CHART_PREFIX,
  cellAddress,
  columnLetter,
  DIGIT_PIXELS,
  columnPoints,
  type ChartSpec,
  styleOf,
  type CellStyle,
  type CellWrite,
  type PageSetup,
  type SheetWrite,
  type WorkbookWrite,
} from "../core/format/workbook";
import type { Capabilities } from "./capabilities";
import type { ExcelReadState } from "./read";

/**
 * Requests stay under this many (estimated) bytes. Excel on the web refuses a request over 5 MB
 * (documented): 4 MB leaves room for what the estimate misses. Desktop Excel has no documented
 * limit; Microsoft only advises against very large batches for memory. The desktop's budget is our
 * assumption: twice the web's, so that the 500-task Compute at ExcelApi 1.1 (Office 2016, where
 * reading takes two round trips) is written in one request of about 6 MB. Round trips are constant
 * in the workbook's size up to this much writing, then one more per budget's worth.
 */
export const WEB_REQUEST_BUDGET_BYTES = 4_000_000;
export const DESKTOP_REQUEST_BUDGET_BYTES = 8_000_000;

/*
 * A request's size as Office.js builds it ({AutoKeepReference, Actions, ObjectPaths}): every
 * object reached is an object path plus the action that instantiates it — a method's result
 * (getRange("A1:B2")) with its arguments, a property's (format, fill) once per parent — and every
 * property set or method call is an action with its arguments. Sized with room for long ids.
 */
const METHOD_PATH_BYTES = 170;
const PROPERTY_PATH_BYTES = 130;
const ACTION_BYTES = 130;
const methodPath = (...args: unknown[]) => METHOD_PATH_BYTES + jsonBytes(args);
/** The request's frame, the workbook and its collections, events and screen updating. */
const REQUEST_FRAME_BYTES = 1_000;
const action = (...args: unknown[]) => ACTION_BYTES + jsonBytes(args);
/** getRanges refuses around 500 areas or 8k-character addresses. */
const MAX_AREAS = 400;
const MAX_AREAS_ADDRESS = 7000;
/**
 * Excel's column width (Range.format.columnWidth) is in points; the core's is a file's, in digits
 * of the workbook's font (맑은 고딕: 8 pixels, not Calibri's 7, or Korean Excel shows the columns
 * about 12 % narrower than the file path's and clips the wrapped names sized for them).
 */
export const columnWidthPoints = (width: number) => columnPoints(width, DIGIT_PIXELS);

/**
 * One queued API call and its estimated size in a request. It reaches its sheet through
 * `worksheet`, one object per sheet and request (Office.js sends each getItem's path again).
 */
interface Step {
  bytes: number;
  run: (worksheet: Excel.Worksheet, context: Excel.RequestContext) => void;
  /** It sets a sheet's visibility, which clears the desktop's undo history. */
  setsVisibility?: boolean;
}

/** A step of a planned request, with the sheet it writes. */
type PlannedStep = Step & { sheet: string };

/**
 * A protected sheet Excel would not unprotect: Compute cannot write it, and wrote nothing.
 * `password`: Excel said the password was missing (InvalidArgument); otherwise it refused for
 * another reason (some builds answer AccessDenied for a sheet with no password: office-js #6784).
 */
export class PasswordProtectedError extends Error {
  constructor(
    readonly sheet: string,
    readonly password: boolean,
    readonly code: string
  ) {
    super(`${sheet} could not be unprotected (${code})`);
    Object.setPrototypeOf(this, PasswordProtectedError.prototype);
  }
}

/** A write that failed after some of its requests had gone through: those sheets were written. */
export class PartialWriteError extends Error {
  constructor(
    readonly cause: unknown,
    readonly writtenSheets: string[]
  ) {
    super(`written before the failure: ${writtenSheets.join(", ")}`);
    // Compiled to ES5 (the IE11 bundles), a subclass of Error loses its prototype without this.
    Object.setPrototypeOf(this, PartialWriteError.prototype);
  }
}

interface Block {
  top: number;
  left: number;
  rows: (CellWrite | null)[][];
}

/** The cells as rectangles: runs along each row, stacked where consecutive rows share a run. */
function blocksOf(cells: readonly CellWrite[]): Block[] {
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const cell of cells) {
    if (!byRow.has(cell.row)) byRow.set(cell.row, new Map());
    byRow.get(cell.row)!.set(cell.col, cell);
  }
  const runs: { row: number; left: number; cells: CellWrite[] }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...byRow.get(row)!.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({
          row,
          left: cols[start],
          cells: cols.slice(start, i).map((c) => byRow.get(row)!.get(c)!),
        });
        start = i;
      }
    }
  }
  const blocks: Block[] = [];
  // Open blocks by where a run must start to extend them: "left|width|next row".
  const open = new Map<string, Block>();
  for (const run of runs) {
    const key = `${run.left}|${run.cells.length}|${run.row}`;
    let block = open.get(key);
    open.delete(key);
    if (block) block.rows.push(run.cells);
    else {
      block = { top: run.row, left: run.left, rows: [run.cells] };
      blocks.push(block);
    }
    open.set(`${run.left}|${run.cells.length}|${run.row + 1}`, block);
  }
  return blocks;
}

const blockAddress = (block: { top: number; left: number; rows: unknown[][] }) =>
  `${cellAddress(block.top, block.left)}:${cellAddress(block.top + block.rows.length - 1, block.left + block.rows[0].length - 1)}`;

function valueOf(cell: CellWrite | null, input = false): string | number | boolean | null {
  if (!cell) return null;
  // A formula cell gets its formula separately; null leaves it alone here.
  if (cell.formula !== undefined) return null;
  if (cell.value === null) return "";
  if (typeof cell.value === "string") {
    // In a sheet people type into, the apostrophe is the quote prefix: Excel stores the rest as
    // text and the cell keeps its General format (styleOf). Elsewhere Excel still takes a leading
    // apostrophe as "the rest is text", even in a text cell (docs/excel.md): one more keeps the
    // string's own.
    if (input || cell.value.startsWith("'")) return `'${cell.value}`;
  }
  return cell.value;
}

/**
 * Strings in the add-in's own sheets get the text format before their value; in input sheets
 * they keep General or their numeric format and are quote-prefixed (styleOf, valueOf).
 */
function numberFormatOf(cell: CellWrite | null, input = false): string | null {
  if (!cell) return null;
  return styleOf(cell, input)?.numberFormat ?? "General";
}

/** Bytes of a text in UTF-8 (a Hangul syllable is three), without TextEncoder (IE11 has none). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON in UTF-8. */
const jsonBytes = (value: unknown) => utf8Length(JSON.stringify(value) ?? "");

/** Splits a block into row bands whose matrices fit a quarter of the budget. */
function bands(block: Block, budget: number): Block[] {
  if (!Number.isFinite(budget)) return [block];
  const perRow = Math.max(1, jsonBytes(block.rows[0].map((cell) => valueOf(cell))) * 2 + 40);
  const rowsPerBand = Math.max(1, Math.floor(budget / 4 / perRow));
  const out: Block[] = [];
  for (let r = 0; r < block.rows.length; r += rowsPerBand) {
    out.push({ top: block.top + r, left: block.left, rows: block.rows.slice(r, r + rowsPerBand) });
  }
  return out;
}

function cellSteps(write: SheetWrite, budget: number): Step[] {
  const steps: Step[] = [];
  for (const block of blocksOf(write.cells).flatMap((b) => bands(b, budget))) {
    const address = blockAddress(block);
    const formats = block.rows.map((row) => row.map((cell) => numberFormatOf(cell, write.input)));
    const values = block.rows.map((row) => row.map((cell) => valueOf(cell, write.input)));
    const bytes =
      methodPath(address) +
      (write.mode === "patch" ? action("Formats") : 0) +
      action(formats) +
      action(values);
    steps.push({
      bytes,
      run: (worksheet) => {
        const range = worksheet.getRange(address);
        if (write.mode === "patch") range.clear("Formats");
        // Number formats first: a text format keeps "=…" text from becoming a formula.
        range.numberFormat = formats as string[][];
        range.values = values as (string | number | boolean)[][];
      },
    });
  }
  // Formulas in rectangles of formula cells, one call each (the staleness checks are a column).
  const formulaCells = write.cells.filter((c) => c.formula !== undefined);
  for (const block of blocksOf(formulaCells).flatMap((b) => bands(b, budget))) {
    const address = blockAddress(block);
    const formulas = block.rows.map((row) => row.map((cell) => `=${cell?.formula}`));
    steps.push({
      bytes: methodPath(address) + action(formulas),
      run: (worksheet) => {
        worksheet.getRange(address).formulas = formulas;
      },
    });
  }
  return steps;
}

/** Cells sharing one part of a look, as areas: RangeAreas where the Excel has them, else one each. */
function areaGroups(cells: readonly CellWrite[], capabilities: Capabilities): string[][] {
  const areas = blocksOf(cells).map(blockAddress);
  if (!capabilities.rangeAreas) return areas.map((area) => [area]);
  const groups: string[][] = [];
  let group: string[] = [];
  let length = 0; // of group.join(",")
  for (const area of areas) {
    if (group.length >= MAX_AREAS || length + area.length + 1 > MAX_AREAS_ADDRESS) {
      groups.push(group);
      group = [];
      length = 0;
    }
    length += (group.length ? 1 : 0) + area.length;
    group.push(area);
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * A look in parts that are applied apart, each over the largest areas it shares: a status column
 * changes colour from row to row, but its borders run down the whole table in one area. Borders
 * cost twelve calls an area, so they must not be split by a bold row or a fill.
 */
const FACETS: ((style: CellStyle) => CellStyle)[] = [
  ({ fill }) => (fill ? { fill } : {}),
  ({ border }) => (border ? { border } : {}),
  ({ bold, italic, color, size }) => ({
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(color ? { color } : {}),
    ...(size ? { size } : {}),
  }),
  ({ align, wrap }) => ({ ...(align ? { align } : {}), ...(wrap ? { wrap } : {}) }),
];

const facetCache = new WeakMap<CellStyle, { key: string; style: CellStyle }[]>();
const NO_FACETS: { key: string; style: CellStyle }[] = [];

/** A look's non-empty facets with their grouping keys (computed once per style object). */
function facetsOf(style: CellStyle | undefined): { key: string; style: CellStyle }[] {
  if (!style) return NO_FACETS;
  let facets = facetCache.get(style);
  if (!facets) {
    facets = FACETS.map((facet) => facet(style))
      .filter((part) => Object.keys(part).length > 0)
      .map((part) => ({ key: JSON.stringify(part, Object.keys(part).sort()), style: part }));
    facetCache.set(style, facets);
  }
  return facets;
}

/** Formats in as few calls as the cells allow: per facet of a look, over many areas at once. */
function styleSteps(cells: readonly CellWrite[], capabilities: Capabilities): Step[] {
  const groups = new Map<string, { style: CellStyle; cells: CellWrite[] }>();
  for (const cell of cells) {
    for (const { key, style } of facetsOf(cell.style)) {
      if (!groups.has(key)) groups.set(key, { style, cells: [] });
      groups.get(key)!.cells.push(cell);
    }
  }
  const steps: Step[] = [];
  for (const { style, cells: styled } of groups.values()) {
    const bytes = styleBytes(style);
    for (const group of areaGroups(styled, capabilities)) {
      const address = group.join(",");
      steps.push({
        bytes: methodPath(address) + bytes,
        run: (worksheet) => {
          const target =
            group.length > 1 ? worksheet.getRanges(address) : worksheet.getRange(address);
          applyStyle(target.format, style);
        },
      });
    }
  }
  return steps;
}

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** A look's calls on a range's format, estimated: applyStyle's objects and settings. */
function styleBytes(style: CellStyle): number {
  let bytes = PROPERTY_PATH_BYTES; // format
  if (style.fill) bytes += PROPERTY_PATH_BYTES + action(style.fill);
  const font = [style.bold, style.italic, style.color, style.size].filter(Boolean).length;
  if (font > 0) bytes += PROPERTY_PATH_BYTES + font * action("#000000");
  if (style.align) bytes += action("Center");
  if (style.wrap) bytes += action(true);
  if (style.border) {
    bytes +=
      PROPERTY_PATH_BYTES + EDGES.length * (methodPath("InsideHorizontal") + 2 * action("#BFBFBF"));
  }
  return bytes;
}

function applyStyle(
  format: Excel.RangeFormat | Excel.RangeAreas["format"],
  style: CellStyle
): void {
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.size) format.font.size = style.size;
  if (style.align) format.horizontalAlignment = ALIGNMENT[style.align];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#BFBFBF";
    }
  }
}

function sheetSteps(
  write: SheetWrite,
  state: ExcelReadState,
  capabilities: Capabilities,
  budget: number
): Step[] {
  const sheet = write.name;
  const exists = state.sheetNames.includes(sheet);
  const steps: Step[] = [];
  const call = (bytes: number, run: Step["run"]) => steps.push({ bytes, run });
  const onRange = (address: string) => methodPath(address);

  if (!exists) call(action(sheet), (_worksheet, context) => context.workbook.worksheets.add(sheet));
  if (exists && write.mode === "replace") {
    call(onRange("") + PROPERTY_PATH_BYTES + 2 * action("All"), (worksheet) => {
      const whole = worksheet.getRange();
      if (capabilities.conditionalFormats) whole.conditionalFormats.clearAll();
      whole.clear();
    });
  }
  // One by one: spread into push, a large sheet's steps overflow the call stack.
  for (const step of cellSteps(write, budget)) steps.push(step);
  for (const step of styleSteps(write.cells, capabilities)) steps.push(step);
  for (const cell of write.cells.filter((c) => c.link && capabilities.hyperlinks)) {
    const address = cellAddress(cell.row, cell.col);
    const link = { documentReference: cell.link, textToDisplay: String(cell.value ?? "") };
    call(onRange(address) + action(link), (worksheet) => {
      worksheet.getRange(address).hyperlink = link;
    });
  }
  const formatBytes = (address: string) => onRange(address) + PROPERTY_PATH_BYTES + action(100);
  if (capabilities.columnWidths) {
    for (const { col, width } of write.columnWidths ?? []) {
      const address = cellAddress(0, col);
      call(formatBytes(address), (worksheet) => {
        worksheet.getRange(address).format.columnWidth = columnWidthPoints(width);
      });
    }
    for (const { row, height } of write.rowHeights ?? []) {
      const address = cellAddress(row, 0);
      call(formatBytes(address), (worksheet) => {
        // A cell's row height is its whole row's.
        worksheet.getRange(address).format.rowHeight = height;
      });
    }
  }
  if (capabilities.conditionalFormats) {
    for (const bar of write.dataBars ?? []) {
      // range → conditionalFormats → add → dataBar → positiveFormat, and the colour.
      const bytes = onRange(bar.range) + methodPath("DataBar") + 3 * PROPERTY_PATH_BYTES;
      call(bytes + action(bar.color), (worksheet) => {
        const format = worksheet.getRange(bar.range).conditionalFormats.add("DataBar");
        format.dataBar.positiveFormat.fillColor = `#${bar.color}`;
      });
    }
  }
  if (capabilities.dataValidation) {
    for (const list of write.listValidations ?? []) {
      const rule = { list: { inCellDropDown: true, source: list.values.join(",") } };
      call(onRange(list.range) + PROPERTY_PATH_BYTES + action(rule), (worksheet) => {
        worksheet.getRange(list.range).dataValidation.rule = rule;
      });
    }
  }
  if (write.freeze && capabilities.freezePanes) {
    const { rows, cols } = write.freeze;
    const box = `A1:${cellAddress(rows - 1, cols - 1)}`;
    call(PROPERTY_PATH_BYTES + onRange(box) + action(box), (worksheet) => {
      const panes = worksheet.freezePanes;
      if (cols === 0) panes.freezeRows(rows);
      else panes.freezeAt(worksheet.getRange(box));
    });
  }
  if (write.page && capabilities.pageLayout) {
    const page = write.page;
    // pageLayout, headersFooters, defaultForAllPages; fourteen settings.
    const bytes = 3 * PROPERTY_PATH_BYTES + 14 * action(page.footer.center || "$A:$D");
    const breaks = page.columnBreaks ?? [];
    // verticalPageBreaks → removePageBreaks, and an add (with its range) per break.
    const breakBytes =
      breaks.length > 0
        ? PROPERTY_PATH_BYTES + action() + breaks.length * (methodPath("A1") + action())
        : 0;
    call(bytes + breakBytes, (worksheet) => applyPage(worksheet, page));
  }
  if (write.charts) {
    // The add-in's charts from the last write go; a user's stay.
    for (const name of (state.charts.get(sheet) ?? []).filter((n) => n.startsWith(CHART_PREFIX))) {
      call(PROPERTY_PATH_BYTES + methodPath(name) + action(), (worksheet) =>
        worksheet.charts.getItem(name).delete()
      );
    }
    for (const chart of write.charts) {
      // charts → add (with its source range) → title, legend; name, title, legend, position.
      const bytes =
        PROPERTY_PATH_BYTES +
        methodPath(chart.kind, "Columns") +
        onRange(chart.values) +
        2 * PROPERTY_PATH_BYTES +
        4 * action(chart.title, chart.name);
      call(bytes, (worksheet) => addChart(worksheet, chart));
    }
  }
  // Setting visibility clears the desktop's undo history: only when it must change.
  const visibility = write.visibility ?? "visible";
  const current = exists ? (state.visibility.get(sheet) ?? "visible") : "visible";
  if (visibility !== current && capabilities.hideSheets) {
    const value = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[visibility];
    steps.push({
      bytes: action(value),
      setsVisibility: true,
      run: (worksheet) => {
        worksheet.visibility = value as Excel.SheetVisibility;
      },
    });
  }
  return steps;
}

/** A chart from the cells of its sheet: categories and values, two adjacent columns. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first] = spec.categories.split(":");
  const last = spec.values.split(":").pop() as string;
  const chart = sheet.charts.add(
    spec.kind === "column" ? "ColumnClustered" : "LineMarkers",
    sheet.getRange(`${first}:${last}`),
    "Columns"
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  // The spec's corner is where the chart ends (the next cell's edge); setPosition's is the last cell.
  chart.setPosition(
    cellAddress(spec.from.row, spec.from.col),
    cellAddress(spec.to.row - 1, spec.to.col - 1)
  );
}

/** Rows "$7:$7" and columns "$A:$D" as print titles take them. */
const rowSpan = (span: { first: number; last: number }) => `$${span.first + 1}:$${span.last + 1}`;
const columnSpan = (span: { first: number; last: number }) =>
  `$${columnLetter(span.first)}:$${columnLetter(span.last)}`;

/**
 * A sheet's print settings and its manual column breaks (ExcelApi 1.9, both); margins are points
 * in the API, inches in the core. Where the core breaks a sheet, its earlier manual column breaks
 * go first.
 */
function applyPage(worksheet: Excel.Worksheet, page: PageSetup): void {
  const layout = worksheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { scale: page.scale };
  const points = (inches: number) => inches * 72;
  layout.leftMargin = points(page.margins.left);
  layout.rightMargin = points(page.margins.right);
  layout.topMargin = points(page.margins.top);
  layout.bottomMargin = points(page.margins.bottom);
  layout.headerMargin = points(page.margins.header);
  layout.footerMargin = points(page.margins.footer);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = page.footer.left;
  footer.centerFooter = page.footer.center;
  footer.rightFooter = page.footer.right;
  if (page.repeatRows) layout.setPrintTitleRows(rowSpan(page.repeatRows));
  if (page.repeatColumns) layout.setPrintTitleColumns(columnSpan(page.repeatColumns));
  // A sheet whose breaks are ours gets exactly them; any other keeps the user's own.
  const breaks = page.columnBreaks ?? [];
  if (breaks.length === 0) return;
  worksheet.verticalPageBreaks.removePageBreaks();
  for (const col of breaks) {
    worksheet.verticalPageBreaks.add(worksheet.getRange(cellAddress(0, col)));
  }
}

/** How a sheet's protection changes around a write. */
interface ProtectionChange {
  sheet: string;
  /** Protected now: it must be unprotected before it is written. */
  unprotect: boolean;
  /** Protected after the write: the user's options again, or ours (none) on a sheet we own. */
  protectWith: Excel.WorksheetProtectionOptions | null;
}

/**
 * Which sheets' protection the write changes. A protected sheet the write touches is unprotected
 * first and protected again after with the options it had; a sheet the description protects (ours)
 * is protected. Nothing else is touched: protect and unprotect clear the user's undo history.
 */
function protectionChanges(
  write: WorkbookWrite,
  state: ExcelReadState,
  capabilities: Capabilities
): ProtectionChange[] {
  if (!capabilities.protection) return [];
  return write.sheets
    .map((sheet): ProtectionChange => {
      const now = state.protection.get(sheet.name);
      const isProtected = state.sheetNames.includes(sheet.name) && now?.protected === true;
      return {
        sheet: sheet.name,
        unprotect: isProtected,
        protectWith: sheet.protect ? {} : isProtected ? (now?.options ?? {}) : null,
      };
    })
    .filter((c) => c.unprotect || c.protectWith !== null);
}

/** Requests (as lists of steps) each under the budget; one when everything fits. */
function planRequests(
  write: WorkbookWrite,
  state: ExcelReadState,
  capabilities: Capabilities,
  changes: readonly ProtectionChange[],
  budget: number
): PlannedStep[][] {
  const protectionBytes = PROPERTY_PATH_BYTES + action();
  // Unprotecting comes first: a sheet with a password stops the write before anything is written.
  const steps: PlannedStep[] = changes
    .filter((c) => c.unprotect)
    .map((c) => ({
      sheet: c.sheet,
      bytes: protectionBytes,
      run: (worksheet) => worksheet.protection.unprotect(),
    }));
  steps.push(
    ...write.sheets.flatMap((sheet) =>
      sheetSteps(sheet, state, capabilities, budget).map((step) => ({ ...step, sheet: sheet.name }))
    )
  );
  for (const change of changes.filter((c) => c.protectWith !== null)) {
    const options = change.protectWith!;
    steps.push({
      sheet: change.sheet,
      bytes: protectionBytes + jsonBytes(options),
      run: (worksheet) =>
        Object.keys(options).length > 0
          ? worksheet.protection.protect(options)
          : worksheet.protection.protect(),
    });
  }
  if (write.activeSheet) {
    const name = write.activeSheet;
    steps.push({
      sheet: name,
      bytes: action(),
      run: (worksheet) => worksheet.activate(),
    });
  }
  const requests: PlannedStep[][] = [[]];
  let size = REQUEST_FRAME_BYTES;
  let sheets = new Set<string>();
  // A sheet's object is sent once in each request that reaches it.
  const cost = (step: PlannedStep) =>
    step.bytes + (sheets.has(step.sheet) ? 0 : methodPath(step.sheet));
  for (const step of steps) {
    if (size + cost(step) > budget && requests[requests.length - 1].length > 0) {
      requests.push([]);
      size = REQUEST_FRAME_BYTES;
      sheets = new Set();
    }
    requests[requests.length - 1].push(step);
    size += cost(step);
    sheets.add(step.sheet);
  }
  return requests;
}

/** What a write did besides writing. */
export interface WriteOutcome {
  /**
   * Excel cleared the user's undo history: any write below ExcelApi 1.20, and at every level a
   * protection change or (on the desktop) a visibility change.
   */
  undoCleared: boolean;
}

/**
 * After a failed write: every sheet whose protection the write changed is protected again as it
 * should end (best effort; a second failure leaves it as it is). Returns the sheets still
 * protected that the write meant to unprotect: those refused (a password).
 */
async function restoreProtection(
  context: Excel.RequestContext,
  changes: ProtectionChange[]
): Promise<string[]> {
  const read = changes.map((change) => ({
    change,
    protection: context.workbook.worksheets.getItem(change.sheet).protection.load("protected"),
  }));
  await context.sync();
  for (const { change, protection } of read) {
    if (!protection.protected && change.protectWith !== null)
      protection.protect(change.protectWith);
  }
  await context.sync();
  return read
    .filter((r) => r.change.unprotect && r.protection.protected)
    .map((r) => r.change.sheet);
}

export async function applyWrite(
  context: Excel.RequestContext,
  write: WorkbookWrite,
  state: ExcelReadState,
  capabilities: Capabilities
): Promise<WriteOutcome> {
  // 새해 양식's write is for files (WorkbookWrite.removeSheets): refused before anything is sent.
  if (write.removeSheets?.length || write.sheets.some((s) => s.cells.some((c) => c.keepStyle)))
    throw new Error("a write that removes sheets or keeps looks is applied to files only");
  const changes = protectionChanges(write, state, capabilities);
  const budget = capabilities.web ? WEB_REQUEST_BUDGET_BYTES : DESKTOP_REQUEST_BUDGET_BYTES;
  const requests = planRequests(write, state, capabilities, changes, budget);
  const visibilityChanged = requests.some((request) => request.some((step) => step.setsVisibility));
  if (capabilities.suspendEvents) context.runtime.enableEvents = false;
  const written = new Set<string>();
  try {
    for (const [index, request] of requests.entries()) {
      if (capabilities.suspendScreenUpdating) {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      }
      // One object per sheet and request: each getItem is sent as an object path of its own.
      const worksheets = new Map<string, Excel.Worksheet>();
      const worksheetOf = (name: string) => {
        let worksheet = worksheets.get(name);
        if (!worksheet) {
          worksheet = context.workbook.worksheets.getItem(name);
          worksheets.set(name, worksheet);
        }
        return worksheet;
      };
      // A trace message as each sheet's writes begin: if Excel stops the request at a failing
      // operation, the messages it ran before it name the sheets already (partly) written.
      let tracedSheet: string | null = null;
      for (const step of request) {
        if (step.sheet !== tracedSheet) context.trace((tracedSheet = step.sheet));
        step.run(worksheetOf(step.sheet), context);
      }
      // Events come back on with the last batch, not in a round trip of their own.
      if (capabilities.suspendEvents && index === requests.length - 1) {
        context.runtime.enableEvents = true;
      }
      // One request per budget-sized batch: splitting is the point of this loop.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const step of request) written.add(step.sheet);
    }
  } catch (error) {
    if (capabilities.suspendEvents) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    // Sheets this write was to create may not exist: only those that did are looked at.
    const existing = changes.filter((c) => state.sheetNames.includes(c.sheet));
    const refused = existing.length
      ? await restoreProtection(context, existing).catch(() => [] as string[])
      : [];
    if (written.size === 0 && refused.length > 0) {
      // Told by Excel's error code, never assumed: only InvalidArgument means a password.
      const code = (error as { code?: string }).code ?? "";
      throw new PasswordProtectedError(refused[0], code === "InvalidArgument", code);
    }
    // Excel runs a request in order and stops at a failing operation, keeping what ran before it
    // (OfficeExtension.Error.traceMessages: the trace messages executed before the error): the
    // earlier requests' sheets and those the failing one had begun were written.
    const begun = (error as { traceMessages?: string[] }).traceMessages ?? [];
    for (const sheet of begun) if (!refused.includes(sheet)) written.add(sheet);
    throw written.size > 0 ? new PartialWriteError(error, [...written]) : error;
  }
  const wroteAnything = requests.some((request) => request.length > 0);
  return {
    undoCleared:
      (wroteAnything && !capabilities.keepsUndo) ||
      changes.length > 0 ||
      (visibilityChanged && !capabilities.web),
  };
}
