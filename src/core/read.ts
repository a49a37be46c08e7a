// Reading a workbook snapshot into the plan the evaluation needs, with every problem found and
// the layout (where each sheet, header and row is) that writing results needs. Headers are found
// by their text (Korean or English), never by a fixed address.
import { readFigure, shownValue, type Figure, type FigureOptions, type RawCell } from "./figures";
import {
  DEFAULT_SETTINGS,
  type Activity,
  type Direction,
  type Kpi,
  type MonthlyFigures,
  type MonthlyKind,
  type MonthlyRowKind,
  type Plan,
  type Settings,
  type Spending,
} from "./model";
import type { Problem } from "./problems";
import {
  ENUMS,
  GOAL_COLUMNS,
  LOWER_FORMULAS,
  MONTHLY_COLUMNS,
  SETTING_ROWS,
  SHEETS,
  columnFor,
  enumValue,
  headerKey,
  sheetNameMatches,
  type Column,
  type Named,
} from "./schema";
import { cellAddress, parseAddress, type SheetSnapshot, type WorkbookSnapshot } from "./workbook";

/** Where a table is: its sheet, header row and each known column (0-based). */
export interface TableLayout {
  sheet: string;
  headerRow: number;
  columns: Record<string, number>;
  /** Last row that holds anything, in any column. */
  lastRow: number;
}

export interface MonthlyRowLayout {
  row: number;
  kind: MonthlyKind;
  rowKind: MonthlyRowKind;
  /** The row's months as read (unreadable cells as null). */
  months: MonthlyFigures;
  kpiIndex?: number;
  activityIndex?: number;
}

export interface Layout {
  settings: { sheet: string; valueCells: Record<string, { row: number; col: number }> } | null;
  goals: TableLayout & { kpiRows: number[] };
  monthly: TableLayout & { rows: MonthlyRowLayout[] };
}

export type ReadResult =
  | { ok: true; plan: Plan; layout: Layout; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** How far down a header row is looked for (title rows above it are the user's). */
const HEADER_SEARCH_ROWS = 50;

export const cellOf = (sheet: SheetSnapshot, row: number, col: number): RawCell =>
  sheet.rows[row]?.[col] ?? null;

/** A cell as trimmed text (a formula's result); "" for an empty cell or an error. */
export const textOf = (cell: RawCell): string => {
  if (cell === null) return "";
  if (typeof cell === "object") {
    return "formula" in cell && cell.result !== undefined && cell.result !== null
      ? String(cell.result).trim()
      : "";
  }
  return String(cell).trim();
};

/**
 * Where each labelled value is in a label/value sheet (설정, 취합설정): the cell right of the first
 * cell anywhere that holds its label (Korean or English, loosely compared).
 */
export function labelledValueCells(
  sheet: SheetSnapshot,
  labels: readonly (Named & { key: string })[]
): Record<string, { row: number; col: number }> {
  const valueCells: Record<string, { row: number; col: number }> = {};
  sheet.rows.forEach((cells, row) =>
    (cells ?? []).forEach((cell, col) => {
      if (typeof cell !== "string") return;
      const label = labels.find(
        (s) => headerKey(s.ko) === headerKey(cell) || headerKey(s.en) === headerKey(cell)
      );
      if (label && !valueCells[label.key]) valueCells[label.key] = { row, col: col + 1 };
    })
  );
  return valueCells;
}

export function findSheet(snapshot: WorkbookSnapshot, name: Named): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => sheetNameMatches(name, s.name));
}

/** Top-left cell of the merged area holding (row, col), or the cell itself. */
function mergeOrigin(sheet: SheetSnapshot, row: number, col: number) {
  for (const range of sheet.merges) {
    const [from, to = from] = range.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (row >= a.row && row <= b.row && col >= a.col && col <= b.col) return a;
  }
  return { row, col };
}

function mergedCell(sheet: SheetSnapshot, row: number, col: number): RawCell {
  const origin = mergeOrigin(sheet, row, col);
  return cellOf(sheet, origin.row, origin.col);
}

function lastUsedRow(sheet: SheetSnapshot): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if ((sheet.rows[r] ?? []).some((c) => c !== null && textOf(c) !== "")) return r;
  }
  return -1;
}

