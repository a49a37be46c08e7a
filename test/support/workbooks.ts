// Workbooks for tests, made the way users get them: the template (with or without the sample)
// written by the file adapter, then read back, computed, written again.
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { computeWorkbook, type ComputeOutcome } from "../../src/core/year/compute";
import { SAMPLE_2011 } from "../../src/core/format/sample";
import type { PlanRows } from "../../src/core/format/planRows";
import type { Lang } from "../../src/core/format/schema";
import { templateWrite } from "../../src/core/format/template";
import type { RawCell } from "../../src/core/rules/figures";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

/** The tests' clock: July 2011, the sample's figures typed through June. */
export const COMPUTED_AT = "2011-07-01 09:00";
/** After the sample's year: every month has come, a Compute as of 12월 is recorded. */
export const YEAR_END_AT = "2012-01-05 09:00";
/** The last days of a month of the plan year (the sample's by default): the month has come. */
export const monthEnd = (month: number, year = 2011) =>
  `${year}-${String(month).padStart(2, "0")}-28 18:00`;

export function templateBytes(
  options: { lang?: Lang; sample?: PlanRows | null; base?: Uint8Array } = {}
): Promise<Uint8Array> {
  const sample = options.sample === null ? undefined : (options.sample ?? SAMPLE_2011);
  return writeWorkbook(
    options.base ?? null,
    templateWrite({ lang: options.lang ?? "ko", year: 2011, department: "민원봉사과", sample })
  );
}

export function compute(
  snapshot: WorkbookSnapshot,
  asOfMonth?: number,
  computedAt = COMPUTED_AT
): ComputeOutcome {
  return computeWorkbook(snapshot, { computedAt, asOfMonth });
}

/** Computes a file and writes the results into it; the new bytes and what Compute said. */
export async function computeFile(bytes: Uint8Array, asOfMonth?: number, computedAt = COMPUTED_AT) {
  const outcome = compute(await readSnapshot(bytes), asOfMonth, computedAt);
  if (!outcome.ok) throw new Error(`compute failed: ${JSON.stringify(outcome.problems)}`);
  return { bytes: await writeWorkbook(bytes, outcome.write), outcome };
}

export const sheetOf = (snapshot: WorkbookSnapshot, name: string) => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** A deep copy that tests may change freely. */
export const cloneSnapshot = (snapshot: WorkbookSnapshot): WorkbookSnapshot =>
  JSON.parse(JSON.stringify(snapshot));

/**
 * A table of a sheet found by one of its header texts: its header row, each column by its header
 * (a missing one fails the test), the rows below, and a cell's value (a formula's cached result).
 */
export function tableByHeader(sheet: SheetSnapshot, header: string) {
  const headerRow = sheet.rows.findIndex((r) => (r ?? []).includes(header));
  if (headerRow < 0) throw new Error(`${sheet.name} has no header ${header}`);
  const names = (sheet.rows[headerRow] ?? []).map((c) => String(c ?? ""));
  const col = (name: string) => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`${sheet.name} has no ${name}`);
    return at;
  };
  const rows = sheet.rows.slice(headerRow + 1).map((r) => r ?? []);
  const value = (cell: RawCell | undefined) =>
    cell !== null && typeof cell === "object" && "formula" in cell ? cell.result : (cell ?? null);
  return { headerRow, col, rows, value };
}

/** The .xlsx files in a folder, sorted by name (none when the folder is absent). */
export const listXlsx = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => join(dir, f))
    : [];
