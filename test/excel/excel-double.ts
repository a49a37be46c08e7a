// An in-memory stand-in for the Excel JavaScript API, strict where Excel is strict:
// - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
// - writes are queued and take effect at context.sync(), in order; loads are answered then;
// - *OrNullObject methods return null objects whose isNullObject is known after sync;
// - every API above the configured requirement level throws ApiNotFound when called, and
//   isSetSupported answers for that level;
// - protect()/unprotect() throw AccessDenied when the sheet is already in that state (FIELD-NOTES:
//   since mid-2026); unprotect() without the password of a password-protected sheet throws
//   InvalidArgument; protection keeps its options;
// - a string written through Range.values or Range.formulas, or typed (typeCell), is parsed as
//   Excel parses typed input unless the cell's number format is text ("@"): formulas, numbers
//   with separators, percentages, booleans, dates (excel-typing.ts cites each rule);
// - Range.clear("Formats") keeps values, clear("Contents") keeps formats, clear() removes both;
// - a batch runs in order and a failing operation stops it there: the operations before it stay
//   applied (failAtOperation injects such a failure);
// - protect, unprotect and (on the desktop) Worksheet.visibility clear the user's undo history
//   (Microsoft's "Undo support with the Excel JavaScript API"): counted in undoClears; below
//   ExcelApi 1.20 every sync that changes the workbook clears it too;
// - in cell-edit mode every sync fails with InvalidOperationInCellEditMode, unless the batch was
//   run with delayForCellEdit (ExcelApi 1.11), which waits until the edit ends;
// - it counts syncs and estimates each request's and response's bytes, and refuses a request or
//   response over 5 MB as Excel on the web does. A request is estimated as Office.js builds it
//   (its runtime's ClientRequest: {AutoKeepReference, Actions, ObjectPaths}): every object the
//   batch reaches is an object path (a method's result, getRange("A1:B2"), with its arguments; a
//   property's, .format, cached per parent as Office.js caches it) plus an action instantiating
//   it, once per request, with every parent; every property set, method call and load is an
//   action. A response is the JSON of the loaded data.
// Not modelled: formula evaluation beyond SUM over a range (other formulas read as ""), events,
// charts, tables, named items, merged areas, styles by name, undo, and concurrency with a user.
// Only the API surface src/excel/ uses exists; anything else is undefined, which fails loudly.

import { isDateFormat, parseEntry } from "./excel-typing";
import { OfficeFileDouble } from "./office-file";

export type CellValue = number | string | boolean;

export interface CellFormat {
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  horizontalAlignment: string;
  wrapText: boolean;
  borders: Record<string, string>;
}

export interface CellModel {
  value: CellValue;
  formula: string | null;
  /**
   * Excel's quote prefix: the value was entered after an apostrophe and is text whatever it looks
   * like. Any later entry without one clears it (our reading: the prefix belongs to the entry).
   */
  quotePrefix?: boolean;
  format: CellFormat;
  hyperlink: { documentReference?: string; textToDisplay?: string } | null;
}

export interface SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  protected: boolean;
  /** The options the sheet was protected with, and its password ("" for none). */
  protectionOptions: Record<string, unknown>;
  password: string;
  dataBars: { address: string; color: string }[];
  listValidations: { address: string; source: string }[];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  /** Row heights in points, by 0-based row. */
  rowHeights: Map<number, number>;
  /** Page layout as set through worksheet.pageLayout (ExcelApi 1.9): property → value. */
  page: Record<string, unknown>;
  /** Manual page breaks left of these columns (worksheet.verticalPageBreaks, ExcelApi 1.9). */
  columnBreaks: number[];
  /** Charts on the sheet (worksheet.charts). */
  charts: ChartModel[];
}

export interface ChartModel {
  name: string;
  type: string;
  /** The source data's address ("'결과'!A30:B33"), as given to charts.add. */
  source: string;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  /** Top-left and bottom-right cells (setPosition). */
  position: [string, string] | null;
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Internet Explorer 11's longest address (Microsoft KB 208427). */
export const DIALOG_URL_MAX_CHARS = 2083;

/** A dialog the add-in opened, and what the user can do with it. */
export interface OpenDialog {
  url: string;
  open: boolean;
  /** What the add-in sent the page (messageChild, DialogApi 1.2). */
  childMessages: string[];
  /** The page sending the add-in a message (messageParent): "ready", "close". */
  messageParent(message: string): void;
  /** The page's button: it sends "close" to the add-in. */
  pressButton(): void;
  /** The dialog's own × (Office reports it as an event). */
  closeWithX(): void;
}

/** UTF-8 size of a text (runs in Node and in a browser page alike). */
const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * An object a batch reaches, as Office.js sends it: its object path entry and the action that
 * instantiates it, sized with five-digit ids. Properties' objects are kept per parent and name
 * (Office.js creates them once per proxy); a method's result is new at every call.
 */
export interface PathNode {
  bytes: number;
  parent: PathNode | null;
  children: Map<string, PathNode>;
  /** Objects passed to the method that made this one (charts.add's source range). */
  uses?: PathNode[];
}

/** An object passed as an argument is sent with the request too. */
function reachAlso(node: PathNode, argument: PathNode): void {
  (node.uses ??= []).push(argument);
}

const ID = 12345;
const INSTANTIATE_BYTES = byteLength(
  JSON.stringify({ Id: ID, ActionType: 1, Name: "", ObjectPathId: ID })
);
function pathNode(parent: PathNode | null, name: string, args?: unknown[]): PathNode {
  const entry = {
    Id: ID,
    ObjectPathType: args ? 3 : 4,
    Name: name,
    ParentObjectPathId: ID,
    ...(args ? { ArgumentInfo: { Arguments: args } } : {}),
  };
  // "12345":{…}, in ObjectPaths and the instantiating action in Actions, each with its comma.
  const bytes = byteLength(`"${ID}":${JSON.stringify(entry)},`) + INSTANTIATE_BYTES + 1;
  return { bytes, parent, children: new Map() };
}
/** The object a method returns (getItem, getRange…): a new path at every call. */
export const methodPath = (parent: PathNode, name: string, args: unknown[]) =>
  pathNode(parent, name, args);
/** The object a property navigates to (format, fill, protection…): one per parent and name. */
export function propertyPath(parent: PathNode, name: string): PathNode {
  let child = parent.children.get(name);
  if (!child) {
    child = pathNode(parent, name);
    parent.children.set(name, child);
  }
  return child;
}
/** A set property, a method call or a load: the action and its arguments besides. */
const ACTION_BYTES = byteLength(
  JSON.stringify({
    Id: ID,
    ActionType: 4,
    Name: "",
    ObjectPathId: ID,
    ArgumentInfo: { Arguments: [] },
  })
);
/** The request's own frame: {"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}} and its flags. */
const ENVELOPE_BYTES = 120;

const defaultFormat = (): CellFormat => ({
  numberFormat: "General",
  fill: null,
  bold: false,
  italic: false,
  color: "#000000",
  size: 11,
  horizontalAlignment: "General",
  wrapText: false,
  borders: {},
});

export class OfficeError extends Error {
  /**
   * As OfficeExtension.Error has them: the context.trace() messages of the failed batch that were
   * executed before the error (Microsoft's reference, OfficeExtension.Error.traceMessages).
   */
  traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/**
 * A protected sheet refuses a change (AccessDenied) unless one of its protection options allows it
 * (WorksheetProtectionOptions: allowFormatColumns, allowInsertHyperlinks, allowEditObjects …).
 * Where Microsoft names no option for a change (freeze panes, page layout, data validation,
 * conditional formats), the double refuses it: our stricter assumption (docs/excel.md).
 */
function refuseIfProtected(model: SheetModel, what: string, allowedBy?: string): void {
  if (!model.protected) return;
  if (allowedBy && model.protectionOptions[allowedBy] === true) return;
  throw new OfficeError("AccessDenied", `${model.name} is protected: ${what} cannot change`);
}

/** Excel's longest formula (Excel specifications and limits): 8,192 characters. */
export const FORMULA_MAX_CHARS = 8192;
/**
 * A sheet name as Excel takes it: 1–31 characters, none of : \ / ? * [ ], not starting or ending
 * with an apostrophe, not "History" (reserved) in any case.
 */
export function sheetNameRefusal(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "a sheet name has 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot hold : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'"))
    return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return `"${name}" is a reserved sheet name`;
  return null;
}

