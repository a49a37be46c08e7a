// 새해 양식 (PRODUCT.md "The next year"): next year's workbook described as changes to this
// year's — 연도 + 1, 전년도실적 from the year's results, every actual cleared, 결과, 이력 and the
// metadata gone — so that the user's own sheets, looks and notes travel with it. The original is
// never the target: the caller writes the result to another file.
import { calendarCount } from "../rules/time";
import { fitCellText } from "../format/cellText";
import { evaluate, lastMonthWithFigures, type Status } from "../rules/evaluate";
import { format, messagesFor } from "../../i18n";
import { PERCENT_RESCALE_ABOVE } from "../rules/figures";
import type { Kpi } from "../rules/model";
import type { Problem } from "../format/problems";
import { cellOf, findSheet, readWorkbook, textOf, type Layout } from "../format/read";
import {
  GOAL_COLUMNS,
  META_SHEET,
  SETTING_ROWS,
  SHEETS,
  sheetNameMatches,
  type Column,
  type Lang,
  type SettingRow,
} from "../format/schema";
import { computedCellsCleared } from "../sheets/computed";
import { languageOf } from "../sheets/context";
import { NUMBER_FORMATS, STYLES, figureFormat } from "../format/styles";
import { shownAs } from "../rules/shown";
import { statusWord } from "../format/words";
import {
  cellAddress,
  type CellWrite,
  type SheetSnapshot,
  type SheetWrite,
  type WorkbookSnapshot,
  type WorkbookWrite,
} from "../format/workbook";

/** A value the new workbook carries that the department should look at before the year starts. */
export interface CarriedValue {
  /**
   * target and budget: this year's, carried to confirm; previous: 전년도실적 from the year's
   * result (as of `month`); previousBlank: no result to carry (`status` says why); calendar: a
   * 계획 row counted "매일" or "매주", counted again for the new year (`shown`: the months changed).
   */
  kind: "target" | "budget" | "previous" | "previousBlank" | "calendar";
  taskNo: string;
  indicator: string;
  /** Where it is in the new workbook. */
  sheet: string;
  cell: string;
  /** As the workbook shows it ("12,000", "92.0%"; a budget with its 예산과목). */
  shown: string;
  month?: number;
  status?: Status;
}

export type NewYearOutcome =
  | {
      ok: true;
      write: WorkbookWrite;
      /** The new plan year and its department. */
      year: number;
      department: string;
      /** The default file name: the department and the new year ("민원봉사과 2012.xlsx"). */
      fileName: string;
      carried: CarriedValue[];
      /** Text cut to Excel's cell limit (src/core/format/cellText.ts). */
      problems: Problem[];
      lang: Lang;
    }
  | { ok: false; problems: Problem[] };

/** The month through which a KPI has figures this year (0: none). */
const lastMonthOfKpi = (kpi: Kpi): number =>
  lastMonthWithFigures(kpi.type === "ratio" ? [kpi.numerator, kpi.denominator] : [kpi.actual]);

/**
 * 전년도실적 as written: the number, except a % KPI's above 150 %, which the reader would take
 * for percentage points typed bare (1.65 → 1.65 %, PERCENT_RESCALE_ABOVE): written as the text
 * "165.0%", which reads back as 1.65.
 */
function previousValue(kpi: Kpi, actual: number): number | string {
  return kpi.unit === "%" && actual > PERCENT_RESCALE_ABOVE
    ? shownAs(actual, NUMBER_FORMATS.percent)
    : actual;
}

/** Characters Windows and macOS refuse in a file name. */
const fileNameOf = (department: string, year: number) =>
  `${[department.replace(/[\\/:*?"<>|]/g, " ").trim(), year].filter(Boolean).join(" ")}.xlsx`;

/** Where a column is, or where it goes (right of everything) with its header when it is missing. */
function columnOrAdded(
  layout: Layout["goals"],
  key: "previous" | "notes",
  sheet: SheetSnapshot,
  lang: Lang,
  headers: CellWrite[]
): number {
  const at = layout.columns[key];
  if (at !== undefined) return at;
  const used = Math.max(
    ...Object.values(layout.columns).map((c) => c + 1),
    ...sheet.rows.map((row) => row?.length ?? 0),
    ...headers.map((h) => h.col + 1)
  );
  const header = GOAL_COLUMNS.find((c) => c.key === key) as Column;
  headers.push({
    row: layout.headerRow,
    col: used,
    value: header[lang],
    style: STYLES.inputHeader,
  });
  return used;
}

