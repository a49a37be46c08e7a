// .xlsx bytes → the core's WorkbookSnapshot, through @protobi/exceljs (chosen in
// docs/decisions/0001-xlsx-library.md). Reading only: writing patches the package itself
// (./write.ts), so nothing the library does not understand is lost.
import ExcelJS from "@protobi/exceljs";
import JSZip from "jszip";
import type { RawCell } from "../core/rules/figures";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/format/workbook";
import { WorkbookFileError, fileKind } from "./open";
import { checkDeclaredSize } from "./package";
import {
  Relationships,
  WorkbookPart,
  relsPathOf,
  resolveTarget,
  workbookPathOf,
} from "./structure";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date cell as the serial number Excel stores. */
const serial = (date: Date) => (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;

type Primitive = number | string | boolean | null;

function primitive(value: unknown): Primitive | { error: string } | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText))
      return v.richText.map((run: { text: string }) => run.text).join("");
    if (typeof v.text === "string") return v.text; // hyperlink cells
  }
  return undefined;
}

export function rawCell(value: ExcelJS.CellValue): RawCell {
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const formula = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const result = primitive(formula.result);
    const text = formula.formula ?? formula.sharedFormula ?? "";
    if (result !== null && typeof result === "object") return { error: result.error };
    return { formula: text, result: result === null ? undefined : result };
  }
  const cell = primitive(value);
  return cell === undefined ? String(value) : cell;
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: RawCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells repeat its value in ExcelJS: keep only the top-left.
      if (cell.isMerged && cell.master !== cell) return;
      cells[colNumber - 1] = rawCell(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return {
    name: worksheet.name,
    visibility:
      worksheet.state === "veryHidden"
        ? "veryHidden"
        : worksheet.state === "hidden"
          ? "hidden"
          : "visible",
    rows: Array.from(rows, (r) => r ?? []),
    merges,
  };
}

const EMPTY_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * The package with the cells of every sheet not wanted left out (the sheets themselves stay, with
 * their names), so the library does not build a model of cells nobody reads: a 1,000-department
 * summary's 90,000 KPI rows when only its committee sheets are needed.
 */
async function withSheetsEmptied(
  bytes: Uint8Array,
  wanted: (name: string) => boolean
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookPath = workbookPathOf(await zip.file("_rels/.rels")?.async("string"));
  const workbook = await zip.file(workbookPath)?.async("string");
  const rels = await zip.file(relsPathOf(workbookPath))?.async("string");
  if (!workbook || !rels) return bytes;
  const targets = new Map(new Relationships(rels).list().map((r) => [r.id, r.target]));
  let emptied = 0;
  for (const sheet of new WorkbookPart(workbook).sheets()) {
    const target = targets.get(sheet.relId);
    if (wanted(sheet.name) || !target) continue;
    const path = resolveTarget(workbookPath, target);
    if (zip.file(path)) {
      zip.file(path, EMPTY_WORKSHEET);
      emptied++;
    }
  }
  return emptied ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
}

export interface ReadOptions {
  /** Only these sheets' cells are read; the others come back empty (names and visibility kept). */
  sheets?: (name: string) => boolean;
}

export async function readSnapshot(
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<WorkbookSnapshot> {
  const kind = fileKind(bytes);
  if (kind !== "xlsx") throw new WorkbookFileError(kind, kind);
  checkDeclaredSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    const input = options.sheets ? await withSheetsEmptied(bytes, options.sheets) : bytes;
    await workbook.xlsx.load(input as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError("corrupt", error instanceof Error ? error.message : String(error));
  }
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}