// ---- formulas ----

/**
 * Whether Excel's formula bar would take the formula: strings ("…", "" inside) and quoted sheet
 * names ('…', '' inside) closed, parentheses balanced and never closed before opened, no empty
 * formula, and no operator at its end. (Excel refuses these outright; an unknown function name it
 * takes, showing #NAME?.)
 */
export function formulaParses(formula: string): boolean {
  const body = formula.slice(1);
  if (body.trim() === "") return false;
  let depth = 0;
  let last = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      const close = (from: number): number => {
        const at = body.indexOf(ch, from);
        if (at < 0) return -1;
        return body[at + 1] === ch ? close(at + 2) : at;
      };
      const end = close(i + 1);
      if (end < 0) return false;
      i = end;
      last = ch;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
    if (ch.trim() !== "") last = ch;
  }
  return depth === 0 && !"+-*/&=<>,^(".includes(last);
}

// ---- addresses ----

/** Excel's specifications and limits (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_LIMITS = {
  /** Characters in a cell. */
  cellChars: 32_767,
  /** Points of a row's height. */
  rowPoints: 409,
  /** Characters in a header or footer (its three parts together). */
  headerFooterChars: 255,
};
const GRID = { lastRow: 1_048_575, lastCol: 16_383 };

function colIndex(letters: string): number {
  let col = 0;
  for (const letter of letters) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col - 1;
}

export function colLetters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const key = (row: number, col: number) => `${row},${col}`;

/** The most cells one range operation may touch (assumed: Excel documents no number). */
const RANGE_CELLS_ASSUMED_LIMIT = 5_000_000;

/** "A1", "B2:D5", "'결과'!A1:B2" (sheet part ignored): one cell or a block of cells. */
export function parseRange(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.replace(/\$/g, "").toUpperCase().split(":");
  const a = /^([A-Z]+)(\d+)$/.exec(from);
  const b = /^([A-Z]+)(\d+)$/.exec(to);
  if (!a || !b)
    throw new OfficeError("InvalidArgument", `The argument is invalid or missing: ${address}`);
  const box = {
    top: Number(a[2]) - 1,
    left: colIndex(a[1]),
    bottom: Number(b[2]) - 1,
    right: colIndex(b[1]),
  };
  // The grid: rows 1–1,048,576, columns A–XFD (Excel's specifications and limits).
  const inGrid = (row: number, col: number) =>
    row >= 0 && row <= GRID.lastRow && col >= 0 && col <= GRID.lastCol;
  if (!inGrid(box.top, box.left) || !inGrid(box.bottom, box.right))
    throw new OfficeError("InvalidArgument", `The argument is invalid or missing: ${address}`);
  return box;
}

/** A range that may be whole columns ("A:A", "B:D") or whole rows ("3:5"), as a box. */
function spanBox(address: string): Box {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (columns) {
    return {
      top: 0,
      left: colIndex(columns[1].toUpperCase()),
      bottom: 1_048_575,
      right: colIndex(columns[2].toUpperCase()),
    };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows)
    return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 };
  return parseRange(address);
}

const boxAddress = (sheet: string, box: Box) =>
  `${sheet}!${colLetters(box.left)}${box.top + 1}:${colLetters(box.right)}${box.bottom + 1}`;

// ---- the workbook ----

export class ExcelDouble {
  readonly sheets: SheetModel[] = [];
  activeSheet: string | null = null;
  /** The cell Range.select() last selected ("월별실적!G4"). */
  selection: string | null = null;
  syncs = 0;
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  /** When set, the next sync fails with this code (e.g. InvalidOperationInCellEditMode). */
  failNextSync: string | null = null;
  /**
   * office-js #6784 (June 2026): on some builds unprotect() answers AccessDenied on a sheet
   * protected without a password. An injectable fault: true makes this double one of those.
   */
  unprotectRefusesWithoutPassword = false;
  /** When set, the sync with this number (counting from 1 over the double's life) fails. */
  failAtSync: number | null = null;
  /** When set, the operation with this number (from 1) of the next sync fails there. */
  failAtOperation: number | null = null;
  /** Fails the first operation of any later batch this matches (by its description), once. */
  failOperation: ((describe: unknown) => boolean) | null = null;
  enableEvents = true;
  screenUpdatingSuspended = 0;
  /** How many calls cleared the user's undo history. */
  undoClears = 0;
  /** The user is typing in a cell. */
  cellEditMode = false;
  private cellEditEnded: (() => void)[] = [];
  /** Today, for dates typed without a year. */
  today = new Date();
  /** Office's File API and Excel.createWorkbook (test/excel/office-file.ts). */
  readonly files: OfficeFileDouble = new OfficeFileDouble(this);

  /** `web`: Excel on the web, which refuses requests and responses over 5 MB. */
  constructor(
    readonly level: number,
    readonly web = true
  ) {}

  /** Which desktop Excel this is where it is not the web: Windows ("PC") or the Mac. */
  desktop: "PC" | "Mac" = "PC";

  /** Office.context.platform as this host reports it. */
  get platform(): "OfficeOnline" | "PC" | "Mac" {
    return this.web ? "OfficeOnline" : this.desktop;
  }

  /** Office's Dialog API (DialogApi 1.1): most hosts have it. */
  dialogApi = true;
  /** The DialogApi minor version this host has (messageChild from 1.2). */
  dialogApiMinor = 2;
  /** Dialogs opened through Office.context.ui, newest last. */
  readonly dialogs: OpenDialog[] = [];

  isSetSupported(name: string, version: string): boolean {
    if (name === "DialogApi")
      return this.dialogApi && Number(version.split(".")[1] ?? 0) <= this.dialogApiMinor;
    if (name === "CompressedFile") return this.files.compressedFile !== "unsupported";
    return name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= this.level;
  }

  /** Office.context.ui.displayDialogAsync: the dialog opens at once. */
  displayDialog(
    url: string,
    callback: (result: {
      status: string;
      value: {
        addEventHandler(type: string, handler: (arg: { message?: string }) => void): void;
        close(): void;
        messageChild?(message: string): void;
      };
    }) => void
  ): void {
    const handlers = new Map<string, (arg: { message?: string }) => void>();
    const dialog: OpenDialog = {
      // Internet Explorer 11, the dialog's browser on older Windows Office, takes 2,083
      // characters of an address and loses the rest.
      url: url.slice(0, DIALOG_URL_MAX_CHARS),
      open: true,
      childMessages: [],
      messageParent: (message) => handlers.get("dialogMessageReceived")?.({ message }),
      pressButton: () => dialog.messageParent("close"),
      closeWithX: () => {
        dialog.open = false;
        handlers.get("dialogEventReceived")?.({});
      },
    };
    this.dialogs.push(dialog);
    callback({
      status: "succeeded",
      value: {
        addEventHandler: (type, handler) => handlers.set(type, handler),
        close: () => (dialog.open = false),
        ...(this.dialogApiMinor >= 2
          ? { messageChild: (message: string) => dialog.childMessages.push(message) }
          : {}),
      },
    });
  }

