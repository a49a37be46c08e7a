// 취합_지표, declared: every department's KPIs, one row each, as its own workbook shows them.
import { label } from "../format/labels";
import type { KpiLine } from "../year/consolidate";
import { pageSetup, widthsOf } from "../format/page";
import { CONSOLIDATION_SHEETS, type Lang } from "../format/schema";
import { NUMBER_FORMATS, STYLES, statusStyle } from "../format/styles";
import type { CellStyle, CellWrite, SheetWrite } from "../format/workbook";
import { statusWord } from "../format/words";
import { columnWidths, fixed, headerCells, rowCells, type OutputTable } from "./table";

// One look object per format, shared by every row: a thousand departments' KPIs are 90,000 rows.
const BORDER: CellStyle = { border: true };
const PERCENT: CellStyle = { ...BORDER, numberFormat: NUMBER_FORMATS.percent };
const COUNT: CellStyle = { ...BORDER, numberFormat: NUMBER_FORMATS.count };
const SCORE: CellStyle = { ...BORDER, numberFormat: NUMBER_FORMATS.score };
const figure = (_value: unknown, k: KpiLine) => (k.unit === "%" ? PERCENT : COUNT);

export const SUMMARY_KPI_TABLE: OutputTable<KpiLine> = [
  {
    key: "department",
    label: label("departmentShort"),
    width: 20,
    value: (k) => k.department,
    style: fixed(BORDER),
  },
  {
    key: "file",
    label: label("file"),
    width: 20,
    value: (k) => k.file,
    style: fixed(BORDER),
  },
  {
    key: "taskNo",
    label: label("taskNo"),
    width: 10,
    value: (k) => k.taskNo,
    style: fixed(BORDER),
  },
  {
    key: "indicator",
    label: label("indicator"),
    width: 20,
    value: (k) => k.name,
    style: fixed(BORDER),
  },
  {
    key: "unit",
    label: label("unit"),
    width: 10,
    value: (k) => k.unit,
    style: fixed(BORDER),
  },
  {
    key: "target",
    label: label("target"),
    width: 10,
    value: (k) => k.target,
    style: figure,
  },
  {
    key: "actual",
    label: label("actual"),
    width: 10,
    value: (k) => k.actual,
    style: figure,
  },
  {
    key: "achievement",
    label: label("achievement"),
    width: 10,
    value: (k) => k.achievement,
    style: fixed(PERCENT),
  },
  {
    key: "status",
    label: label("status"),
    width: 10,
    value: (k, lang) => statusWord(k.status, lang),
    style: (_value, k) => statusStyle(k.status),
  },
  {
    key: "score",
    label: label("score"),
    width: 10,
    value: (k) => k.score,
    style: fixed(SCORE),
  },
];

/** The 취합_지표 sheet of a consolidation titled `title` (its printed header). */
export function summaryKpisSheet(kpis: readonly KpiLine[], lang: Lang, title: string): SheetWrite {
  const cells: CellWrite[] = headerCells(SUMMARY_KPI_TABLE, 0, lang, STYLES.computedHeader);
  kpis.forEach((k, i) => cells.push(...rowCells(SUMMARY_KPI_TABLE, k, 1 + i, lang)));
  const widths = columnWidths(SUMMARY_KPI_TABLE);
  return {
    name: CONSOLIDATION_SHEETS.kpis[lang],
    mode: "replace",
    cells,
    columnWidths: widths,
    freeze: { rows: 1, cols: 0 },
    page: pageSetup({
      orientation: "landscape",
      widths: widthsOf(widths, SUMMARY_KPI_TABLE.length),
      headerRows: { first: 0, last: 0 },
      keyColumns: { first: 0, last: 0 },
      department: title,
    }),
  };
}
