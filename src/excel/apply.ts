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
} from "../core/workbook";
import type { Capabilities } from "./capabilities";
import type { ExcelReadState } from "./read";

/**
 * Requests stay under this many (estimated) bytes. The double's fuller estimate of Office.js's
 * encoding comes out up to ~12% higher, so requests stay under 4 MB. Excel on the web refuses over
 * 5 MB; desktop Excel has no documented limit, but a 10 MB request (a 500-task Compute at ExcelApi
 * 1.1–1.8) is one large allocation in a 32-bit Office 2016 process, so the desktop keeps the same
 * budget. Round trips are constant in the workbook's size up to this much writing, then one more
 * per budget's worth.
 */
export const REQUEST_BUDGET_BYTES = 3_000_000;
/** Fixed cost of one API call in a request (object path, method, ids), estimated. */
const CALL_BYTES = 120;
/** getRanges refuses around 500 areas or 8k-character addresses. */
const MAX_AREAS = 400;
const MAX_AREAS_ADDRESS = 7000;
/**
 * Excel's column width (Range.format.columnWidth) is in points; the core's is a file's, in digits
 * of the workbook's font (맑은 고딕: 8 pixels, not Calibri's 7, or Korean Excel shows the columns
 * about 12 % narrower than the file path's and clips the wrapped names sized for them).
 */
export const columnWidthPoints = (width: number) => columnPoints(width, DIGIT_PIXELS);