  /** The user finishes typing in a cell: batches waiting for it go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    for (const resume of this.cellEditEnded.splice(0)) resume();
  }

  /** Resolves when the user is not (or no longer) typing in a cell. */
  whenNotEditing(): Promise<void> {
    return this.cellEditMode
      ? new Promise((resolve) => this.cellEditEnded.push(resolve))
      : Promise.resolve();
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      name,
      visibility: "Visible",
      cells: new Map(),
      protected: false,
      protectionOptions: {},
      password: "",
      dataBars: [],
      listValidations: [],
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      rowHeights: new Map(),
      page: {},
      columnBreaks: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Direct cell access for tests (no round trip): the typed value, or a formula and its value. */
  setCell(
    sheetName: string,
    address: string,
    value: CellValue | { formula: string; value: CellValue }
  ): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const box = parseRange(address);
    const cell = cellAt(sheet, box.top, box.left);
    if (typeof value === "object") {
      cell.formula = value.formula;
      cell.value = value.value;
    } else {
      cell.formula = null;
      cell.value = value;
    }
  }

  /** A person typing text into a cell and pressing Enter: parsed as Excel parses typed input. */
  typeCell(sheetName: string, address: string, text: string): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const box = parseRange(address);
    enter(cellAt(sheet, box.top, box.left), text, sheet, this.today.getFullYear());
  }

  cell(sheetName: string, address: string): CellModel | undefined {
    const sheet = this.sheet(sheetName);
    const box = parseRange(address);
    return sheet?.cells.get(key(box.top, box.left));
  }

  context(): RequestContext {
    return new RequestContext(this);
  }

  /**
   * Excel.run as Office.js has it: a fresh context per batch; with delayForCellEdit (ExcelApi
   * 1.11) the batch waits while the user is typing in a cell.
   */
  run<T>(
    optionsOrBatch: { delayForCellEdit?: boolean } | ((context: RequestContext) => Promise<T>),
    maybeBatch?: (context: RequestContext) => Promise<T>
  ): Promise<T> {
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    const context = this.context();
    if (options.delayForCellEdit) {
      if (this.level < 11) {
        return Promise.reject(new OfficeError("ApiNotFound", "delayForCellEdit needs 1.11"));
      }
      context.delayForCellEdit = true;
    }
    return batch(context);
  }
}

function cellAt(sheet: SheetModel, row: number, col: number): CellModel {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = { value: "", formula: null, format: defaultFormat(), hyperlink: null };
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

/** A string entered into a cell (written to values or formulas, or typed), as Excel takes it. */
function enter(cell: CellModel, text: string, sheet: SheetModel, year: number): void {
  const entry = parseEntry(text, cell.format.numberFormat, year);
  // A formula (not a text cell's "=…", which stays text) must parse; the cell is left as it was.
  if (entry.type === "formula" && !formulaParses(text))
    throw new OfficeError("InvalidArgument", `Excel cannot parse the formula ${text}`);
  cell.formula = null;
  cell.quotePrefix = text.startsWith("'");
  if (entry.type === "formula") {
    cell.formula = entry.formula;
    cell.value = evaluate(sheet, entry.formula);
    return;
  }
  cell.value = entry.value;
  if (entry.type !== "number" || !entry.numberFormat) return;
  // [229] [Formula] A date gives its cell a date format unless it has one; a percentage,
  // separators or an exponent change only a General cell's format.
  const current = cell.format.numberFormat;
  if (entry.dateFormat ? !isDateFormat(current) : current === "General") {
    cell.format.numberFormat = entry.numberFormat;
  }
}

/** The used cells' bounding box, of the whole sheet or within a box (Range.getUsedRange). */
function usedBox(sheet: SheetModel, valuesOnly: boolean, within?: Box): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    const holdsValue = cell.value !== "" || cell.formula !== null;
    const holdsFormat = JSON.stringify(cell.format) !== JSON.stringify(defaultFormat());
    if (!holdsValue && (valuesOnly || !holdsFormat)) continue;
    const [row, col] = k.split(",").map(Number);
    if (
      within &&
      (row < within.top || row > within.bottom || col < within.left || col > within.right)
    )
      continue;
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

function evaluate(sheet: SheetModel, formula: string): CellValue {
  const sum = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(formula);
  if (!sum) return "";
  const box = parseRange(sum[1]);
  let total = 0;
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const v = sheet.cells.get(key(r, c))?.value;
      if (typeof v === "number") total += v;
    }
  }
  return total;
}

/**
 * A worksheet's loaded name and visibility. Written without Object.fromEntries: the double also
 * runs in pages stripped to Internet Explorer 11's built-ins (test/legacy).
 */
function sheetProperties(properties: string[], sheet: SheetModel): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const p of properties) data[p] = p === "name" ? sheet.name : sheet.visibility;
  return data;
}

// ---- request context and proxies ----

type Operation = { describe: unknown; apply: () => void; target: PathNode };
type Load = { target: Proxy; properties: string[]; read: () => Record<string, unknown> };

