// The open workbook's input sheets as a new workbook, from what was read of them through ranges:
// for 새해 양식 where Office does not hand the workbook over as a file (Excel on the web without
// CompressedFile, or a File API call that fails — issue 30). newYearWorkbook then turns it into
// next year's exactly as it turns a file. What a file would have carried and this cannot — the
// user's own sheets, their looks (fonts, fills, widths they set), comments — the caller says.
import type { RawCell } from "../rules/figures";
import { findSheet, textOf } from "../format/read";
import {
  GOAL_COLUMNS,
  MONTHLY_COLUMNS,
  SHEETS,
  headerKey,
  languageOfSheetNames,
  type Column,
  type Lang,
} from "../format/schema";
import { NUMBER_FORMATS } from "../format/styles";
import { TEMPLATE_HEADER_ROW, templateWrite } from "../format/template";
import type {
  CellWrite,
  SheetSnapshot,
  SheetWrite,
  WorkbookSnapshot,
  WorkbookWrite,
} from "../format/workbook";

export interface Rebuilt {
  write: WorkbookWrite;
  lang: Lang;
  /** The input sheets laid out as the template lays them: they get its looks (else plain cells). */
  framed: string[];
}

/** A cell as read, as a write: a formula keeps its result, an error value its text. */
function cellWrite(row: number, col: number, raw: RawCell): CellWrite {
  if (raw !== null && typeof raw === "object") {
    if ("error" in raw) return { row, col, value: raw.error };
    return { row, col, value: raw.result ?? null, formula: raw.formula };
  }
  return { row, col, value: raw };
}

/** Whether a sheet has the template's header row, column for column. */
function hasTemplateHeader(sheet: SheetSnapshot, columns: readonly Column[]): boolean {
  const header = sheet.rows[TEMPLATE_HEADER_ROW] ?? [];
  return columns.every((column, col) =>
    [column.ko, column.en].map(headerKey).includes(headerKey(textOf(header[col] ?? null)))
  );
}

/** Whether 설정 has the template's labels in its first column, row for row. */
function hasTemplateLabels(sheet: SheetSnapshot, frame: SheetWrite): boolean {
  return frame.cells
    .filter((c) => c.col === 0 && typeof c.value === "string" && c.row > 0)
    .every((c) => headerKey(textOf(sheet.rows[c.row]?.[0] ?? null)) === headerKey(String(c.value)));
}

/**
 * A figure in a table row as the template formats one: a % row's as a percent (0.92 shows as
 * 92.0 %, not 0.92), any other as a count.
 */
function figureStyle(columns: readonly Column[], row: RawCell[], col: number) {
  const kind = columns[col]?.kind;
  if (kind !== "percentOrNumber" && kind !== "previous") return undefined;
  const unit = textOf(row[columns.findIndex((c) => c.key === "unit")] ?? null).trim();
  return { numberFormat: unit === "%" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count };
}

/**
 * The three input sheets as one write for a new workbook. A sheet laid out as the template lays it
 * (its header row, its labels) is written into the template's frame — titles, headers, widths,
 * drop-downs, print setup, frozen panes — with the figures in their formats; the cells' values are
 * always the workbook's own (a default it had cleared stays cleared). A sheet laid out otherwise
 * is written as it was read, cell for cell.
 */
export function rebuiltInputSheets(snapshot: WorkbookSnapshot): Rebuilt {
  const lang = languageOfSheetNames(snapshot.sheets.map((s) => s.name));
  const frames = templateWrite({ lang, year: 0, department: "" }).sheets;
  const framed: string[] = [];
  const sheets: SheetWrite[] = [];
  const inputs = [
    { named: SHEETS.settings, columns: null },
    { named: SHEETS.goals, columns: GOAL_COLUMNS },
    { named: SHEETS.monthly, columns: MONTHLY_COLUMNS },
  ];
  for (const { named, columns } of inputs) {
    const sheet = findSheet(snapshot, named);
    if (!sheet) continue;
    const frame = frames.find((f) => f.name === named[lang]) as SheetWrite;
    const inFrame = columns ? hasTemplateHeader(sheet, columns) : hasTemplateLabels(sheet, frame);
    const looks = new Map(
      inFrame ? frame.cells.map((c) => [`${c.row}:${c.col}`, c.style] as const) : []
    );
    const cells: CellWrite[] = [];
    sheet.rows.forEach((row, r) =>
      row?.forEach((raw, c) => {
        if (raw === null || raw === undefined || raw === "") return;
        const style =
          looks.get(`${r}:${c}`) ??
          (inFrame && columns && r > TEMPLATE_HEADER_ROW && typeof cellValue(raw) === "number"
            ? figureStyle(columns, row, c)
            : undefined);
        cells.push({ ...cellWrite(r, c, raw), ...(style ? { style } : {}) });
      })
    );
    if (inFrame) framed.push(sheet.name);
    sheets.push(
      inFrame
        ? { ...frame, name: sheet.name, cells }
        : { name: sheet.name, mode: "replace", input: true, cells }
    );
  }
  return { write: { sheets }, lang, framed };
}

const cellValue = (raw: RawCell) =>
  raw !== null && typeof raw === "object" ? ("error" in raw ? raw.error : raw.result) : raw;
