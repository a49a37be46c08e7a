// Writing the committee sheets without losing a typed value: 취합설정 gets only the settings it
// lacks; 정성평가 gets a row for each department not yet there (below its last row) and its two
// computed columns (정성, 취합 구분) rewritten; nothing the committee typed is touched. A
// department no longer consolidated keeps its row, marked in 취합 구분.
import { label } from "../format/labels";
import { messagesFor } from "../../i18n";
import type { Lang, Named } from "../format/schema";
import { NUMBER_FORMATS, STYLES } from "../format/styles";
import type { CellWrite, SheetWrite, WorkbookSnapshot } from "../format/workbook";
import type { GradedDepartment } from "./grading";
import {
  COMMITTEE_SETTINGS,
  COMMITTEE_SHEETS,
  MEMBER_COUNT,
  METHOD_WORDS,
  QUALITATIVE_HEADERS,
  memberHeader,
  type QualitativeRead,
  type SettingsRead,
} from "./sheets";

const PRESENCE = {
  present: label("consolidated"),
  absent: label("notInThisConsolidation"),
} satisfies Record<string, Named>;

const TITLE_ROW = 0;
/** Where a new sheet's table starts (a title, a blank row, the header). */
const HEADER_ROW = 2;

/** 취합설정: a new sheet with every setting, or the settings an existing one lacks below it. */
export function committeeSettingsWrite(
  snapshot: WorkbookSnapshot | null,
  read: SettingsRead,
  lang: Lang
): SheetWrite | null {
  const lacking = COMMITTEE_SETTINGS.filter((s) => !read.valueCells[s.key]);
  if (lacking.length === 0) return null;
  const existing = read.sheet ? snapshot?.sheets.find((s) => s.name === read.sheet) : undefined;
  const cells: CellWrite[] = [];
  let row = existing ? existing.rows.length : HEADER_ROW;
  if (!existing) {
    cells.push({
      row: TITLE_ROW,
      col: 0,
      value: COMMITTEE_SHEETS.settings[lang],
      style: STYLES.title,
    });
  }
  for (const setting of lacking) {
    // The method is a word, in the workbook's language.
    const value = setting.key === "method" ? METHOD_WORDS.relative[lang] : setting.defaultValue;
    cells.push(
      { row, col: 0, value: setting[lang], style: STYLES.label },
      { row, col: 1, value },
      { row, col: 2, value: setting.help[lang], style: STYLES.note }
    );
    row++;
  }
  return {
    name: read.sheet ?? COMMITTEE_SHEETS.settings[lang],
    mode: "patch",
    cells,
    columnWidths: existing
      ? undefined
      : [
          { col: 0, width: 16 },
          { col: 1, width: 10 },
          { col: 2, width: 70 },
        ],
  };
}

/**
 * 정성평가: the committee's table. `graded` are this consolidation's departments; a new sheet lists
 * them, an existing one keeps its rows and gets the new departments below.
 */
export function qualitativeWrite(
  snapshot: WorkbookSnapshot | null,
  read: QualitativeRead,
  graded: readonly GradedDepartment[],
  lang: Lang
): SheetWrite {
  const existing =
    read.sheet && read.headerRow >= 0
      ? snapshot?.sheets.find((s) => s.name === read.sheet)
      : undefined;
  const cells: CellWrite[] = [];
  const columns: Record<string, number> = { ...read.columns };
  let headerRow = read.headerRow;
  if (!existing) {
    headerRow = HEADER_ROW;
    cells.push({
      row: TITLE_ROW,
      col: 0,
      value: messagesFor(lang).workbook.qualitativeTitle,
      style: STYLES.title,
    });
    const headers: Named[] = [
      QUALITATIVE_HEADERS.department,
      ...Array.from({ length: MEMBER_COUNT }, (_, i) => memberHeader(i + 1)),
      QUALITATIVE_HEADERS.bonus,
      QUALITATIVE_HEADERS.deduction,
      QUALITATIVE_HEADERS.notes,
    ];
    headers.forEach((named, col) =>
      cells.push({ row: headerRow, col, value: named[lang], style: STYLES.inputHeader })
    );
    columns.department = 0;
  }
  // The computed columns, after the last column in use where the sheet lacks them.
  const width = Math.max(
    MEMBER_COUNT + 4,
    ...(existing?.rows[headerRow] ?? []).map((_, col) => col + 1)
  );
  let next = width;
  for (const key of ["qualitative", "presence"] as const) {
    if (columns[key] === undefined) {
      columns[key] = next++;
      cells.push({
        row: headerRow,
        col: columns[key],
        value: QUALITATIVE_HEADERS[key][lang],
        style: STYLES.computedHeader,
      });
    }
  }
  const byName = new Map(graded.map((d) => [d.department, d]));
  const rowOf = new Map(read.rows.map((r) => [r.department, r.row]));
  let last = existing ? Math.max(read.lastRow, headerRow) : headerRow;
  for (const d of graded) {
    if (rowOf.has(d.department)) continue;
    last++;
    rowOf.set(d.department, last);
    cells.push({
      row: last,
      col: columns.department,
      value: d.department,
      style: { border: true },
    });
  }
  const score = { numberFormat: NUMBER_FORMATS.score, border: true };
  for (const [department, row] of rowOf) {
    const d = byName.get(department);
    cells.push(
      { row, col: columns.qualitative, value: d?.qualitative ?? null, style: score },
      {
        row,
        col: columns.presence,
        value: (d ? PRESENCE.present : PRESENCE.absent)[lang],
        style: d ? { border: true } : { border: true, bold: true, color: "C00000" },
      }
    );
  }
  return {
    name: read.sheet ?? COMMITTEE_SHEETS.qualitative[lang],
    mode: "patch",
    cells,
    columnWidths: existing
      ? undefined
      : [
          { col: 0, width: 20 },
          ...Array.from({ length: MEMBER_COUNT }, (_, i) => ({ col: i + 1, width: 8 })),
          { col: MEMBER_COUNT + 1, width: 7 },
          { col: MEMBER_COUNT + 2, width: 7 },
          { col: MEMBER_COUNT + 3, width: 24 },
          { col: MEMBER_COUNT + 4, width: 9 },
          { col: MEMBER_COUNT + 5, width: 16 },
        ],
    freeze: existing ? undefined : { rows: headerRow + 1, cols: 1 },
  };
}