export class RequestContext {
  private operations: Operation[] = [];
  private loads: Load[] = [];
  private pendingNullChecks: NullCheckable[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: { enableEvents: boolean };
  delayForCellEdit = false;
  /** The workbook's global object path. */
  readonly root: PathNode = pathNode(null, "");

  constructor(readonly excel: ExcelDouble) {
    this.workbook = new WorkbookProxy(this);
    const runtime = propertyPath(this.root, "runtime");
    this.runtime = Object.defineProperty({ enableEvents: true }, "enableEvents", {
      get: () => {
        throw new OfficeError("PropertyNotLoaded", "runtime.enableEvents was not loaded");
      },
      set: (value: boolean) => {
        this.requires(8, "Runtime.enableEvents");
        this.queue({ enableEvents: value }, () => (excel.enableEvents = value), runtime);
      },
    });
  }

  requires(minor: number, api: string): void {
    if (this.excel.level < minor) {
      throw new OfficeError(
        "ApiNotFound",
        `${api} needs ExcelApi 1.${minor}; this Excel has 1.${this.excel.level}`
      );
    }
  }

  /** An operation on the object at `target`, applied at sync. */
  queue(describe: unknown, apply: () => void, target: PathNode): void {
    this.operations.push({ describe, apply, target });
  }

  /** A trace message, in the batch where it is queued: kept on the error if the batch fails. */
  trace(message: string): void {
    this.queue({ trace: message }, () => this.traced.push(message), this.root);
  }

  private traced: string[] = [];

  /** The request as Office.js would send it (see the header), estimated in bytes. */
  private requestBytes(): number {
    const reached = new Set<PathNode>();
    let bytes = ENVELOPE_BYTES;
    const reach = (node: PathNode | null): void => {
      for (let n = node; n && !reached.has(n); n = n.parent) {
        reached.add(n);
        bytes += n.bytes;
        for (const argument of n.uses ?? []) reach(argument);
      }
    };
    for (const operation of this.operations) {
      reach(operation.target);
      // The operation's arguments; its description names the target too, a few bytes more.
      bytes += ACTION_BYTES + byteLength(JSON.stringify(operation.describe));
    }
    for (const load of this.loads) {
      reach(load.target.node);
      bytes += ACTION_BYTES + byteLength(JSON.stringify({ Select: load.properties, Expand: [] }));
    }
    return bytes;
  }

  queueLoad(load: Load): void {
    this.loads.push(load);
  }

  queueNullCheck(target: NullCheckable): void {
    this.pendingNullChecks.push(target);
  }

  async sync(): Promise<void> {
    if (this.excel.cellEditMode && this.delayForCellEdit) await this.excel.whenNotEditing();
    const requestBytes = this.requestBytes();
    const operations = this.operations;
    const loads = this.loads;
    const nullChecks = this.pendingNullChecks;
    this.operations = [];
    this.loads = [];
    this.pendingNullChecks = [];
    this.excel.syncs++;
    this.excel.requestBytes.push(requestBytes);
    if (this.excel.failAtSync === this.excel.syncs) {
      this.excel.failAtSync = null;
      throw new OfficeError("GeneralException", "The request failed on the server");
    }
    if (this.excel.failNextSync) {
      const code = this.excel.failNextSync;
      this.excel.failNextSync = null;
      throw new OfficeError(code, code);
    }
    if (this.excel.cellEditMode) {
      throw new OfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode."
      );
    }
    if (this.excel.web && requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    // Excel runs a batch in order; a failing operation stops the batch there, and the operations
    // before it stay applied.
    const failAt = this.excel.failAtOperation;
    this.excel.failAtOperation = null;
    this.traced = [];
    try {
      operations.forEach((operation, index) => {
        if (failAt === index + 1) {
          throw new OfficeError("GeneralException", `operation ${index + 1} failed`);
        }
        if (this.excel.failOperation?.(operation.describe)) {
          this.excel.failOperation = null;
          throw new OfficeError("GeneralException", `operation ${index + 1} failed`);
        }
        operation.apply();
      });
    } catch (error) {
      if (error instanceof OfficeError) error.traceMessages = this.traced;
      throw error;
    }
    // Below ExcelApi 1.20 any change to the workbook through the API clears the undo history
    // (Microsoft's undo page: support became general with 1.20); selection, events and screen
    // updating are not changes. From 1.20 only protection and (desktop) visibility clear it.
    if (this.excel.level < 20 && operations.some((o) => changesWorkbook(o.describe))) {
      this.excel.undoClears++;
    }
    let response = 0;
    for (const target of nullChecks) target.resolveNull();
    for (const load of loads) {
      if (load.target.isNull()) continue;
      const data = load.read();
      response += byteLength(JSON.stringify(data));
      load.target.receive(data);
    }
    this.excel.responseBytes.push(response);
    if (this.excel.web && response > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    if (this.excel.screenUpdatingSuspended > 0) this.excel.screenUpdatingSuspended--;
  }
}

/** Operations that change no content: they leave the undo history alone at every level. */
const VIEW_ONLY = ["activate", "select", "enableEvents", "suspendScreenUpdating", "trace"];
const changesWorkbook = (describe: unknown) =>
  !(
    typeof describe === "object" &&
    describe !== null &&
    Object.keys(describe).every((k) => VIEW_ONLY.includes(k))
  );

interface NullCheckable {
  resolveNull(): void;
}

abstract class Proxy {
  private loaded: Record<string, unknown> = {};
  private nullState: boolean | undefined = false;

  constructor(
    protected readonly ctx: RequestContext,
    /** Where this object is, as Office.js would send it. */
    readonly node: PathNode
  ) {}

  /** For *OrNullObject results: unknown until sync. */
  markMaybeNull(resolve: () => boolean): void {
    this.nullState = undefined;
    this.ctx.queueNullCheck({ resolveNull: () => (this.nullState = resolve()) });
  }

  isNull(): boolean {
    return this.nullState === true;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    }
    return this.nullState;
  }

  receive(data: Record<string, unknown>): void {
    for (const key of Object.keys(data)) this.loaded[key] = data[key];
  }

  protected read<T>(property: string): T {
    if (this.isNull()) throw new OfficeError("InvalidObjectPath", "The object is a null object");
    if (!(property in this.loaded)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`
      );
    }
    return this.loaded[property] as T;
  }

  protected loadProperties(properties: string[], read: () => Record<string, unknown>): void {
    this.ctx.queueLoad({ target: this, properties, read });
  }
}

const split = (spec: string | string[] | undefined) =>
  (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((p) => p.trim()).filter(Boolean);

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  constructor(ctx: RequestContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx, propertyPath(ctx.root, "worksheets"));
    const excel = ctx.excel;
    const application = propertyPath(ctx.root, "application");
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        ctx.requires(9, "Application.suspendScreenUpdatingUntilNextSync");
        ctx.queue(
          { suspendScreenUpdating: true },
          () => (excel.screenUpdatingSuspended = 2),
          application
        );
      },
    };
  }
}

class WorksheetCollectionProxy extends Proxy {
  get items(): WorksheetProxy[] {
    return this.read<{ sheet: string; data: Record<string, unknown> }[]>("items").map(
      ({ sheet, data }) => {
        const proxy = new WorksheetProxy(this.ctx, sheet, methodPath(this.node, "_Index", [sheet]));
        proxy.receive(data);
        return proxy;
      }
    );
  }

  load(spec: string): this {
    const properties = split(spec).map((p) => p.replace(/^items\//, ""));
    this.loadProperties(["items"], () => ({
      items: this.ctx.excel.sheets.map((s) => ({
        sheet: s.name,
        data: sheetProperties(properties, s),
      })),
    }));
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, name, methodPath(this.node, "GetItem", [name]));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    this.ctx.requires(4, "WorksheetCollection.getItemOrNullObject");
    const node = methodPath(this.node, "GetItemOrNullObject", [name]);
    const sheet = new WorksheetProxy(this.ctx, name, node);
    sheet.markMaybeNull(() => !this.ctx.excel.sheet(name));
    return sheet;
  }

  add(name: string): WorksheetProxy {
    const node = methodPath(this.node, "Add", [name]);
    this.ctx.queue(
      { addSheet: name },
      () => {
        if (this.ctx.excel.sheet(name))
          throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} exists`);
        // Excel reserves "History" (the change history of shared workbooks) in any letter case.
        const refusal = sheetNameRefusal(name);
        if (refusal) throw new OfficeError("InvalidArgument", refusal);
        this.ctx.excel.addSheet(name);
      },
      node
    );
    return new WorksheetProxy(this.ctx, name, node);
  }
}

/**
 * Worksheet.pageLayout (ExcelApi 1.9). Properties set are recorded as Excel takes them; the
 * print titles must be whole rows ("$7:$7") or whole columns ("$A:$D"), as Excel requires.
 */