/** A title the template wrote ("2011년 민원봉사과 … — 목표") turned to the new year. */
function titleCells(
  sheet: SheetSnapshot,
  headerRow: number,
  template: string,
  from: number,
  to: number,
  department: string
): CellWrite[] {
  const old = format(template, { year: from, department });
  for (let row = 0; row < headerRow; row++) {
    if (textOf(cellOf(sheet, row, 0)) === old)
      return [{ row, col: 0, value: format(template, { year: to, department }), keepStyle: true }];
  }
  return [];
}

export function newYearWorkbook(snapshot: WorkbookSnapshot, thisYear: number): NewYearOutcome {
  const read = readWorkbook(snapshot, thisYear);
  if (!read.ok) return read;
  const { plan, layout } = read;
  if (!layout.settings) return { ok: false, problems: [missingSettings()] };
  const settingsLayout = layout.settings;
  const lang = languageOf(layout);
  const words = messagesFor(lang).workbook;
  const from = plan.settings.year;
  const year = from + 1;
  const department = plan.settings.department;
  // The year's result as the rules compute it at 12월: 누계 the year's sum, 수준 the last value.
  const yearEnd = evaluate({ ...plan, settings: { ...plan.settings, asOfMonth: 12 } });

  const goalsSheet = findSheet(snapshot, SHEETS.goals) as SheetSnapshot;
  const goalCells: CellWrite[] = [];
  const previousCol = columnOrAdded(layout.goals, "previous", goalsSheet, lang, goalCells);
  const notesCol = columnOrAdded(layout.goals, "notes", goalsSheet, lang, goalCells);
  const carried: CarriedValue[] = [];
  yearEnd.kpis.forEach((result, i) => {
    const kpi = result.kpi;
    const row = layout.goals.kpiRows[i];
    const where = (col: number) => ({
      taskNo: kpi.taskNo,
      indicator: kpi.name,
      sheet: layout.goals.sheet,
      cell: cellAddress(row, col),
    });
    const notes: string[] = [];
    if (kpi.target !== null) {
      const shown = shownAs(kpi.target, figureFormat(kpi));
      carried.push({ kind: "target", ...where(layout.goals.columns.target), shown });
      notes.push(format(words.newYearTarget, { year: from, value: shown }));
    }
    if (kpi.budget > 0) {
      const itemCol = layout.goals.columns.budgetItem;
      const item = itemCol === undefined ? "" : textOf(cellOf(goalsSheet, row, itemCol));
      const shown = [shownAs(kpi.budget, NUMBER_FORMATS.count), item].filter(Boolean).join(" ");
      carried.push({ kind: "budget", ...where(layout.goals.columns.budget), shown });
      notes.push(format(words.newYearBudget, { year: from, value: shown }));
    }
    const usable = result.status !== "error" && result.actual !== null;
    const month = lastMonthOfKpi(kpi);
    if (usable) {
      const shown = shownAs(result.actual, figureFormat(kpi));
      carried.push({ kind: "previous", ...where(previousCol), shown, month });
      if (month < 12) notes.push(format(words.newYearPreviousPart, { year: from, month }));
    } else {
      const status: Status = result.status === "error" ? "error" : "noData";
      carried.push({ kind: "previousBlank", ...where(previousCol), shown: "", status });
      notes.push(
        format(words.newYearPreviousBlank, { year: from, reason: statusWord(status, lang) })
      );
    }
    goalCells.push({
      row,
      col: previousCol,
      value: usable ? previousValue(kpi, result.actual as number) : null,
      style: { numberFormat: figureFormat(kpi) },
    });
    const before = textOf(cellOf(goalsSheet, row, notesCol));
    const note = format(words.newYearNote, { year, items: notes.join(words.newYearNoteJoin) });
    goalCells.push({ row, col: notesCol, value: [before, note].filter(Boolean).join(" / ") });
  });

  const cleared = computedCellsCleared(layout, plan.kpis);
  const monthlySheet = findSheet(snapshot, SHEETS.monthly) as SheetSnapshot;
  const recounted = calendarRecounted(monthlySheet, layout.monthly, year, lang);
  carried.push(...recounted.carried);
  const sheets: SheetWrite[] = [
    settingsWrite(
      settingsLayout,
      findSheet(snapshot, SHEETS.settings) as SheetSnapshot,
      year,
      lang
    ),
    {
      name: layout.goals.sheet,
      mode: "patch",
      input: true,
      cells: [
        ...titleCells(goalsSheet, layout.goals.headerRow, words.goalsTitle, from, year, department),
        ...goalCells,
        ...cleared.goals,
      ],
    },
    {
      name: layout.monthly.sheet,
      mode: "patch",
      input: true,
      cells: [
        ...titleCells(
          monthlySheet,
          layout.monthly.headerRow,
          words.monthlyTitle,
          from,
          year,
          department
        ),
        ...actualsCleared(monthlySheet, layout.monthly),
        ...recounted.cells,
        ...cleared.monthly,
      ],
    },
  ];
  const removeSheets = snapshot.sheets
    .map((s) => s.name)
    .filter(
      (name) =>
        name === META_SHEET ||
        sheetNameMatches(SHEETS.results, name) ||
        sheetNameMatches(SHEETS.history, name)
    );
  // A note added to a long 비고 could pass a cell's limit: cut there, and said.
  const fitted = fitCellText({ sheets, removeSheets, activeSheet: layout.goals.sheet });
  return {
    ok: true,
    write: fitted.write,
    problems: fitted.problems,
    year,
    department,
    fileName: fileNameOf(department, year),
    carried,
    lang,
  };
}

