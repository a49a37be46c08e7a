// A number as a workbook shows it under one of the number formats the add-in writes
// (styles.ts NUMBER_FORMATS): what a report or a list prints must read as the cell does.
import { NUMBER_FORMATS } from "../format/styles";

/** Rounded half away from zero, as a spreadsheet rounds for display (after float noise goes). */
const rounded = (value: number, digits: number) => {
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / 10 ** digits;
};
const fixed = (value: number, digits: number) => rounded(value, digits).toFixed(digits);

const grouped = (value: number, digits: number) =>
  rounded(value, digits).toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** `value` under `numberFormat` ("#,##0", "#,##0.0", "0.0%", "0%", "0.0"); "-" for none. */
export function shownAs(value: number | null, numberFormat: string): string {
  if (value === null || !Number.isFinite(value)) return "-";
  switch (numberFormat) {
    case NUMBER_FORMATS.percent:
      return `${fixed(value * 100, 1)}%`;
    case NUMBER_FORMATS.wholePercent:
      return `${fixed(value * 100, 0)}%`;
    case NUMBER_FORMATS.score:
      return fixed(value, 1);
    case NUMBER_FORMATS.decimal:
      return grouped(value, 1);
    case NUMBER_FORMATS.count:
      return grouped(value, 0);
    default:
      // Not one of ours: the number as it is, without floating-point noise.
      return String(Number(value.toPrecision(12)));
  }
}
