// The snapshot @protobi/exceljs reads from a workbook: the independent reader that the add-in's own
// (src/xlsx/read.ts, a streaming reader) is compared with on every file the tests have.
import ExcelJS from "@protobi/exceljs";
import type { RawCell } from "../../src/core/rules/figures";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/format/workbook";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type Primitive = number | string | boolean | null;

function primitive(value: unknown): Primitive | { error: string } | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  // A cell formatted as a date comes back as a Date: the serial number the file stores.
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText))
      return v.richText.map((run: { text: string }) => run.text).join("");
    if (typeof v.text === "string") return v.text; // hyperlink cells
  }
  return undefined;
}

/** A cell as RawCell; a shared formula's other cells with the text ExcelJS moves for them. */
function rawCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const result = primitive((value as { result?: unknown }).result);
    if (result !== null && typeof result === "object") return { error: result.error };
    return { formula: cell.formula, result: result === null ? undefined : result };
  }
  const primitiveValue = primitive(value);
  return primitiveValue === undefined ? String(value) : primitiveValue;
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: RawCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells repeat its value in ExcelJS: keep only the top-left.
      if (cell.isMerged && cell.master !== cell) return;
      cells[colNumber - 1] = rawCell(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return {
    name: worksheet.name,
    visibility:
      worksheet.state === "veryHidden"
        ? "veryHidden"
        : worksheet.state === "hidden"
          ? "hidden"
          : "visible",
    rows: Array.from(rows, (r) => r ?? []),
    merges: (worksheet.model as { merges?: string[] }).merges ?? [],
  };
}

export async function exceljsSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}