class PageLayoutProxy {
  constructor(ctx: RequestContext, sheet: WorksheetProxy) {
    ctx.requires(9, "PageLayout");
    const layout = propertyPath(sheet.node, "pageLayout");
    const footers = propertyPath(propertyPath(layout, "headersFooters"), "defaultForAllPages");
    const set = (key: string, value: unknown) =>
      ctx.queue(
        { pageLayout: [sheet.sheetName, key, value] },
        () => {
          refuseIfProtected(sheet.model(), "page layout");
          const page = sheet.model().page;
          // Excel refuses a header or footer longer than 255 characters, its parts together.
          const side = /(Header|Footer)$/.exec(key)?.[1];
          if (side) {
            const total = ["left", "center", "right"]
              .map((part) => (part + side === key ? value : page[part + side]) ?? "")
              .map(String)
              .join("").length;
            if (total > EXCEL_LIMITS.headerFooterChars)
              throw new OfficeError(
                "InvalidArgument",
                `A ${side.toLowerCase()} is limited to ${EXCEL_LIMITS.headerFooterChars} characters (${total} given)`
              );
          }
          page[key] = value;
        },
        /Footer$|Header$/.test(key) ? footers : layout
      );
    for (const key of [
      "orientation",
      "paperSize",
      "zoom",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
    ]) {
      Object.defineProperty(this, key, {
        set: (value: unknown) => {
          if (key === "zoom") {
            const scale = (value as { scale?: number }).scale;
            if (scale !== undefined && (scale < 10 || scale > 400))
              throw new OfficeError("InvalidArgument", "The zoom scale must be 10–400");
          }
          set(key, value);
        },
      });
    }
    const footer: Record<string, unknown> = {};
    for (const key of [
      "leftFooter",
      "centerFooter",
      "rightFooter",
      "leftHeader",
      "centerHeader",
      "rightHeader",
    ]) {
      Object.defineProperty(footer, key, {
        set: (value: unknown) => {
          set(key, value);
        },
      });
    }
    this.headersFooters = { defaultForAllPages: footer };
    this.setPrintTitleRows = (rows: string) => {
      if (!/^\$\d+:\$\d+$/.test(rows))
        throw new OfficeError("InvalidArgument", `Not whole rows: ${rows}`);
      set("printTitleRows", rows);
    };
    this.setPrintTitleColumns = (columns: string) => {
      if (!/^\$[A-Z]+:\$[A-Z]+$/.test(columns))
        throw new OfficeError("InvalidArgument", `Not whole columns: ${columns}`);
      set("printTitleColumns", columns);
    };
  }
  readonly headersFooters: { defaultForAllPages: Record<string, unknown> };
  readonly setPrintTitleRows: (rows: string) => void;
  readonly setPrintTitleColumns: (columns: string) => void;
}

/** A chart (ExcelApi 1.1): name, title, legend and position set; delete. */
class ChartProxy extends Proxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };

  constructor(
    ctx: RequestContext,
    node: PathNode,
    private readonly sheet: WorksheetProxy,
    /** Which chart this is, when a queued call runs: by name (getItem), or the one add made. */
    private readonly find: (chart: ChartModel) => boolean
  ) {
    super(ctx, node);
    const change = (what: string, apply: (chart: ChartModel) => void) =>
      ctx.queue(
        { chart: [sheet.sheetName, what] },
        () => {
          refuseIfProtected(sheet.model(), "charts", "allowEditObjects");
          apply(this.model());
        },
        propertyPath(node, what)
      );
    this.title = {
      set text(value: string) {
        change("title", (chart) => (chart.title = value));
      },
      get text(): string {
        throw new OfficeError("PropertyNotLoaded", "chart.title.text is not loaded");
      },
    };
    this.legend = {
      set visible(value: boolean) {
        change("legend", (chart) => (chart.legendVisible = value));
      },
      get visible(): boolean {
        throw new OfficeError("PropertyNotLoaded", "chart.legend.visible is not loaded");
      },
    };
  }

  model(): ChartModel {
    const chart = this.sheet.model().charts.find(this.find);
    if (!chart) throw new OfficeError("ItemNotFound", "The chart does not exist");
    return chart;
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.ctx.queue(
      { chart: [this.sheet.sheetName, "name", value] },
      () => {
        refuseIfProtected(this.sheet.model(), "charts", "allowEditObjects");
        this.model().name = value;
      },
      this.node
    );
  }

  setPosition(start: string, end: string): void {
    parseRange(start);
    parseRange(end);
    this.ctx.queue(
      { chart: [this.sheet.sheetName, "position", start, end] },
      () => {
        refuseIfProtected(this.sheet.model(), "charts", "allowEditObjects");
        this.model().position = [start, end];
      },
      this.node
    );
  }

  delete(): void {
    this.ctx.queue(
      { chart: [this.sheet.sheetName, "delete"] },
      () => {
        refuseIfProtected(this.sheet.model(), "charts", "allowEditObjects");
        const model = this.model();
        const charts = this.sheet.model().charts;
        charts.splice(charts.indexOf(model), 1);
      },
      this.node
    );
  }
}

/** Something of a worksheet (its protection, its charts): null when the sheet is. */
abstract class SheetPartProxy extends Proxy {
  constructor(
    ctx: RequestContext,
    protected readonly sheet: WorksheetProxy,
    property: string
  ) {
    super(ctx, propertyPath(sheet.node, property));
  }

  isNull(): boolean {
    return this.sheet.isNull();
  }
}

/** Worksheet.charts (ExcelApi 1.1). */
class ChartCollectionProxy extends SheetPartProxy {
  get items(): ChartProxy[] {
    return this.read<string[]>("items").map((name) => {
      const node = methodPath(this.node, "_Index", [name]);
      const chart = new ChartProxy(this.ctx, node, this.sheet, (c) => c.name === name);
      chart.receive({ name });
      return chart;
    });
  }

  load(spec: string): this {
    if (split(spec).some((p) => p !== "items/name"))
      throw new Error(`the double loads only items/name of charts, not ${spec}`);
    this.loadProperties(["items"], () => ({
      items: this.sheet.model().charts.map((c) => c.name),
    }));
    return this;
  }

  getItem(name: string): ChartProxy {
    const node = methodPath(this.node, "GetItem", [name]);
    return new ChartProxy(this.ctx, node, this.sheet, (c) => c.name === name);
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    const sheet = this.sheet;
    let created: ChartModel | null = null;
    const node = methodPath(this.node, "Add", [type, source.address0, seriesBy]);
    reachAlso(node, source.node);
    this.ctx.queue(
      { addChart: [sheet.sheetName, type, source.address0, seriesBy] },
      () => {
        const model = sheet.model();
        refuseIfProtected(model, "charts", "allowEditObjects");
        // Excel names a new chart "Chart N".
        let n = model.charts.length + 1;
        while (model.charts.some((c) => c.name === `Chart ${n}`)) n++;
        created = {
          name: `Chart ${n}`,
          type,
          source: source.address0,
          seriesBy,
          title: "",
          legendVisible: true,
          position: null,
        };
        model.charts.push(created);
      },
      node
    );
    return new ChartProxy(this.ctx, node, sheet, (c) => c === created);
  }
}

class WorksheetProxy extends Proxy {
  readonly protection: ProtectionProxy;
  readonly freezePanes: { freezeRows(n: number): void; freezeAt(range: RangeProxy | string): void };

  constructor(
    ctx: RequestContext,
    readonly sheetName: string,
    node: PathNode
  ) {
    super(ctx, node);
    this.protection = new ProtectionProxy(ctx, this, "protection");
    const panes = propertyPath(node, "freezePanes");
    this.freezePanes = {
      freezeRows: (n: number) => {
        ctx.requires(7, "WorksheetFreezePanes.freezeRows");
        ctx.queue(
          { freezeRows: [sheetName, n] },
          () => {
            refuseIfProtected(this.model(), "freeze panes");
            this.model().frozenRows = n;
          },
          panes
        );
      },
      freezeAt: (range: RangeProxy | string) => {
        ctx.requires(7, "WorksheetFreezePanes.freezeAt");
        const box = parseRange(typeof range === "string" ? range : range.address0);
        if (typeof range !== "string") reachAlso(panes, range.node);
        ctx.queue(
          { freezeAt: [sheetName, box] },
          () => {
            refuseIfProtected(this.model(), "freeze panes");
            this.model().frozenRows = box.bottom + 1;
            this.model().frozenColumns = box.right + 1;
          },
          panes
        );
      },
    };
  }

