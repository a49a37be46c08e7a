// Compute's columns in the input sheets: 목표's 실적, 달성률, 진도율, 상태 and 점수 on each KPI row,
// 월별실적's 누계, 이행률 and 상태 on each row — added right of the table where the sheet lacks
// them — and nothing else of those sheets.
import type { ActivityResult, KpiResult, Status } from "../rules/evaluate";
import type { Kpi, MonthlyFigures } from "../rules/model";
import type { Layout, TableLayout } from "../format/read";
import { GOAL_COLUMNS, MONTHLY_COLUMNS, type Column, type Lang } from "../format/schema";
import { NUMBER_FORMATS, STYLES, figureFormat, statusStyle } from "../format/styles";
import { inputSheetFrame } from "../format/template";
import { statusWord } from "../format/words";
import type { CellStyle, CellWrite, SheetWrite, WorkbookSnapshot } from "../format/workbook";
import type { ComputeContext } from "./context";

/** Where a computed column is, adding it after the table's last column when the sheet lacks it. */
function computedColumns(
  table: TableLayout,
  columns: readonly Column[],
  lang: Lang,
  snapshotWidth: number
): { at: Record<string, number>; headers: CellWrite[] } {
  const at: Record<string, number> = {};
  const headers: CellWrite[] = [];
  let next = Math.max(snapshotWidth, ...Object.values(table.columns).map((c) => c + 1));
  for (const column of columns.filter((c) => c.computed)) {
    const existing = table.columns[column.key];
    at[column.key] = existing ?? next++;
    if (existing === undefined) {
      headers.push({
        row: table.headerRow,
        col: at[column.key],
        value: column[lang],
        style: STYLES.computedHeader,
      });
    }
  }
  return { at, headers };
}

/** Columns in use anywhere in the table's sheet: a computed column added goes right of them all. */
const tableWidth = (snapshot: WorkbookSnapshot, table: TableLayout) => {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  return Math.max(0, ...(sheet?.rows ?? []).map((row) => row?.length ?? 0));
};

function kpiCells(
  result: KpiResult,
  row: number,
  at: Record<string, number>,
  lang: Lang
): CellWrite[] {
  const format = figureFormat(result.kpi);
  return [
    { row, col: at.actual, value: result.actual, style: { numberFormat: format } },
    {
      row,
      col: at.achievement,
      value: result.achievement,
      style: { numberFormat: NUMBER_FORMATS.percent },
    },
    { row, col: at.pace, value: result.pace, style: { numberFormat: NUMBER_FORMATS.percent } },
    {
      row,
      col: at.status,
      value: statusWord(result.status, lang),
      style: statusStyle(result.status),
    },
    { row, col: at.score, value: result.score, style: { numberFormat: NUMBER_FORMATS.score } },
  ];
}

export function goalsWrite(context: ComputeContext, lang: Lang): SheetWrite {
  const { layout, evaluation, snapshot } = context;
  const { at, headers } = computedColumns(
    layout.goals,
    GOAL_COLUMNS,
    lang,
    tableWidth(snapshot, layout.goals)
  );
  const cells = [...headers];
  evaluation.kpis.forEach((result, i) =>
    cells.push(...kpiCells(result, layout.goals.kpiRows[i], at, lang))
  );
  return {
    name: layout.goals.sheet,
    mode: "patch",
    input: true,
    cells,
    ...inputSheetFrame("goals", layout.goals.headerRow, evaluation.settings.department),
  };
}

const sumTo = (figures: MonthlyFigures | null, month: number) =>
  (figures ?? []).slice(0, month).reduce<number>((sum, v) => sum + (v ?? 0), 0);

const monthlyFigureStyles = new Map<string, CellStyle>();
/** One style object per format: adapters cache looks by object. */
function monthlyFigureStyle(numberFormat: string): CellStyle {
  let style = monthlyFigureStyles.get(numberFormat);
  if (!style) {
    style = { numberFormat, border: true };
    monthlyFigureStyles.set(numberFormat, style);
  }
  return style;
}
const NO_STATUS_STYLE: CellStyle = { border: true, align: "center" };

