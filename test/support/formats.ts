// What a number looks like under the workbook's number formats, as Excel shows it (half away
// from zero, on the decimal value): the tests' own reading, made with Intl and independent of
// src/core/rules/shown.ts, which the report uses. Only the formats the tests compare: "#,##0", "0.0",
// "0.0%".
const format = (options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat("en-US", {
    roundingMode: "halfExpand",
    ...options,
  } as Intl.NumberFormatOptions);

const FORMATS = {
  count: format({ maximumFractionDigits: 0 }),
  score: format({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
  percent: format({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** The text a cell of this format shows for `value`. */
export const shown = (value: number, as: keyof typeof FORMATS) => FORMATS[as].format(value);

/** A score rounded as the workbook shows it (one decimal, half away from zero). */
export const roundedScore = (value: number) => Number(shown(value, "score"));