  model(): SheetModel {
    const sheet = this.ctx.excel.sheet(this.sheetName);
    if (!sheet) throw new OfficeError("ItemNotFound", `The sheet ${this.sheetName} does not exist`);
    return sheet;
  }

  get name(): string {
    return this.read("name");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(value: string) {
    this.ctx.requires(2, "Worksheet.visibility (set)");
    this.ctx.queue(
      { visibility: [this.sheetName, value] },
      () => {
        const others = this.ctx.excel.sheets.filter(
          (sheet) => sheet !== this.model() && sheet.visibility === "Visible"
        );
        if (value !== "Visible" && others.length === 0)
          throw new OfficeError(
            "InvalidOperation",
            "A workbook must keep at least one visible sheet"
          );
        this.model().visibility = value as SheetModel["visibility"];
        // Undoable on the web only.
        if (!this.ctx.excel.web) this.ctx.excel.undoClears++;
      },
      this.node
    );
  }

  load(spec: string): this {
    const properties = split(spec);
    this.loadProperties(properties, () => {
      const sheet = this.model();
      return sheetProperties(properties, sheet);
    });
    return this;
  }

  activate(): void {
    this.ctx.queue(
      { activate: this.sheetName },
      () => {
        this.model();
        this.ctx.excel.activeSheet = this.sheetName;
      },
      this.node
    );
  }

  getRange(address?: string): RangeProxy {
    const node = methodPath(this.node, "GetRange", address === undefined ? [] : [address]);
    return new RangeProxy(this.ctx, node, this, address ?? null);
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, this, "charts");
  }

  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.ctx, this);
  }

  /** Manual vertical page breaks (ExcelApi 1.9): add before a range's top-left cell; remove all. */
  get verticalPageBreaks(): { add(range: RangeProxy | string): void; removePageBreaks(): void } {
    this.ctx.requires(9, "Worksheet.verticalPageBreaks");
    const breaks = propertyPath(this.node, "verticalPageBreaks");
    return {
      add: (range: RangeProxy | string) => {
        const at = parseRange(typeof range === "string" ? range : range.address0);
        if (typeof range !== "string") reachAlso(breaks, range.node);
        this.ctx.queue(
          { pageBreak: [this.sheetName, at.left] },
          () => {
            refuseIfProtected(this.model(), "page breaks");
            if (!this.model().columnBreaks.includes(at.left))
              this.model().columnBreaks.push(at.left);
          },
          breaks
        );
      },
      removePageBreaks: () =>
        this.ctx.queue(
          { removePageBreaks: this.sheetName },
          () => {
            refuseIfProtected(this.model(), "page breaks");
            this.model().columnBreaks = [];
          },
          breaks
        ),
    };
  }

  getRanges(address: string): RangeAreasProxy {
    this.ctx.requires(9, "Worksheet.getRanges");
    const areas = address.split(",").map((a) => a.trim());
    if (areas.length >= 500 || address.length > 8000) {
      throw new OfficeError("InvalidArgument", "Too many areas in getRanges");
    }
    return new RangeAreasProxy(
      this.ctx,
      methodPath(this.node, "GetRanges", [address]),
      this,
      areas
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.ctx.requires(2, "Worksheet.getUsedRange(valuesOnly)");
    const node = methodPath(this.node, "GetUsedRange", [!!valuesOnly]);
    return new RangeProxy(this.ctx, node, this, null, { used: true, valuesOnly: !!valuesOnly });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.requires(4, "Worksheet.getUsedRangeOrNullObject");
    const node = methodPath(this.node, "GetUsedRangeOrNullObject", [!!valuesOnly]);
    const range = new RangeProxy(this.ctx, node, this, null, {
      used: true,
      valuesOnly: !!valuesOnly,
    });
    range.markMaybeNull(
      () => !this.ctx.excel.sheet(this.sheetName) || usedBox(this.model(), !!valuesOnly) === null
    );
    return range;
  }
}

class ProtectionProxy extends SheetPartProxy {
  get protected(): boolean {
    return this.read("protected");
  }

  get options(): Record<string, unknown> {
    return this.read("options");
  }

  load(spec: string): this {
    this.ctx.requires(2, "WorksheetProtection");
    const properties = split(spec);
    this.loadProperties(properties, () => {
      const model = this.sheet.model();
      const data: Record<string, unknown> = {};
      for (const p of properties) {
        if (p === "protected") data.protected = model.protected;
        else if (p === "options") data.options = { ...model.protectionOptions };
        else throw new OfficeError("InvalidArgument", `the double does not model loading ${p}`);
      }
      return data;
    });
    return this;
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.ctx.requires(2, "WorksheetProtection.protect");
    if (password !== undefined) this.ctx.requires(7, "WorksheetProtection.protect(password)");
    this.ctx.queue(
      { protect: [this.sheet.sheetName, options ?? null] },
      () => {
        const model = this.sheet.model();
        if (model.protected)
          throw new OfficeError("AccessDenied", "The sheet is already protected");
        model.protected = true;
        model.protectionOptions = { ...(options ?? {}) };
        model.password = password ?? "";
        this.ctx.excel.undoClears++;
      },
      this.node
    );
  }

  unprotect(password?: string): void {
    this.ctx.requires(2, "WorksheetProtection.unprotect");
    if (password !== undefined) this.ctx.requires(7, "WorksheetProtection.unprotect(password)");
    this.ctx.queue(
      { unprotect: this.sheet.sheetName },
      () => {
        const model = this.sheet.model();
        if (!model.protected) throw new OfficeError("AccessDenied", "The sheet is not protected");
        if (model.password === "" && this.ctx.excel.unprotectRefusesWithoutPassword) {
          throw new OfficeError("AccessDenied", "Access denied (office-js #6784)");
        }
        if (model.password !== "" && password !== model.password) {
          throw new OfficeError("InvalidArgument", "The password is incorrect");
        }
        model.protected = false;
        model.password = "";
        this.ctx.excel.undoClears++;
      },
      this.node
    );
  }
}

/** Formats applied to every cell of a set of boxes (a Range or RangeAreas). */
class FormatProxy {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly borders: { getItem(edge: string): { style: string; color: string } };
  private readonly boxes: () => Box[];