/** The first row holding all required headers; its known columns. */
function findTable(
  sheet: SheetSnapshot,
  columns: readonly Column[],
  problems: Problem[]
): TableLayout | null {
  const required = columns.filter((c) => c.required);
  let best: { row: number; found: Record<string, number> } | null = null;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const found: Record<string, number> = {};
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const column = typeof cell === "string" ? columnFor(columns, cell) : undefined;
      if (column && found[column.key] === undefined) found[column.key] = c;
    });
    const count = required.filter((c) => found[c.key] !== undefined).length;
    if (!best || count > required.filter((c) => best!.found[c.key] !== undefined).length) {
      best = { row: r, found };
    }
    if (count === required.length) break;
  }
  const missing = required.filter((c) => best?.found[c.key] === undefined);
  if (!best || missing.length > 0) {
    for (const column of missing) {
      problems.push({
        severity: "error",
        code: "missingHeader",
        sheet: sheet.name,
        cell: "",
        shown: "",
        detail: `${column.ko} / ${column.en}`,
      });
    }
    return null;
  }
  return {
    sheet: sheet.name,
    headerRow: best.row,
    columns: best.found,
    lastRow: lastUsedRow(sheet),
  };
}

function enumWords(name: keyof typeof ENUMS): string {
  return ENUMS[name].map((o) => `${o.ko}/${o.en}`).join(", ");
}

/** Reads one figure cell, recording its problem or warning; the figure either way. */
function figureAt(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  options: FigureOptions,
  problems: Problem[]
): Figure {
  if (col === undefined) return { kind: "blank" };
  const cell = mergedCell(sheet, row, col);
  const figure = readFigure(cell, options);
  const where = { sheet: sheet.name, cell: cellAddress(row, col), shown: shownValue(cell) };
  if (figure.kind === "problem") {
    problems.push({ severity: "error", code: figure.problem, ...where });
  } else if (figure.kind === "number" && figure.warning) {
    problems.push({ severity: "warning", code: figure.warning, ...where, detail: where.shown });
  }
  return figure;
}

const numberOr = (figure: Figure, fallback: number | null) =>
  figure.kind === "number" ? figure.value : fallback;

function readSettings(
  snapshot: WorkbookSnapshot,
  problems: Problem[]
): { settings: Settings; layout: Layout["settings"] } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    year: new Date().getFullYear(),
    department: "",
    mission: "",
  };
  const sheet = findSheet(snapshot, SHEETS.settings);
  if (!sheet) return { settings, layout: null };
  const valueCells = labelledValueCells(sheet, SETTING_ROWS);
  const record = settings as unknown as Record<string, unknown>;
  for (const setting of SETTING_ROWS) {
    const at = valueCells[setting.key];
    if (!at) continue;
    const cell = cellOf(sheet, at.row, at.col);
    const text = textOf(cell);
    if (text === "") continue;
    const bad = () =>
      problems.push({
        severity: "error",
        code: "badSetting",
        sheet: sheet.name,
        cell: cellAddress(at.row, at.col),
        shown: shownValue(cell),
        detail: String(setting.defaultValue ?? "-"),
      });
    if (setting.kind === "text") {
      record[setting.key] = text;
    } else if (setting.kind === "formula") {
      const compact = text.replace(/\s/g, "");
      const formula = LOWER_FORMULAS.find((f) => f.text === compact);
      if (formula) record[setting.key] = formula.value;
      else bad();
    } else {
      const figure = readFigure(cell, { percent: setting.kind === "percent" });
      const value = figure.kind === "number" ? figure.value : null;
      const valid =
        value !== null &&
        (setting.kind === "month"
          ? Number.isInteger(value) && value >= 1 && value <= 12
          : setting.kind === "year"
            ? Number.isInteger(value) && value >= 1900 && value <= 9999
            : true);
      if (valid) record[setting.key] = value;
      else bad();
    }
  }
  // Both shares 0 would leave a task with KPIs and activities no score at all.
  if (
    settings.kpiShare < 0 ||
    settings.executionShare < 0 ||
    settings.kpiShare + settings.executionShare <= 0
  ) {
    const at = valueCells.executionShare ?? valueCells.kpiShare;
    problems.push({
      severity: "error",
      code: "badShares",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: `${settings.kpiShare} / ${settings.executionShare}`,
      detail: `${DEFAULT_SETTINGS.kpiShare} / ${DEFAULT_SETTINGS.executionShare}`,
    });
    settings.kpiShare = DEFAULT_SETTINGS.kpiShare;
    settings.executionShare = DEFAULT_SETTINGS.executionShare;
  }
  // The year score needs both half-year shares; one alone is a mistake to name, not to guess.
  const halves = [settings.firstHalfShare, settings.secondHalfShare];
  if (
    halves.some((share) => share !== null) &&
    (halves.some((share) => share === null || share < 0) ||
      (settings.firstHalfShare ?? 0) + (settings.secondHalfShare ?? 0) <= 0)
  ) {
    const at =
      settings.firstHalfShare === null ? valueCells.firstHalfShare : valueCells.secondHalfShare;
    problems.push({
      severity: "warning",
      code: "badHalfShares",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: halves.map((share) => share ?? "").join(" / "),
    });
    settings.firstHalfShare = null;
    settings.secondHalfShare = null;
  }
  return { settings, layout: { sheet: sheet.name, valueCells } };
}

