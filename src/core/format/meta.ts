// The add-in's metadata sheet (veryHidden): what a later Compute, the pane and 취합 need to know
// about the last Compute — format version, when, which month — and the staleness checks with
// their live formulas (staleness.ts). Both ways in see it: it is an ordinary sheet.
import { FORMAT_VERSION, META_SHEET } from "./schema";
import type { Layout } from "./read";
import {
  checkFormula,
  inputChecks,
  inputsChanged,
  weightCells,
  type InputCheck,
} from "./staleness";
import {
  cellAddress,
  sheetRef,
  type CellWrite,
  type SheetWrite,
  type WorkbookSnapshot,
} from "./workbook";

/**
 * Where the checks are: one per row from CHECKS_TOP, the value at Compute in A, the live 0/1 in B
 * (in inputChecks' order: the add-in compares them in order, so no key is stored).
 */
const CHECKS_TOP = 6;
const STORED_COL = 0;
const FLAG_COL = 1;
/** The column checks' weights, from the first row. */
const WEIGHTS_COL = 3;

export interface MetaRecord {
  computedAt: string;
  asOfMonth: number;
}

export function metaWrite(record: MetaRecord, checks: readonly InputCheck[]): SheetWrite {
  const keys: [string, string | number][] = [
    ["formatVersion", FORMAT_VERSION],
    ["computedAt", record.computedAt],
    ["asOfMonth", record.asOfMonth],
    ["checks", checks.length],
  ];
  const cells: CellWrite[] = keys.flatMap(([key, value], row) => [
    { row, col: 0, value: key },
    { row, col: 1, value },
  ]);
  ["stored", "changed"].forEach((value, col) => cells.push({ row: CHECKS_TOP - 1, col, value }));
  checks.forEach((check, i) => {
    const row = CHECKS_TOP + i;
    cells.push(
      { row, col: STORED_COL, value: check.stored },
      {
        row,
        col: FLAG_COL,
        value: 0,
        formula: checkFormula(check, cellAddress(row, STORED_COL), WEIGHTS_COL),
      }
    );
  });
  // One by one: a weight per watched row, too many to spread into push at 50,000 rows.
  for (const cell of weightCells(checks, WEIGHTS_COL)) cells.push(cell);
  return { name: META_SHEET, mode: "replace", visibility: "veryHidden", cells };
}

/** The number of changed checks, live: 0 while the inputs are as at Compute. */
export function changedChecksFormula(count: number): string {
  const first = cellAddress(CHECKS_TOP, FLAG_COL);
  const last = cellAddress(CHECKS_TOP + Math.max(count, 1) - 1, FLAG_COL);
  return `IFERROR(SUM(${sheetRef(META_SHEET, `${first}:${last}`)}),1)`;
}

/** A value the add-in stored in its metadata sheet at the last Compute. */
export function metaValue(snapshot: WorkbookSnapshot, key: string): string | number | null {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  const row = meta?.rows.slice(0, CHECKS_TOP - 1).find((r) => r[0] === key);
  const value = row?.[1];
  return typeof value === "string" || typeof value === "number" ? value : null;
}

/**
 * The checks stored at the last Compute: none in a workbook computed by another format, whose
 * checks were defined otherwise (before 2 there were none; 3 has the word checks).
 */
function storedChecks(snapshot: WorkbookSnapshot): (number | string | null)[] {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  const count = metaValue(snapshot, "checks");
  if (!meta || typeof count !== "number") return [];
  if (metaValue(snapshot, "formatVersion") !== FORMAT_VERSION) return [];
  return Array.from({ length: count }, (_, i) => {
    const stored = meta.rows[CHECKS_TOP + i]?.[STORED_COL];
    return typeof stored === "number" || typeof stored === "string" ? stored : null;
  });
}

/** Inputs changed after the last Compute (always, for a workbook computed by another format). */
export function changedSinceCompute(snapshot: WorkbookSnapshot, layout: Layout): boolean {
  return inputsChanged(storedChecks(snapshot), inputChecks(snapshot, layout));
}