  private readonly node: PathNode;

  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: WorksheetProxy,
    boxes: () => Box[],
    private readonly label: string,
    range: PathNode
  ) {
    this.boxes = boxes;
    const node = propertyPath(range, "format");
    this.node = node;
    const each = (
      describe: unknown,
      change: (cell: CellModel, row: number, col: number, box: Box) => void,
      target: PathNode
    ) =>
      this.ctx.queue(
        describe,
        () => {
          const model = this.sheet.model();
          if (model.protected) throw new OfficeError("AccessDenied", `${model.name} is protected`);
          for (const box of this.boxes()) {
            for (let r = box.top; r <= box.bottom; r++) {
              for (let c = box.left; c <= box.right; c++) change(cellAt(model, r, c), r, c, box);
            }
          }
        },
        target
      );
    const fill = propertyPath(node, "fill");
    const fontNode = propertyPath(node, "font");
    const borders = propertyPath(node, "borders");
    const writeOnly = (name: string) => () => {
      throw new OfficeError("PropertyNotLoaded", `${name} was not loaded`);
    };
    this.fill = {
      get color(): string {
        return writeOnly("fill.color")() as never;
      },
      set color(value: string) {
        each({ fill: [label, value] }, (cell) => (cell.format.fill = value.toUpperCase()), fill);
      },
      clear: () => each({ fillClear: label }, (cell) => (cell.format.fill = null), fill),
    };
    const font = {} as FormatProxy["font"];
    for (const property of ["bold", "italic", "color", "size"] as const) {
      Object.defineProperty(font, property, {
        get: writeOnly(`font.${property}`),
        set: (value: never) => {
          each(
            { font: [label, property, value] },
            (cell) => {
              (cell.format as unknown as Record<string, unknown>)[property] = value;
            },
            fontNode
          );
        },
      });
    }
    this.font = font;
    this.borders = {
      getItem: (edge: string) => {
        const border = {} as { style: string; color: string };
        const item = methodPath(borders, "GetItem", [edge]);
        Object.defineProperty(border, "style", {
          get: writeOnly("border.style"),
          set: (style: string) => {
            each(
              { border: [label, edge, style] },
              (cell, row, col, box) => {
                const applies =
                  (edge === "EdgeTop" && row === box.top) ||
                  (edge === "EdgeBottom" && row === box.bottom) ||
                  (edge === "EdgeLeft" && col === box.left) ||
                  (edge === "EdgeRight" && col === box.right) ||
                  (edge === "InsideHorizontal" && row !== box.top) ||
                  (edge === "InsideVertical" && col !== box.left);
                if (applies)
                  cell.format.borders[
                    edge === "InsideHorizontal"
                      ? "EdgeTop"
                      : edge === "InsideVertical"
                        ? "EdgeLeft"
                        : edge
                  ] = style;
              },
              item
            );
          },
        });
        Object.defineProperty(border, "color", {
          get: writeOnly("border.color"),
          set: (color: string) => {
            each({ borderColor: [label, edge, color] }, () => undefined, item);
          },
        });
        return border;
      },
    };
  }

  set horizontalAlignment(value: string) {
    this.ctx.queue(
      { align: [this.label, value] },
      () => this.apply((cell) => (cell.format.horizontalAlignment = value)),
      this.node
    );
  }

  set wrapText(value: boolean) {
    this.ctx.queue(
      { wrap: [this.label, value] },
      () => this.apply((cell) => (cell.format.wrapText = value)),
      this.node
    );
  }

  set columnWidth(value: number) {
    this.ctx.requires(2, "RangeFormat.columnWidth");
    this.ctx.queue(
      { columnWidth: [this.label, value] },
      () => {
        refuseIfProtected(this.sheet.model(), "column widths", "allowFormatColumns");
        for (const box of this.boxes())
          for (let c = box.left; c <= box.right; c++) this.sheet.model().columnWidths.set(c, value);
      },
      this.node
    );
  }

  set rowHeight(value: number) {
    this.ctx.requires(2, "RangeFormat.rowHeight");
    this.ctx.queue(
      { rowHeight: [this.label, value] },
      () => {
        refuseIfProtected(this.sheet.model(), "row heights", "allowFormatRows");
        if (!(value >= 0 && value <= EXCEL_LIMITS.rowPoints))
          throw new OfficeError(
            "InvalidArgument",
            `A row's height is 0 to ${EXCEL_LIMITS.rowPoints} points (${value} given)`
          );
        for (const box of this.boxes())
          for (let r = box.top; r <= box.bottom; r++) this.sheet.model().rowHeights.set(r, value);
      },
      this.node
    );
  }

  private apply(change: (cell: CellModel) => void): void {
    const model = this.sheet.model();
    if (model.protected) throw new OfficeError("AccessDenied", `${model.name} is protected`);
    for (const box of this.boxes())
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) change(cellAt(model, r, c));
  }
}

class RangeProxy extends Proxy {
  readonly format: FormatProxy;
  readonly conditionalFormats: {
    add(type: string): { dataBar: { barDirection: string; positiveFormat: { fillColor: string } } };
    clearAll(): void;
  };
  readonly dataValidation: { rule: unknown };

  constructor(
    ctx: RequestContext,
    node: PathNode,
    private readonly sheet: WorksheetProxy,
    private readonly ref: string | null,
    /** A used range: of the sheet, or of the range `within` ("A:A", "B2:D9"). */
    private readonly used?: { used: boolean; valuesOnly: boolean; within?: string }
  ) {
    super(ctx, node);
    this.format = new FormatProxy(ctx, sheet, () => [this.box()], this.label(), node);
    const self = this;
    const conditionalFormats = propertyPath(node, "conditionalFormats");
    this.conditionalFormats = {
      add(type: string) {
        ctx.requires(6, "ConditionalFormatCollection.add");
        const dataBar = { barDirection: "LeftToRight", positiveFormat: { fillColor: "" } };
        const entry = { address: self.label(), color: "" };
        const added = methodPath(conditionalFormats, "Add", [type]);
        ctx.queue(
          { conditionalFormat: [self.label(), type] },
          () => {
            if (type !== "DataBar")
              throw new OfficeError("InvalidArgument", `unsupported format ${type}`);
            self.refuseIfProtected("conditional formats");
            entry.color = dataBar.positiveFormat.fillColor;
            self.sheet.model().dataBars.push(entry);
          },
          added
        );
        return { dataBar };
      },
      clearAll() {
        ctx.requires(6, "ConditionalFormatCollection.clearAll");
        ctx.queue(
          { clearConditionalFormats: self.label() },
          () => {
            self.refuseIfProtected("conditional formats");
            self.sheet.model().dataBars = [];
          },
          conditionalFormats
        );
      },
    };
    this.dataValidation = {} as { rule: unknown };
    Object.defineProperty(this.dataValidation, "rule", {
      set: (rule: { list?: { source: string } }) => {
        ctx.requires(8, "DataValidation.rule");
        ctx.queue(
          { validation: [this.label(), rule] },
          () => {
            if (!rule.list)
              throw new OfficeError("InvalidArgument", "only list rules are modelled");
            this.refuseIfProtected("data validation");
            this.sheet
              .model()
              .listValidations.push({ address: this.label(), source: rule.list.source });
          },
          propertyPath(node, "dataValidation")
        );
      },
    });
  }

  private refuseIfProtected(what: string): void {
    refuseIfProtected(this.sheet.model(), what);
  }

  /** A range of a null sheet is a null object too (Office.js: a null object's children are). */
  isNull(): boolean {
    return this.sheet.isNull() || super.isNull();
  }

  /** The used cells of this range (ExcelApi 1.4): a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.requires(4, "Range.getUsedRangeOrNullObject");
    const within = this.ref ?? "";
    spanBox(within);
    const node = methodPath(this.node, "GetUsedRangeOrNullObject", [!!valuesOnly]);
    const range = new RangeProxy(this.ctx, node, this.sheet, null, {
      used: true,
      valuesOnly: !!valuesOnly,
      within,
    });
    range.markMaybeNull(() => {
      if (this.sheet.isNull() || !this.ctx.excel.sheet(this.sheet.sheetName)) return true;
      return usedBox(this.sheet.model(), !!valuesOnly, spanBox(within)) === null;
    });
    return range;
  }

  /** The address this proxy was made with (before sync), for freezeAt. */
  get address0(): string {
    return this.ref ?? "";
  }

  private label(): string {
    return `${this.sheet.sheetName}!${this.ref ?? (this.used ? "<used>" : "<all>")}`;
  }