/**
 * 연도 + 1 and 평가기준월 blank; every other setting, rule and share carried as it is. A 설정
 * without a 연도 row gets one below its last row: the new year must be written somewhere.
 */
function settingsWrite(
  settings: NonNullable<Layout["settings"]>,
  sheet: SheetSnapshot,
  year: number,
  lang: Lang
): SheetWrite {
  const cells: CellWrite[] = [];
  const at = settings.valueCells;
  if (at.year) cells.push({ ...at.year, value: year, keepStyle: true });
  else {
    const label = SETTING_ROWS.find((s) => s.key === "year") as SettingRow;
    const row = sheet.rows.length;
    cells.push(
      { row, col: 0, value: label[lang], style: STYLES.label },
      { row, col: 1, value: year }
    );
  }
  if (at.asOfMonth) cells.push({ ...at.asOfMonth, value: null, keepStyle: true });
  return { name: settings.sheet, mode: "patch", input: true, cells };
}

/** Every 실적 figure, and every 분자/분모 figure, emptied; 계획 rows keep theirs. */
function actualsCleared(sheet: SheetSnapshot, table: Layout["monthly"]): CellWrite[] {
  const cells: CellWrite[] = [];
  const monthCols = Array.from({ length: 12 }, (_, m) => table.columns[`m${m + 1}`]);
  for (const entry of table.rows) {
    const figures =
      entry.rowKind === "actual" || entry.kind === "numerator" || entry.kind === "denominator";
    if (!figures) continue;
    for (const col of monthCols) {
      if (col !== undefined && cellOf(sheet, entry.row, col) !== null)
        cells.push({ row: entry.row, col, value: null, keepStyle: true });
    }
  }
  return cells;
}

/**
 * 계획 counts that follow the calendar ("매일", "매주" in the row's 비고, as the importer writes
 * it): counted again for the new year in the months that had a count (2012's February has 29
 * days); each row changed is listed.
 */
function calendarRecounted(
  sheet: SheetSnapshot,
  table: Layout["monthly"],
  year: number,
  lang: Lang
): { cells: CellWrite[]; carried: CarriedValue[] } {
  const cells: CellWrite[] = [];
  const carried: CarriedValue[] = [];
  const { notes, item, taskNo } = table.columns;
  if (notes === undefined) return { cells, carried };
  for (const entry of table.rows) {
    if (entry.rowKind !== "plan") continue;
    const count = calendarCount(textOf(cellOf(sheet, entry.row, notes)));
    if (!count) continue;
    const changed: { col: number; text: string }[] = [];
    entry.months.forEach((before, m) => {
      const col = table.columns[`m${m + 1}`];
      const now = count(year, m + 1);
      if (col === undefined || before === null || before === now) return;
      cells.push({ row: entry.row, col, value: now, keepStyle: true });
      changed.push({ col, text: `${m + 1}월 ${before}→${now}` });
    });
    if (changed.length === 0) continue;
    const shown = changed.map((c) => c.text).join(", ");
    // Noted in the row's 비고 as every carried value is.
    const words = messagesFor(lang).workbook;
    const before = textOf(cellOf(sheet, entry.row, notes));
    const note = format(words.newYearNote, {
      year,
      items: format(words.newYearCalendar, { year, value: shown }),
    });
    cells.push({ row: entry.row, col: notes, value: `${before} / ${note}` });
    carried.push({
      kind: "calendar",
      taskNo: taskNo === undefined ? "" : textOf(cellOf(sheet, entry.row, taskNo)),
      indicator: item === undefined ? "" : textOf(cellOf(sheet, entry.row, item)),
      sheet: sheet.name,
      cell: cellAddress(entry.row, changed[0].col),
      shown,
    });
  }
  return { cells, carried };
}

/** 설정 is where 연도 goes: a workbook without it has no year to turn. */
const missingSettings = (): Problem => ({
  severity: "error",
  code: "missingSheet",
  sheet: SHEETS.settings.ko,
  cell: "",
  shown: "",
  detail: `${SHEETS.settings.ko} / ${SHEETS.settings.en}`,
});
