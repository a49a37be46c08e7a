// The evaluation sheets as a fresh workbook: 설정 with its defaults, 목표 and 월별실적 with their
// headers (and, with the sample, the 2011 plan), drop-down lists and formats.
import { format, messagesFor } from "../../i18n";
import { pageSetup, widthsOf } from "./page";
import { readWorkbook, type Layout } from "./read";
import {
  ENUMS,
  GOAL_COLUMNS,
  LOWER_FORMULAS,
  MONTHLY_COLUMNS,
  SETTING_ROWS,
  SHEETS,
  languageOfSheetNames,
  sheetNameMatches,
  type Column,
  type Lang,
  type Named,
} from "./schema";
import type { GoalRow, MonthlyRow, PlanRows } from "./planRows";
import { NUMBER_FORMATS, STYLES } from "./styles";
import {
  cellAddress,
  type CellStyle,
  type CellWrite,
  type SheetWrite,
  type WorkbookSnapshot,
  type WorkbookWrite,
} from "./workbook";

export interface TemplateOptions {
  lang: Lang;
  year: number;
  department: string;
  mission?: string;
  sample?: PlanRows;
}

/** First data row of each table in a fresh template (row 0 title, row 1 blank, row 2 headers). */
export const TEMPLATE_HEADER_ROW = 2;
/** Rows the template prepares (drop-downs, formats) below the header. */
const TEMPLATE_ROWS = 300;

const name = (named: { ko: string; en: string }, lang: Lang) => named[lang];

function headerCells(columns: readonly Column[], lang: Lang, row: number): CellWrite[] {
  return columns.map((column, col) => ({
    row,
    col,
    value: name(column, lang),
    style: column.computed ? STYLES.computedHeader : STYLES.inputHeader,
  }));
}

const enumWord = (
  options: readonly { value: string; ko: string; en: string }[],
  value: string,
  lang: Lang
) => options.find((o) => o.value === value)?.[lang] ?? value;

function settingsSheet(options: TemplateOptions): SheetWrite {
  const { lang } = options;
  const cells: CellWrite[] = [
    { row: 0, col: 0, value: messagesFor(lang).workbook.settingsTitle, style: STYLES.title },
  ];
  SETTING_ROWS.forEach((setting, i) => {
    const row = i + 2;
    let value: string | number | null = setting.defaultValue;
    if (setting.key === "year") value = options.year;
    if (setting.key === "department") value = options.department;
    if (setting.key === "mission") value = options.mission ?? "";
    if (setting.key === "lowerIsBetterFormula") value = LOWER_FORMULAS[0].text;
    cells.push(
      { row, col: 0, value: name(setting, lang), style: STYLES.label },
      {
        row,
        col: 1,
        value: value === "" ? null : value,
        style:
          setting.kind === "percent" ? { numberFormat: NUMBER_FORMATS.wholePercent } : undefined,
      },
      { row, col: 2, value: name(setting.help, lang), style: STYLES.note }
    );
  });
  return {
    name: name(SHEETS.settings, lang),
    mode: "replace",
    input: true,
    cells,
    columnWidths: [
      { col: 0, width: 18 },
      { col: 1, width: 28 },
      { col: 2, width: 60 },
    ],
    listValidations: [
      {
        range: cellAddress(2 + SETTING_ROWS.findIndex((s) => s.key === "lowerIsBetterFormula"), 1),
        values: LOWER_FORMULAS.map((f) => f.text),
      },
    ],
  };
}

const columnIndex = (columns: readonly Column[], key: string) =>
  columns.findIndex((c) => c.key === key);

/** A column's prepared rows below the header in a fresh template ("I4:I303"). */
function dataRange(columns: readonly Column[], key: string): string {
  const col = columnIndex(columns, key);
  return `${cellAddress(TEMPLATE_HEADER_ROW + 1, col)}:${cellAddress(TEMPLATE_HEADER_ROW + TEMPLATE_ROWS, col)}`;
}

