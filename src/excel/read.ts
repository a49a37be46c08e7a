// The open workbook → the core's WorkbookSnapshot, in one round trip where the Excel has null
// objects (ExcelApi 1.4+), two below: the sheet list first, then the used ranges.
import type { RawCell } from "../core/figures";
import { CONSOLIDATION_SHEETS, META_SHEET, SHEETS, headerKey } from "../core/schema";
import {
  parseAddress,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../core/workbook";
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
 * The add-in's records (이력, the metadata, the 취합 sheets): values only — their formulas are
 * ours, and loading them too would double the response. 결과: nothing but its protection — it is
 * rewritten whole, and its cells would be the largest part of the response.
 */
type Reading = "inputs" | "values" | "protectionOnly";
const nameForms = (names: readonly { ko: string; en: string }[]) =>
  names.flatMap((name) => [name.ko, name.en]);
const READINGS: [string[], Reading][] = [
  [nameForms([SHEETS.settings, SHEETS.goals, SHEETS.monthly]), "inputs"],
  [[...nameForms([SHEETS.history, ...Object.values(CONSOLIDATION_SHEETS)]), META_SHEET], "values"],
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
};
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
  protection: Excel.WorksheetProtection | null;
  charts: Excel.ChartCollection | null;
  sheet: Excel.Worksheet;
}

function requestSheet(
  worksheets: Excel.WorksheetCollection,
  name: string,
  capabilities: Capabilities
): Pending {
  const sheet = capabilities.nullObjects
    ? worksheets.getItemOrNullObject(name)
    : worksheets.getItem(name);
  const reading = readingOf(name) ?? "inputs";
  let range: Excel.Range | null = null;
  if (reading !== "protectionOnly") {
    range = capabilities.nullObjects ? sheet.getUsedRangeOrNullObject() : sheet.getUsedRange();
    range.load(RANGE_PROPERTIES[reading]);
  }
  const protection = capabilities.protection
    ? sheet.protection.load(["protected", "options"])
    : null;
  // The sheets the add-in draws charts on: 결과 and the 취합 sheets.
  const charts =
    reading !== "inputs" && name !== META_SHEET ? sheet.charts.load("items/name") : null;
  return { name, reading, range, protection, charts, sheet };
}

export async function readWorkbookState(
  context: Excel.RequestContext,
  capabilities: Capabilities
): Promise<ExcelReadState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  let pending: Pending[] = [];
  if (capabilities.nullObjects) {
    // Ask for our sheets by their usual names in the same round trip as the sheet list.
    pending = OUR_SHEET_NAMES.map((name) => requestSheet(worksheets, name, capabilities));
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
      ...missing.map((s) => requestSheet(worksheets, s.name, capabilities)),
    ];
    await context.sync();
  } else {
    pending = pending.filter((p) => found(p.name));
  }

  const sheets: SheetSnapshot[] = items.map((item) => {
    const read = pending.find((p) => p.name === item.name);
    const range =
      read?.range && !(read.range as { isNullObject?: boolean }).isNullObject ? read.range : null;
    return {
      name: item.name,
      visibility:
        item.visibility === "VeryHidden"
          ? "veryHidden"
          : item.visibility === "Hidden"
            ? "hidden"
            : "visible",
      rows: range ? rowsOf(range, read?.reading === "inputs") : [],
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