export function monthlyWrite(context: ComputeContext, lang: Lang): SheetWrite {
  const { layout, evaluation, snapshot } = context;
  const month = evaluation.asOfMonth;
  const { at, headers } = computedColumns(
    layout.monthly,
    MONTHLY_COLUMNS,
    lang,
    tableWidth(snapshot, layout.monthly)
  );
  const cells = [...headers];
  for (const entry of layout.monthly.rows) {
    let execution: number | null = null;
    let status: Status | null = null;
    let format: string = NUMBER_FORMATS.count;
    let toDate: number | null = sumTo(entry.months, month);
    if (entry.kpiIndex !== undefined) {
      const result = evaluation.kpis[entry.kpiIndex];
      const kpi = result.kpi;
      if (entry.kind === "kpi") {
        format = kpi.unit === "%" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count;
        // A level or an average has no running total worth showing.
        if (kpi.type !== "cumulative") toDate = null;
      }
      if (entry.rowKind === "actual") status = result.status;
    } else if (entry.activityIndex !== undefined && entry.rowKind === "actual") {
      const result: ActivityResult = evaluation.activities[entry.activityIndex];
      execution = result.execution;
      status = result.status;
    }
    // Every computed cell bordered, status cells centred whether or not the row has a status: the
    // same look runs down the columns, which Excel applies in one area instead of one per row.
    cells.push(
      { row: entry.row, col: at.toDate, value: toDate, style: monthlyFigureStyle(format) },
      {
        row: entry.row,
        col: at.execution,
        value: execution,
        style: monthlyFigureStyle(NUMBER_FORMATS.percent),
      },
      {
        row: entry.row,
        col: at.status,
        value: status ? statusWord(status, lang) : null,
        style: status ? statusStyle(status) : NO_STATUS_STYLE,
      }
    );
  }
  return {
    name: layout.monthly.sheet,
    mode: "patch",
    input: true,
    cells,
    ...inputSheetFrame("monthly", layout.monthly.headerRow, evaluation.settings.department),
  };
}

/**
 * Compute's cells on 목표's KPI rows and 월별실적's rows emptied, in the look a row has before any
 * Compute (새해 양식): no value, no status colour. Columns the sheets lack are not added.
 */
export function computedCellsCleared(
  layout: Layout,
  kpis: readonly Kpi[]
): { goals: CellWrite[]; monthly: CellWrite[] } {
  const goalsAt = layout.goals.columns;
  const goals = layout.goals.kpiRows.flatMap((row, i) => {
    const looks: [string, CellStyle | undefined][] = [
      ["actual", { numberFormat: figureFormat(kpis[i]) }],
      ["achievement", PERCENT],
      ["pace", PERCENT],
      ["status", undefined],
      ["score", SCORE],
    ];
    return looks
      .filter(([key]) => goalsAt[key] !== undefined)
      .map(([key, style]) => ({ row, col: goalsAt[key], value: null, style }));
  });
  const monthlyAt = layout.monthly.columns;
  const monthly = layout.monthly.rows.flatMap(({ row }) => {
    const looks: [string, CellStyle][] = [
      ["toDate", monthlyFigureStyle(NUMBER_FORMATS.count)],
      ["execution", monthlyFigureStyle(NUMBER_FORMATS.percent)],
      ["status", NO_STATUS_STYLE],
    ];
    return looks
      .filter(([key]) => monthlyAt[key] !== undefined)
      .map(([key, style]) => ({ row, col: monthlyAt[key], value: null, style }));
  });
  return { goals, monthly };
}

const PERCENT: CellStyle = { numberFormat: NUMBER_FORMATS.percent };
const SCORE: CellStyle = { numberFormat: NUMBER_FORMATS.score };