/** One queued API call and its estimated size in a request. */
interface Step {
  bytes: number;
  run: (context: Excel.RequestContext) => void;
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
export function blocksOf(cells: readonly CellWrite[]): Block[] {
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

function cellSteps(sheet: string, write: SheetWrite, budget: number): Step[] {
  const steps: Step[] = [];
  for (const block of blocksOf(write.cells).flatMap((b) => bands(b, budget))) {
    const address = blockAddress(block);
    const formats = block.rows.map((row) => row.map((cell) => numberFormatOf(cell, write.input)));
    const values = block.rows.map((row) => row.map((cell) => valueOf(cell, write.input)));
    const bytes = jsonBytes(formats) + jsonBytes(values) + 3 * CALL_BYTES;
    steps.push({
      bytes,
      run: (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
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
      bytes: 2 * CALL_BYTES + jsonBytes(formulas),
      run: (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
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
function styleSteps(
  sheet: string,
  cells: readonly CellWrite[],
  capabilities: Capabilities
): Step[] {
  const groups = new Map<string, { style: CellStyle; cells: CellWrite[] }>();
  for (const cell of cells) {
    for (const { key, style } of facetsOf(cell.style)) {
      if (!groups.has(key)) groups.set(key, { style, cells: [] });
      groups.get(key)!.cells.push(cell);
    }
  }
  const steps: Step[] = [];
  for (const { style, cells: styled } of groups.values()) {
    const properties = Object.keys(style).length + (style.border ? EDGES.length * 2 - 1 : 0);
    for (const group of areaGroups(styled, capabilities)) {
      const address = group.join(",");
      steps.push({
        bytes: CALL_BYTES * (2 + properties) + jsonBytes(address),
        run: (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
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
  const call = (run: Step["run"], bytes = CALL_BYTES) => steps.push({ bytes, run });
  const worksheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(sheet);

  if (!exists) call((context) => context.workbook.worksheets.add(sheet));
  if (exists && write.mode === "replace") {
    call((context) => {
      const whole = worksheet(context).getRange();
      if (capabilities.conditionalFormats) whole.conditionalFormats.clearAll();
      whole.clear();
    });
  }
  steps.push(...cellSteps(sheet, write, budget));
  steps.push(...styleSteps(sheet, write.cells, capabilities));
  for (const cell of write.cells.filter((c) => c.link && capabilities.hyperlinks)) {
    call((context) => {
      worksheet(context).getRange(cellAddress(cell.row, cell.col)).hyperlink = {
        documentReference: cell.link,
        textToDisplay: String(cell.value ?? ""),
      };
    });
  }
  if (capabilities.columnWidths) {
    for (const { col, width } of write.columnWidths ?? []) {
      call((context) => {
        worksheet(context).getRange(cellAddress(0, col)).format.columnWidth =
          columnWidthPoints(width);
      });
    }
  }
  if (capabilities.columnWidths) {
    for (const { row, height } of write.rowHeights ?? []) {
      call((context) => {
        // A cell's row height is its whole row's.
        worksheet(context).getRange(cellAddress(row, 0)).format.rowHeight = height;
      });
    }
  }
  if (capabilities.conditionalFormats) {
    for (const bar of write.dataBars ?? []) {
      call((context) => {
        const format = worksheet(context).getRange(bar.range).conditionalFormats.add("DataBar");
        format.dataBar.positiveFormat.fillColor = `#${bar.color}`;
      });
    }
  }
  if (capabilities.dataValidation) {
    for (const list of write.listValidations ?? []) {
      call((context) => {
        worksheet(context).getRange(list.range).dataValidation.rule = {
          list: { inCellDropDown: true, source: list.values.join(",") },
        };
      });
    }
  }
  if (write.freeze && capabilities.freezePanes) {
    const { rows, cols } = write.freeze;
    call((context) => {
      const panes = worksheet(context).freezePanes;
      if (cols === 0) panes.freezeRows(rows);
      else panes.freezeAt(worksheet(context).getRange(`A1:${cellAddress(rows - 1, cols - 1)}`));
    });
  }
  if (write.page && capabilities.pageLayout) {
    const page = write.page;
    call((context) => applyPage(worksheet(context).pageLayout, page), 12 * CALL_BYTES);
  }
  if (write.charts) {
    // The add-in's charts from the last write go; a user's stay.
    for (const name of (state.charts.get(sheet) ?? []).filter((n) => n.startsWith(CHART_PREFIX))) {
      call((context) => worksheet(context).charts.getItem(name).delete());
    }
    for (const chart of write.charts) {
      call((context) => addChart(worksheet(context), chart), 8 * CALL_BYTES);
    }
  }
  // Setting visibility clears the desktop's undo history: only when it must change.
  const visibility = write.visibility ?? "visible";
  const current = exists ? (state.visibility.get(sheet) ?? "visible") : "visible";
  if (visibility !== current && capabilities.hideSheets) {
    const value = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[visibility];
    steps.push({
      bytes: CALL_BYTES,
      setsVisibility: true,
      run: (context) => {
        worksheet(context).visibility = value as Excel.SheetVisibility;
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

/** A sheet's print settings (ExcelApi 1.9); margins are points in the API, inches in the core. */
function applyPage(layout: Excel.PageLayout, page: PageSetup): void {
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
  const protection = (context: Excel.RequestContext, sheet: string) =>
    context.workbook.worksheets.getItem(sheet).protection;
  // Unprotecting comes first: a sheet with a password stops the write before anything is written.
  const steps: PlannedStep[] = changes
    .filter((c) => c.unprotect)
    .map((c) => ({
      sheet: c.sheet,
      bytes: CALL_BYTES,
      run: (context) => protection(context, c.sheet).unprotect(),
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
      bytes: CALL_BYTES + jsonBytes(options),
      run: (context) =>
        Object.keys(options).length > 0
          ? protection(context, change.sheet).protect(options)
          : protection(context, change.sheet).protect(),
    });
  }
  if (write.activeSheet) {
    const name = write.activeSheet;
    steps.push({
      sheet: name,
      bytes: CALL_BYTES,
      run: (context) => context.workbook.worksheets.getItem(name).activate(),
    });
  }
  const requests: PlannedStep[][] = [[]];
  let size = 0;
  for (const step of steps) {
    if (size + step.bytes > budget && requests[requests.length - 1].length > 0) {
      requests.push([]);
      size = 0;
    }
    requests[requests.length - 1].push(step);
    size += step.bytes;
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
  const changes = protectionChanges(write, state, capabilities);
  const requests = planRequests(write, state, capabilities, changes, REQUEST_BUDGET_BYTES);
  const visibilityChanged = requests.some((request) => request.some((step) => step.setsVisibility));
  if (capabilities.suspendEvents) context.runtime.enableEvents = false;
  const written = new Set<string>();
  try {
    for (const [index, request] of requests.entries()) {
      if (capabilities.suspendScreenUpdating) {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      }
      for (const step of request) step.run(context);
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
    // Excel refuses a failing request whole; earlier requests of this write did go through.
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