  box(): Box {
    // Whole columns ("A:A") and rows ("3:5") are ranges Excel answers, as any other.
    if (this.ref) return spanBox(this.ref);
    if (this.used) {
      const within = this.used.within === undefined ? undefined : spanBox(this.used.within);
      return (
        usedBox(this.sheet.model(), this.used.valuesOnly, within) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        }
      );
    }
    return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
  }

  private cells(): { box: Box; model: SheetModel } {
    const box = this.box();
    // Excel answers a whole column's 1,048,576 cells (the web then refuses the response over
    // 5 MB); beyond some size it fails "due to excessive resource utilization" (the large-range
    // article names no number): assumed at 5 million cells, as RangeExceedsLimit.
    if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > RANGE_CELLS_ASSUMED_LIMIT) {
      throw new OfficeError(
        "RangeExceedsLimit",
        "The cell count in the range has exceeded the maximum supported number."
      );
    }
    return { box, model: this.sheet.model() };
  }

  get address(): string {
    return this.read("address");
  }

  get values(): CellValue[][] {
    return this.read("values");
  }

  get formulas(): (CellValue | string)[][] {
    return this.read("formulas");
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  load(spec: string | string[]): this {
    const properties = split(spec);
    this.loadProperties(properties, () => {
      const { box, model } = this.cells();
      const grid = <T>(f: (cell: CellModel | undefined) => T): T[][] =>
        Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
          Array.from({ length: box.right - box.left + 1 }, (_, c) =>
            f(model.cells.get(key(box.top + r, box.left + c)))
          )
        );
      const data: Record<string, unknown> = {};
      for (const p of properties) {
        if (p === "address") data.address = boxAddress(model.name, box);
        else if (p === "values") data.values = grid((cell) => cell?.value ?? "");
        else if (p === "formulas")
          data.formulas = grid((cell) => cell?.formula ?? cell?.value ?? "");
        else if (p === "numberFormat")
          data.numberFormat = grid((cell) => cell?.format.numberFormat ?? "General");
        else if (p === "valueTypes")
          data.valueTypes = grid((cell) => {
            const v = cell?.value ?? "";
            if (v === "") return "Empty";
            if (typeof v === "number") return "Double";
            if (typeof v === "boolean") return "Boolean";
            return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(v) && cell?.formula
              ? "Error"
              : "String";
          });
        else throw new OfficeError("InvalidArgument", `the double does not model loading ${p}`);
      }
      return data;
    });
    return this;
  }

  private writeGrid(
    name: string,
    matrix: unknown[][],
    change: (cell: CellModel, value: unknown, model: SheetModel) => void
  ): void {
    this.ctx.queue(
      { [name]: [this.label(), matrix] },
      () => {
        const { box, model } = this.cells();
        if (model.protected) throw new OfficeError("AccessDenied", `${model.name} is protected`);
        const rows = box.bottom - box.top + 1;
        const cols = box.right - box.left + 1;
        if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
          throw new OfficeError(
            "InvalidArgument",
            `${name}: the matrix is ${matrix.length}×${matrix[0]?.length}, the range ${rows}×${cols}`
          );
        }
        matrix.forEach((row, r) =>
          row.forEach((value, c) => {
            // null leaves a cell unchanged, as in Office.js.
            if (value === null || value === undefined) return;
            change(cellAt(model, box.top + r, box.left + c), value, model);
          })
        );
      },
      this.node
    );
  }

  set values(matrix: CellValue[][]) {
    this.writeGrid("values", matrix, (cell, value, model) => this.put(cell, value, model));
  }

  set formulas(matrix: string[][]) {
    this.writeGrid("formulas", matrix, (cell, value, model) => this.put(cell, value, model));
  }

  /** A value written through the API: a string is parsed as typed, "" empties the cell. */
  private put(cell: CellModel, value: unknown, model: SheetModel): void {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new OfficeError("InvalidArgument", `A cell cannot hold ${value}`);
    if (
      typeof value === "string" &&
      !value.startsWith("=") &&
      value.length > EXCEL_LIMITS.cellChars
    )
      throw new OfficeError(
        "InvalidArgument",
        `A cell is limited to ${EXCEL_LIMITS.cellChars} characters (${value.length} given)`
      );
    if (typeof value === "string" && value.startsWith("=") && value.length - 1 > FORMULA_MAX_CHARS)
      throw new OfficeError(
        "InvalidArgument",
        `A formula is limited to ${FORMULA_MAX_CHARS} characters`
      );
    if (typeof value === "string" && value !== "") {
      enter(cell, value, model, this.ctx.excel.today.getFullYear());
    } else {
      cell.formula = null;
      cell.quotePrefix = false;
      cell.value = value as CellValue;
    }
  }

  set numberFormat(matrix: string[][]) {
    this.writeGrid(
      "numberFormat",
      matrix,
      (cell, value) => (cell.format.numberFormat = String(value))
    );
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.requires(7, "Range.hyperlink");
    this.ctx.queue(
      { hyperlink: [this.label(), link] },
      () => {
        const { box, model } = this.cells();
        refuseIfProtected(model, "hyperlinks", "allowInsertHyperlinks");
        cellAt(model, box.top, box.left).hyperlink = link;
      },
      this.node
    );
  }

  /** All (the default) empties the cells; Formats keeps values; Contents keeps formats. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.queue(
      { clear: [this.label(), applyTo] },
      () => {
        const model = this.sheet.model();
        if (model.protected) throw new OfficeError("AccessDenied", `${model.name} is protected`);
        const box = this.box();
        for (const [k, cell] of [...model.cells]) {
          const [r, c] = k.split(",").map(Number);
          if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
          if (applyTo === "All") model.cells.delete(k);
          else if (applyTo === "Formats") cell.format = defaultFormat();
          else {
            cell.value = "";
            cell.formula = null;
          }
        }
        if (!this.ref && applyTo !== "Contents") {
          model.dataBars = [];
          model.listValidations = [];
        }
      },
      this.node
    );
  }

  select(): void {
    this.ctx.queue(
      { select: this.label() },
      () => {
        this.sheet.model();
        this.ctx.excel.activeSheet = this.sheet.sheetName;
        this.ctx.excel.selection = this.label();
      },
      this.node
    );
  }
}

class RangeAreasProxy {
  readonly format: FormatProxy;

  constructor(ctx: RequestContext, node: PathNode, sheet: WorksheetProxy, areas: string[]) {
    this.format = new FormatProxy(
      ctx,
      sheet,
      () => areas.map(parseRange),
      `${sheet.sheetName}!${areas.join(",")}`,
      node
    );
  }
}

/** The globals Office.js provides, bound to one double: inject as `Excel` and `Office`. */
export function officeGlobals(excel: ExcelDouble, displayLanguage = "ko-KR") {
  return {
    Excel: {
      run: <T>(
        optionsOrBatch: { delayForCellEdit?: boolean } | ((context: RequestContext) => Promise<T>),
        batch?: (context: RequestContext) => Promise<T>
      ) => excel.run(optionsOrBatch, batch),
      ConditionalFormatType: { dataBar: "DataBar" },
      createWorkbook: (base64?: string) => excel.files.createWorkbook(base64),
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    },
    Office: {
      HostType: { Excel: "Excel" },
      onReady: () => Promise.resolve({ host: "Excel", platform: excel.platform }),
      context: {
        displayLanguage,
        platform: excel.platform,
        document: excel.files.document(),
        ui: {
          displayDialogAsync: (
            url: string,
            _options: unknown,
            callback: Parameters<ExcelDouble["displayDialog"]>[1]
          ) => excel.displayDialog(url, callback),
        },
        requirements: {
          isSetSupported: (name: string, version: string) => excel.isSetSupported(name, version),
        },
      },
    },
  };
}