function goalCells(goal: GoalRow, row: number, lang: Lang): CellWrite[] {
  const percent = goal.unit === "%";
  const figureFormat = { numberFormat: percent ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count };
  const values: Record<string, { value: string | number | null; style?: CellStyle }> = {
    strategicGoal: { value: goal.strategicGoal },
    performanceGoal: { value: goal.performanceGoal },
    taskNo: { value: goal.taskNo },
    task: { value: goal.task },
    department: { value: goal.department },
    owner: { value: goal.owner },
    indicator: { value: goal.indicator },
    unit: { value: goal.unit },
    type: { value: enumWord(ENUMS.indicatorType, goal.type, lang) },
    direction: { value: enumWord(ENUMS.direction, goal.direction, lang) },
    target: { value: goal.target, style: figureFormat },
    previous: { value: goal.previous, style: figureFormat },
    weight: { value: goal.weight },
    budget: { value: goal.budget, style: { numberFormat: NUMBER_FORMATS.count } },
    funding: { value: goal.funding },
    budgetItem: { value: goal.budgetItem },
    notes: { value: goal.notes },
  };
  return Object.entries(values)
    .filter(([, cell]) => cell.value !== null && cell.value !== "")
    .map(([key, cell]) => ({ row, col: columnIndex(GOAL_COLUMNS, key), ...cell }));
}

function goalsSheet(options: TemplateOptions): SheetWrite {
  const { lang, sample } = options;
  const title = format(messagesFor(lang).workbook.goalsTitle, {
    year: options.year,
    department: options.department,
  });
  const cells: CellWrite[] = [
    { row: 0, col: 0, value: title, style: STYLES.title },
    ...headerCells(GOAL_COLUMNS, lang, TEMPLATE_HEADER_ROW),
  ];
  sample?.goals.forEach((goal, i) =>
    cells.push(...goalCells(goal, TEMPLATE_HEADER_ROW + 1 + i, lang))
  );
  return {
    name: name(SHEETS.goals, lang),
    mode: "replace",
    input: true,
    cells,
    columnWidths: GOAL_COLUMNS.map((c, col) => ({ col, width: c.width })),
    listValidations: [
      { range: dataRange(GOAL_COLUMNS, "type"), values: ENUMS.indicatorType.map((o) => o[lang]) },
      { range: dataRange(GOAL_COLUMNS, "direction"), values: ENUMS.direction.map((o) => o[lang]) },
    ],
  };
}

/** The KPI rows 월별실적 needs for a goal: 분자/분모 for ratios, a plan row for running totals. */
function kpiMonthlyRows(
  goal: Pick<GoalRow, "taskNo" | "indicator" | "unit" | "type">
): MonthlyRow[] {
  const base = {
    taskNo: goal.taskNo,
    item: goal.indicator,
    unit: goal.unit,
    months: Array(12).fill(null),
    notes: "",
  };
  if (goal.type === "ratio") {
    return [
      { ...base, kind: "numerator", row: "actual", unit: "" },
      { ...base, kind: "denominator", row: "actual", unit: "" },
    ];
  }
  if (goal.type === "cumulative") {
    return [
      { ...base, kind: "kpi", row: "plan" },
      { ...base, kind: "kpi", row: "actual" },
    ];
  }
  return [{ ...base, kind: "kpi", row: "actual" }];
}

/** Where each 월별실적 column is: the template's order, or an existing sheet's own. */
export type ColumnOf = (key: string) => number | undefined;

const templateColumn: ColumnOf = (key) => columnIndex(MONTHLY_COLUMNS, key);

/** One 월별실적 row: its inputs, the live 계 formula and formats. */
function monthlyRowCells(
  entry: MonthlyRow,
  row: number,
  lang: Lang,
  percent: boolean,
  at: ColumnOf = templateColumn
): CellWrite[] {
  const monthFormat = { numberFormat: percent ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count };
  const monthCols = entry.months.map((_, m) => at(`m${m + 1}`) as number);
  const contiguous = monthCols.every((col, m) => m === 0 || col === monthCols[m - 1] + 1);
  const sum = contiguous
    ? `SUM(${cellAddress(row, monthCols[0])}:${cellAddress(row, monthCols[11])})`
    : `SUM(${monthCols.map((col) => cellAddress(row, col)).join(",")})`;
  const total = entry.months.reduce<number>((acc, v) => acc + (v ?? 0), 0);
  const cells: (Omit<CellWrite, "col"> & { col: number | undefined })[] = [
    { row, col: at("taskNo"), value: entry.taskNo },
    { row, col: at("item"), value: entry.item },
    { row, col: at("kind"), value: enumWord(ENUMS.monthlyKind, entry.kind, lang) },
    { row, col: at("row"), value: enumWord(ENUMS.monthlyRow, entry.row, lang) },
    { row, col: at("unit"), value: entry.unit || null },
    ...entry.months.map((value, m) => ({ row, col: monthCols[m], value, style: monthFormat })),
    { row, col: at("notes"), value: entry.notes || null },
    { row, col: at("total"), value: total, formula: sum, style: monthFormat },
  ];
  // A column the sheet does not have (an old 비고-less layout) is simply not written.
  return cells.filter(
    (c): c is CellWrite => c.col !== undefined && (c.value !== null || !!c.style)
  );
}