interface GoalsRead {
  kpis: Kpi[];
  kpiRows: number[];
}

function readGoals(sheet: SheetSnapshot, table: TableLayout, problems: Problem[]): GoalsRead {
  const kpis: Kpi[] = [];
  const kpiRows: number[] = [];
  const col = table.columns;
  const text = (row: number, key: string) =>
    col[key] === undefined ? "" : textOf(mergedCell(sheet, row, col[key]));
  const firstOfTask = new Map<string, Kpi>();
  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const taskNo = text(row, "taskNo");
    const indicator = text(row, "indicator");
    if (!indicator) continue; // blank, comment or the user's own rows
    const where = (key: string) => ({ sheet: sheet.name, cell: cellAddress(row, col[key] ?? 0) });
    if (!taskNo) {
      problems.push({ severity: "error", code: "missingTaskNo", ...where("taskNo"), shown: "" });
      continue;
    }
    let hasError = false;
    const unit = text(row, "unit");
    const percent = unit === "%";
    const enumAt = <T extends string>(key: string, name: keyof typeof ENUMS, fallback: T): T => {
      const typed = text(row, key);
      if (!typed) return fallback;
      const value = enumValue(ENUMS[name] as { value: T; ko: string; en: string }[], typed);
      if (value) return value;
      hasError = true;
      problems.push({
        severity: "error",
        code: "unknownWord",
        ...where(key),
        shown: typed,
        detail: enumWords(name),
      });
      return fallback;
    };
    // A blank 지표유형 means what the unit suggests: a level for %, a running total otherwise.
    const type = enumAt("type", "indicatorType", percent ? "latest" : "cumulative");
    let direction: Direction = enumAt("direction", "direction", "higher");
    const targetFigure = figureAt(sheet, row, col.target, { percent }, problems);
    let target = numberOr(targetFigure, null);
    // A comparison word in the target ("5건 이하") says the direction: with 방향 blank it is
    // taken (and said); a 방향 that says otherwise is a contradiction to resolve.
    const bound = targetFigure.kind === "number" ? targetFigure.bound : undefined;
    const implied = bound === "atMost" ? "lower" : "higher";
    if (bound && implied !== direction) {
      const typedDirection = text(row, "direction");
      const shown = shownValue(mergedCell(sheet, row, col.target));
      if (typedDirection) {
        hasError = true;
        problems.push({
          severity: "error",
          code: "directionContradicts",
          ...where("target"),
          shown,
          detail: typedDirection,
        });
      } else {
        direction = implied;
        problems.push({
          severity: "warning",
          code: "directionFromTarget",
          ...where("target"),
          shown,
        });
      }
    }
    if (targetFigure.kind === "blank" || targetFigure.kind === "none") {
      problems.push({ severity: "error", code: "blankTarget", ...where("target"), shown: "" });
    } else if (target === 0 && direction === "higher") {
      problems.push({ severity: "error", code: "zeroTarget", ...where("target"), shown: "0" });
      target = null;
    }
    if (target === null) hasError = true;
    const previous = numberOr(
      figureAt(sheet, row, col.previous, { percent, allowNone: true }, problems),
      null
    );
    const weightFigure = figureAt(sheet, row, col.weight, {}, problems);
    let weight = numberOr(weightFigure, 1) as number;
    if (weightFigure.kind === "number" && weight <= 0) {
      problems.push({
        severity: "error",
        code: "badWeight",
        ...where("weight"),
        shown: String(weight),
      });
      weight = 1;
    }
    const budget = numberOr(figureAt(sheet, row, col.budget, {}, problems), 0) as number;
    const first = firstOfTask.get(taskNo);
    // Goal and task names written once per task (merged or not) apply to the task's other rows.
    const inherit = (key: "strategicGoal" | "performanceGoal" | "task") =>
      text(row, key) || first?.[key] || "";
    const kpi: Kpi = {
      id: cellAddress(row, col.indicator),
      strategicGoal: inherit("strategicGoal"),
      performanceGoal: inherit("performanceGoal"),
      taskNo,
      task: inherit("task"),
      name: indicator,
      unit,
      type,
      direction,
      target,
      previous,
      weight,
      budget,
      plan: null,
      actual: null,
      numerator: null,
      denominator: null,
      hasError,
    };
    if (!first) firstOfTask.set(taskNo, kpi);
    kpis.push(kpi);
    kpiRows.push(row);
  }
  return { kpis, kpiRows };
}

