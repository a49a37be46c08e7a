// The open workbook → the core's WorkbookSnapshot, in one round trip where the Excel has null
// objects (ExcelApi 1.4+), two below: the sheet list first, then the used ranges.
import type { RawCell } from "../core/rules/figures";
import { HISTORY_LAYOUT, HISTORY_WIDTH } from "../core/year/history";
import { CONSOLIDATION_SHEETS, META_SHEET, SHEETS, headerKey } from "../core/format/schema";
import {
  cellAddress,
  parseAddress,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../core/format/workbook";
import type { Capabilities } from "./capabilities";

/** A sheet's protection as read: the options are given back when it is protected again. */
export interface SheetProtection {
  protected: boolean;
  options?: Excel.WorksheetProtectionOptions;
}

/**
 * What the writer needs to know besides the cells: which sheets exist, how each of ours is
 * protected (ExcelApi 1.2+) and shown.
 */
export interface ExcelReadState {
  snapshot: WorkbookSnapshot;
  sheetNames: string[];
  protection: Map<string, SheetProtection>;
  visibility: Map<string, SheetVisibility>;
  /** The names of the charts on each of the add-in's own sheets (its charts are replaced). */
  charts: Map<string, string[]>;
}

/**
 * What is read of each sheet of ours. Inputs: values and formulas (a typed formula is an input).
 * The add-in's records (the metadata, the 취합 sheets): values only — their formulas are ours, and
 * loading them too would double the response. 이력: its department table and the 기준월 of its
 * KPI records (ExcelApi 1.4+; below, values of the whole sheet) — the records of other months stay
 * where they are, and reading them all would take 4.7 MB of a 500-task workbook's December, near
 * Excel on the web's 5 MB; when they must move, Compute asks for the sheet whole (readWholeSheets).
 * 결과: nothing but its protection — it is rewritten whole, and its cells would be the largest part
 * of the response.
 */
type Reading = "inputs" | "values" | "history" | "protectionOnly";
const nameForms = (names: readonly { ko: string; en: string }[]) =>
  names.flatMap((name) => [name.ko, name.en]);
const READINGS: [string[], Reading][] = [
  [nameForms([SHEETS.settings, SHEETS.goals, SHEETS.monthly]), "inputs"],
  [nameForms([SHEETS.history]), "history"],
  [[...nameForms(Object.values(CONSOLIDATION_SHEETS)), META_SHEET], "values"],
  [nameForms([SHEETS.results]), "protectionOnly"],
];
const OUR_SHEET_NAMES = READINGS.flatMap(([names]) => names);
const readingOf = (name: string): Reading | undefined =>
  READINGS.find(([names]) => names.some((ours) => headerKey(ours) === headerKey(name)))?.[1];
const isOurs = (name: string) => readingOf(name) !== undefined;

// valueTypes would tell error values apart, but it adds a third of the response; an error value
// reads as its text (#N/A …) and is recognised by it.
const RANGE_PROPERTIES: Record<Exclude<Reading, "protectionOnly">, string[]> = {
  inputs: ["address", "values", "formulas"],
  values: ["address", "values"],
  history: ["address", "values"],
};
/** 이력's department table and the KPI records' header; below them, the records' 기준월 column. */
const HISTORY_HEAD = `A1:${cellAddress(HISTORY_LAYOUT.kpiHeaderRow, HISTORY_WIDTH - 1)}`;
const HISTORY_PARTIAL = { fromRow: HISTORY_LAYOUT.kpiHeaderRow + 1, columns: 1 };
/** A sheet whose cells were not read at all (결과; the metadata for Compute). */
const NOTHING_READ = { fromRow: 0, columns: 0 };
const ERROR_VALUE =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** One used range as the core's rows (absolute positions from A1); formulas where loaded. */
export function rowsOf(range: Excel.Range, withFormulas = true): RawCell[][] {
  const local = range.address.slice(range.address.lastIndexOf("!") + 1);
  const origin = parseAddress(local.split(":")[0]);
  const rows: RawCell[][] = [];
  range.values.forEach((valueRow, r) => {
    const cells: RawCell[] = [];
    valueRow.forEach((value, c) => {
      const formula = withFormulas ? range.formulas[r][c] : null;
      let cell: RawCell;
      if (typeof value === "string" && ERROR_VALUE.test(value)) cell = { error: value };
      // formulas gives a cell's value when it has no formula: "=abc" typed as text is text. A
      // cell is a formula only when the two differ.
      else if (typeof formula === "string" && formula.startsWith("=") && formula !== value) {
        cell = { formula: formula.slice(1), result: value as number | string | boolean };
      } else cell = value === "" ? null : (value as number | string | boolean);
      cells[origin.col + c] = cell;
    });
    rows[origin.row + r] = Array.from(cells, (cell) => cell ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

interface Pending {
  name: string;
  reading: Reading;
  range: Excel.Range | null;
  /** 이력 read in part: its head (the range above is then its 기준월 column). */
  head: Excel.Range | null;
  protection: Excel.WorksheetProtection | null;
  charts: Excel.ChartCollection | null;
  sheet: Excel.Worksheet;
}

/**
 * What an action needs read besides the inputs. Compute needs none of the metadata's cells (it
 * rewrites the sheet whole; its stored checks, 0.6 MB of a 500-task workbook, are for the pane's
 * and 취합's staleness check).
 */
export interface ReadNeeds {
  metaCells: boolean;
}

function requestSheet(
  worksheets: Excel.WorksheetCollection,
  name: string,
  capabilities: Capabilities,
  needs: ReadNeeds
): Pending {
  const sheet = capabilities.nullObjects
    ? worksheets.getItemOrNullObject(name)
    : worksheets.getItem(name);
  const reading =
    name === META_SHEET && !needs.metaCells ? "protectionOnly" : (readingOf(name) ?? "inputs");
  let range: Excel.Range | null = null;
  let head: Excel.Range | null = null;
  if (reading === "history" && capabilities.nullObjects) {
    head = sheet.getRange(HISTORY_HEAD).load(RANGE_PROPERTIES.history);
    range = sheet.getRange("A:A").getUsedRangeOrNullObject().load(RANGE_PROPERTIES.history);
  } else if (reading !== "protectionOnly") {
    range = capabilities.nullObjects ? sheet.getUsedRangeOrNullObject() : sheet.getUsedRange();
    range.load(RANGE_PROPERTIES[reading]);
  }
  const protection = capabilities.protection
    ? sheet.protection.load(["protected", "options"])
    : null;
  // The sheets the add-in draws charts on: 결과 and the 취합 sheets.
  const charts =
    reading !== "inputs" && name !== META_SHEET ? sheet.charts.load("items/name") : null;
  return { name, reading, range, head, protection, charts, sheet };
}

const isNull = (object: Excel.Range | Excel.Worksheet | null) =>
  !object || (object as { isNullObject?: boolean }).isNullObject === true;

/** A sheet's rows as read: whole, or (이력 in part) its head and its 기준월 column below. */
function snapshotRows(read: Pending | undefined): Pick<SheetSnapshot, "rows" | "partial"> {
  if (read?.reading === "protectionOnly") return { rows: [], partial: NOTHING_READ };
  if (!read || isNull(read.range)) return { rows: [] };
  const rows = rowsOf(read.range as Excel.Range, read.reading === "inputs");
  if (!read.head) return { rows };
  const head = rowsOf(read.head, false);
  const merged = rows.map((row, r) =>
    r < HISTORY_PARTIAL.fromRow ? (head[r] ?? []) : row.slice(0, HISTORY_PARTIAL.columns)
  );
  for (let r = merged.length; r < head.length; r++) merged[r] = head[r];
  return { rows: merged, partial: HISTORY_PARTIAL };
}

/**
 * Sheets read whole (values), in one round trip: what Compute asks for when a sheet read in part
 * lacks cells it needs (`ComputeOutcome.readWhole`).
 */
export async function readWholeSheets(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<Map<string, RawCell[][]>> {
  const ranges = names.map((name) => ({
    name,
    range: context.workbook.worksheets.getItem(name).getUsedRange().load(RANGE_PROPERTIES.values),
  }));
  await context.sync();
  const sheets = new Map<string, RawCell[][]>();
  for (const { name, range } of ranges) sheets.set(name, rowsOf(range, false));
  return sheets;
}

export async function readWorkbookState(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  needs: ReadNeeds = { metaCells: true }
): Promise<ExcelReadState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  let pending: Pending[] = [];
  if (capabilities.nullObjects) {
    // Ask for our sheets by their usual names in the same round trip as the sheet list.
    pending = OUR_SHEET_NAMES.map((name) => requestSheet(worksheets, name, capabilities, needs));
  }
  await context.sync();

  const items = worksheets.items.map((s) => ({ name: s.name, visibility: s.visibility }));
  const found = (name: string) =>
    pending.some((p) => p.name === name && !(p.sheet as { isNullObject?: boolean }).isNullObject);
  // Sheets named loosely ("목 표", "goals"), or every sheet of ours below ExcelApi 1.4.
  const missing = items.filter((s) => isOurs(s.name) && !found(s.name));
  if (missing.length > 0) {
    pending = [
      ...pending.filter((p) => found(p.name)),
      ...missing.map((s) => requestSheet(worksheets, s.name, capabilities, needs)),
    ];
    await context.sync();
  } else {
    pending = pending.filter((p) => found(p.name));
  }

  const sheets: SheetSnapshot[] = items.map((item) => {
    const read = pending.find((p) => p.name === item.name);
    return {
      name: item.name,
      visibility:
        item.visibility === "VeryHidden"
          ? "veryHidden"
          : item.visibility === "Hidden"
            ? "hidden"
            : "visible",
      ...snapshotRows(read),
      merges: [],
    };
  });
  const protection = new Map<string, SheetProtection>();
  for (const p of pending) {
    if (!p.protection) continue;
    protection.set(p.name, {
      protected: p.protection.protected,
      ...(p.protection.protected ? { options: p.protection.options } : {}),
    });
  }
  // Filled one by one: in the IE11 test harness these arrays come from another realm, whose
  // arrays the polyfilled Map cannot iterate.
  const visibility = new Map<string, SheetVisibility>();
  for (const sheet of sheets) visibility.set(sheet.name, sheet.visibility);
  const charts = new Map<string, string[]>();
  for (const p of pending) {
    if (p.charts)
      charts.set(
        p.name,
        p.charts.items.map((chart) => chart.name)
      );
  }
  return {
    snapshot: { sheets },
    sheetNames: items.map((s) => s.name),
    protection,
    visibility,
    charts,
  };
}