function monthlySheet(options: TemplateOptions): SheetWrite {
  const { lang, sample } = options;
  const title = format(messagesFor(lang).workbook.monthlyTitle, {
    year: options.year,
    department: options.department,
  });
  const cells: CellWrite[] = [
    { row: 0, col: 0, value: title, style: STYLES.title },
    ...headerCells(MONTHLY_COLUMNS, lang, TEMPLATE_HEADER_ROW),
  ];
  if (sample) {
    const units = new Map(sample.goals.map((g) => [`${g.taskNo}|${g.indicator}`, g.unit]));
    // The KPI rows the goals need, then the sample's own rows where they fill the same slot; the
    // task's other rows (activities, budget) after its KPIs. Looked up by key, not searched: a
    // plan of 50,000 rows would take minutes.
    const slot = (r: Pick<MonthlyRow, "taskNo" | "item" | "kind" | "row">) =>
      `${r.taskNo}\u0000${r.item}\u0000${r.kind}\u0000${r.row}`;
    const given = new Map<string, MonthlyRow>();
    const othersOf = new Map<string, MonthlyRow[]>();
    for (const r of sample.monthly) {
      if (!given.has(slot(r))) given.set(slot(r), r);
      if (["kpi", "numerator", "denominator"].includes(r.kind)) continue;
      const others = othersOf.get(r.taskNo) ?? [];
      others.push(r);
      othersOf.set(r.taskNo, others);
    }
    const rows: MonthlyRow[] = [];
    const placed = new Set<MonthlyRow>();
    const place = (r: MonthlyRow) => {
      if (placed.has(r)) return;
      placed.add(r);
      rows.push(r);
    };
    for (const goal of sample.goals) {
      for (const needed of kpiMonthlyRows(goal)) {
        // A slot two goals share (the same KPI twice) is written for each, as the goals are.
        const row = given.get(slot(needed)) ?? needed;
        placed.add(row);
        rows.push(row);
      }
      for (const r of othersOf.get(goal.taskNo) ?? []) place(r);
    }
    // Rows of no task the goals know (an imported activity whose task was not found) come last.
    for (const r of sample.monthly) place(r);
    rows.forEach((entry, i) => {
      const percent = entry.kind === "kpi" && units.get(`${entry.taskNo}|${entry.item}`) === "%";
      cells.push(...monthlyRowCells(entry, TEMPLATE_HEADER_ROW + 1 + i, lang, percent));
    });
  }
  return {
    name: name(SHEETS.monthly, lang),
    mode: "replace",
    input: true,
    cells,
    columnWidths: MONTHLY_COLUMNS.map((c, col) => ({ col, width: c.width })),
    listValidations: [
      { range: dataRange(MONTHLY_COLUMNS, "kind"), values: ENUMS.monthlyKind.map((o) => o[lang]) },
      { range: dataRange(MONTHLY_COLUMNS, "row"), values: ENUMS.monthlyRow.map((o) => o[lang]) },
    ],
  };
}

/**
 * What the add-in owns on 목표 and 월별실적 besides their cells: the header frozen, the page set
 * up. The template writes it, and every Compute writes it again (another program that re-saved
 * the workbook may have dropped it).
 */
export function inputSheetFrame(
  sheet: "goals" | "monthly",
  headerRow: number,
  department: string
): Pick<SheetWrite, "freeze" | "page"> {
  const header = { first: headerRow, last: headerRow };
  if (sheet === "goals") {
    const goalKey = (key: string) => GOAL_COLUMNS.findIndex((c) => c.key === key);
    return {
      freeze: { rows: headerRow + 1, cols: 0 },
      page: pageSetup({
        orientation: "landscape",
        widths: GOAL_COLUMNS.map((c) => c.width),
        department,
        headerRows: header,
        keyColumns: { first: goalKey("taskNo"), last: goalKey("task") },
      }),
    };
  }
  return {
    freeze: { rows: headerRow + 1, cols: 2 },
    page: pageSetup({
      orientation: "landscape",
      widths: MONTHLY_COLUMNS.map((c) => c.width),
      department,
      headerRows: header,
      keyColumns: { first: 0, last: 1 },
      // By half-year: 1–6월 on one page, 7–12월 and the columns after them on the next.
      breakBefore: [MONTHLY_COLUMNS.findIndex((c) => c.key === "m7")],
    }),
  };
}