function readMonthly(
  sheet: SheetSnapshot,
  table: TableLayout,
  kpis: Kpi[],
  problems: Problem[]
): {
  activities: Activity[];
  spending: Spending[];
  rows: MonthlyRowLayout[];
  unreadableActualMonths: number[];
} {
  const col = table.columns;
  // A KPI by task and name, the first of its kind: one lookup per row, not a scan of every KPI.
  const kpiKey = (taskNo: string, name: string) => `${taskNo}\u0000${headerKey(name)}`;
  const kpiIndexByKey = new Map<string, number>();
  kpis.forEach((k, i) => {
    if (!kpiIndexByKey.has(kpiKey(k.taskNo, k.name)))
      kpiIndexByKey.set(kpiKey(k.taskNo, k.name), i);
  });
  const text = (row: number, key: string) =>
    col[key] === undefined ? "" : textOf(mergedCell(sheet, row, col[key]));
  const activities: Activity[] = [];
  const activityByKey = new Map<string, number>();
  const spendingByTask = new Map<string, (number | null)[][]>();
  const rows: MonthlyRowLayout[] = [];
  const seen = new Map<string, string>();
  const taskNos = new Set(kpis.map((k) => k.taskNo));
  const mutable = kpis as { -readonly [K in keyof Kpi]: Kpi[K] }[];
  const unreadableActualMonths = new Set<number>();

  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const taskNo = text(row, "taskNo");
    const item = text(row, "item");
    const kindText = text(row, "kind");
    const rowText = text(row, "row");
    const hasFigures = MONTHLY_COLUMNS.some(
      (c) =>
        /^m\d+$/.test(c.key) && col[c.key] !== undefined && cellOf(sheet, row, col[c.key]) !== null
    );
    // Blank rows, and notes written across the table ("※ …"), are not data.
    if (!kindText && !rowText && !hasFigures) continue;
    const where = (key: string) => ({ sheet: sheet.name, cell: cellAddress(row, col[key] ?? 0) });
    const kind = enumValue(ENUMS.monthlyKind, kindText);
    const rowKind = enumValue(ENUMS.monthlyRow, rowText);
    if (!kind || !rowKind) {
      const key = kind ? "row" : "kind";
      problems.push({
        severity: "error",
        code: "unknownWord",
        ...where(key),
        shown: kind ? rowText : kindText,
        detail: enumWords(kind ? "monthlyRow" : "monthlyKind"),
      });
      continue;
    }
    if (!taskNo) {
      // An activity with no task counts nowhere; any other row is missing what it belongs to.
      problems.push(
        kind === "activity"
          ? { severity: "warning", code: "activityWithoutTask", ...where("taskNo"), shown: item }
          : { severity: "error", code: "missingTaskNo", ...where("taskNo"), shown: "" }
      );
      continue;
    }
    const identity = `${taskNo}|${headerKey(item)}|${kind}|${rowKind}`;
    if (seen.has(identity) && kind !== "spending") {
      problems.push({
        severity: "error",
        code: "duplicateRow",
        ...where("item"),
        shown: item,
        detail: seen.get(identity),
      });
      continue;
    }
    seen.set(identity, cellAddress(row, col.item));

    const kpiIndex =
      kind === "kpi" || kind === "numerator" || kind === "denominator"
        ? (kpiIndexByKey.get(kpiKey(taskNo, item)) ?? -1)
        : -1;
    const kpi = kpiIndex >= 0 ? kpis[kpiIndex] : undefined;
    const percent = kind === "kpi" && kpi?.unit === "%";
    const badMonths: number[] = [];
    const months = Array.from({ length: 12 }, (_, m) => {
      const figure = figureAt(sheet, row, col[`m${m + 1}`], { percent }, problems);
      if (figure.kind === "problem") badMonths.push(m + 1);
      return figure.kind === "number" ? figure.value : null;
    });
    const rowHasError = badMonths.length > 0;

    const layout: MonthlyRowLayout = { row, kind, rowKind, months };
    if (kind === "kpi" || kind === "numerator" || kind === "denominator") {
      if (!kpi) {
        problems.push({
          severity: "error",
          code: "unknownKpi",
          ...where("item"),
          shown: item,
          detail: taskNo,
        });
        continue;
      }
      layout.kpiIndex = kpiIndex;
      const target = mutable[kpiIndex];
      if (rowHasError) target.hasError = true;
      if (kind === "kpi") target[rowKind === "plan" ? "plan" : "actual"] = months;
      else if (rowKind === "actual") target[kind] = months;
    } else if (kind === "activity") {
      if (!taskNos.has(taskNo)) {
        problems.push({
          severity: "warning",
          code: "unknownTask",
          ...where("taskNo"),
          shown: taskNo,
          detail: taskNo,
        });
      }
      const key = `${taskNo}|${headerKey(item)}`;
      let index = activityByKey.get(key);
      if (index === undefined) {
        index = activities.length;
        activityByKey.set(key, index);
        activities.push({
          id: cellAddress(row, col.item),
          taskNo,
          name: item,
          plan: Array(12).fill(null),
          actual: Array(12).fill(null),
          hasError: false,
        });
      }
      const activity = activities[index] as { -readonly [K in keyof Activity]: Activity[K] };
      activity[rowKind] = months;
      if (rowHasError) activity.hasError = true;
      layout.activityIndex = index;
    } else if (rowKind === "actual") {
      spendingByTask.set(taskNo, [...(spendingByTask.get(taskNo) ?? []), months]);
    }
    if (rowKind === "actual") badMonths.forEach((m) => unreadableActualMonths.add(m));
    rows.push(layout);
  }
  const spending = [...spendingByTask].map(([taskNo, series]) => ({
    taskNo,
    actual: Array.from({ length: 12 }, (_, m) => {
      const values = series.map((s) => s[m]).filter((v): v is number => v !== null);
      return values.length ? values.reduce((a, b) => a + b, 0) : null;
    }),
  }));
  return {
    activities,
    spending,
    rows,
    unreadableActualMonths: [...unreadableActualMonths].sort((a, b) => a - b),
  };
}

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const problems: Problem[] = [];
  const { settings, layout: settingsLayout } = readSettings(snapshot, problems);
  const goalsSheet = findSheet(snapshot, SHEETS.goals);
  const monthlySheet = findSheet(snapshot, SHEETS.monthly);
  for (const [sheet, name] of [
    [goalsSheet, SHEETS.goals],
    [monthlySheet, SHEETS.monthly],
  ] as const) {
    if (!sheet) {
      problems.push({
        severity: "error",
        code: "missingSheet",
        sheet: name.ko,
        cell: "",
        shown: "",
        detail: `${name.ko} / ${name.en}`,
      });
    }
  }
  const goalsTable = goalsSheet && findTable(goalsSheet, GOAL_COLUMNS, problems);
  const monthlyTable = monthlySheet && findTable(monthlySheet, MONTHLY_COLUMNS, problems);
  if (!goalsSheet || !monthlySheet || !goalsTable || !monthlyTable) return { ok: false, problems };

  const goals = readGoals(goalsSheet, goalsTable, problems);
  const monthly = readMonthly(monthlySheet, monthlyTable, goals.kpis, problems);
  return {
    ok: true,
    plan: {
      settings,
      kpis: goals.kpis,
      activities: monthly.activities,
      spending: monthly.spending,
      unreadableActualMonths: monthly.unreadableActualMonths,
    },
    layout: {
      settings: settingsLayout,
      goals: { ...goalsTable, kpiRows: goals.kpiRows },
      monthly: { ...monthlyTable, rows: monthly.rows },
    },
    problems,
  };
}
