// The add-in's looks, shared by every sheet it writes: cell styles by role, number formats, the
// status and grade colours. Adapters cache looks by object, so a look used on many cells is one
// object.
import type { Status } from "../rules/evaluate";
import type { Kpi } from "../rules/model";
import { STATUS_STYLE } from "./schema";
import type { CellStyle } from "./workbook";

export const STYLES = {
  title: { bold: true, size: 14 } as CellStyle,
  inputHeader: {
    bold: true,
    fill: "D9E1F2",
    border: true,
    wrap: true,
    align: "center",
  } as CellStyle,
  /** Computed columns are visibly the add-in's: dark header, white text. */
  computedHeader: {
    bold: true,
    fill: "1F4E78",
    color: "FFFFFF",
    border: true,
    wrap: true,
    align: "center",
  } as CellStyle,
  label: { bold: true, fill: "F2F2F2", border: true } as CellStyle,
  note: { italic: true, color: "595959" } as CellStyle,
};

export const NUMBER_FORMATS = {
  count: "#,##0",
  decimal: "#,##0.0",
  percent: "0.0%",
  wholePercent: "0%",
  score: "0.0",
  text: "@",
};

const statusStyles = new Map<Status, CellStyle>();
/** A status cell's look; the same object for the same status (adapters cache looks by object). */
export function statusStyle(status: Status): CellStyle {
  let style = statusStyles.get(status);
  if (!style) {
    style = {
      fill: STATUS_STYLE[status].fill,
      bold: status === "error",
      border: true,
      align: "center",
    };
    statusStyles.set(status, style);
  }
  return style;
}

/** A grade's colour where grades are listed (the summary, its distribution). */
export const GRADE_FILL: Record<string, string> = {
  S: "BDD7EE",
  A: "C6EFCE",
  B: "FFEB9C",
  C: "FCE4D6",
  D: "FFC7CE",
};

/** A KPI's figures as the workbook shows them: percent, one decimal for an average, else counts. */
export function figureFormat(kpi: Kpi): string {
  if (kpi.unit === "%") return NUMBER_FORMATS.percent;
  return kpi.type === "average" ? NUMBER_FORMATS.decimal : NUMBER_FORMATS.count;
}