/** The three input sheets of a new workbook. */
export function templateWrite(options: TemplateOptions): WorkbookWrite {
  const sample = options.sample;
  const resolved: TemplateOptions = sample
    ? { ...options, year: sample.year, department: sample.department, mission: sample.mission }
    : options;
  const department = resolved.department;
  const settings = settingsSheet(resolved);
  return {
    sheets: [
      {
        ...settings,
        page: pageSetup({
          orientation: "portrait",
          widths: widthsOf(settings.columnWidths, 3),
          department,
        }),
      },
      { ...goalsSheet(resolved), ...inputSheetFrame("goals", TEMPLATE_HEADER_ROW, department) },
      { ...monthlySheet(resolved), ...inputSheetFrame("monthly", TEMPLATE_HEADER_ROW, department) },
    ],
    activeSheet: name(SHEETS.goals, options.lang),
  };
}

/**
 * 평가 양식 갱신: the sheets a workbook lacks are created; in an existing 월별실적 the KPI rows that
 * 목표 needs and that are not there yet are added below its last row. Nothing that is there is
 * rewritten: regenerating never deletes or overwrites an entry.
 */
export function templateUpdateWrite(
  snapshot: WorkbookSnapshot,
  options: TemplateOptions
): WorkbookWrite {
  const fresh = templateWrite(options);
  const exists = (name: Named) => snapshot.sheets.some((s) => sheetNameMatches(name, s.name));
  const missing: SheetWrite[] = [];
  (["settings", "goals", "monthly"] as const).forEach((key, i) => {
    if (!exists(SHEETS[key])) missing.push(fresh.sheets[i]);
  });
  if (missing.length > 0) return { sheets: missing, activeSheet: fresh.activeSheet };

  const read = readWorkbook(snapshot, options.year);
  if (!read.ok) return { sheets: [] };
  const { layout, plan } = read;
  const lang = languageOfSheetNames(snapshot.sheets.map((s) => s.name));
  const have = new Set(
    layout.monthly.rows
      .filter((r) => r.kpiIndex !== undefined)
      .map((r) => `${r.kpiIndex}|${r.kind}|${r.rowKind}`)
  );
  const cells: CellWrite[] = [];
  let next = layout.monthly.lastRow + 1;
  plan.kpis.forEach((kpi, index) => {
    for (const needed of kpiMonthlyRows({
      taskNo: kpi.taskNo,
      indicator: kpi.name,
      unit: kpi.unit,
      type: kpi.type,
    })) {
      if (have.has(`${index}|${needed.kind}|${needed.row}`)) continue;
      const percent = needed.kind === "kpi" && kpi.unit === "%";
      cells.push(
        ...monthlyRowCells(needed, next++, lang, percent, (key) => layout.monthly.columns[key])
      );
    }
  });
  const sheets: SheetWrite[] = [];
  if (cells.length > 0)
    sheets.push({ name: layout.monthly.sheet, mode: "patch", input: true, cells });
  const settings = missingSettingsWrite(snapshot, layout, lang);
  if (settings) sheets.push(settings);
  return { sheets };
}

/**
 * The settings a workbook's 설정 lacks (one made before 상반기 비중, 하반기 비중 and 결재란 were
 * added), appended below its last used row with their defaults and help, as a new 설정 has them.
 */
function missingSettingsWrite(
  snapshot: WorkbookSnapshot,
  layout: Layout,
  lang: Lang
): SheetWrite | null {
  if (!layout.settings) return null;
  const have = layout.settings.valueCells;
  const lacking = SETTING_ROWS.filter((setting) => !have[setting.key]);
  if (lacking.length === 0) return null;
  const sheet = snapshot.sheets.find((s) => s.name === layout.settings?.sheet);
  let row = sheet?.rows.length ?? 0;
  const cells: CellWrite[] = [];
  for (const setting of lacking) {
    cells.push(
      { row, col: 0, value: name(setting, lang), style: STYLES.label },
      { row, col: 1, value: setting.defaultValue === "" ? null : setting.defaultValue },
      { row, col: 2, value: name(setting.help, lang), style: STYLES.note }
    );
    row++;
  }
  return { name: layout.settings.sheet, mode: "patch", input: true, cells };
}
