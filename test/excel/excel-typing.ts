// What Excel stores when a string reaches a cell as if typed: written to Range.values (or
// Range.formulas) through Office.js, or typed by a person. The double uses it; so does
// `npm run excel:typing`.
//
// Sources (each rule names its own):
// [values]  @types/office-js, Range.values: "If the returned value starts with a plus ("+"), minus
//           ("-"), or equal sign ("="), Excel interprets this value as a formula."
// [229]     OfficeDev/office-js #229: `a1.values = '2018-12-31'` on a General cell gives a date,
//           and the cell's numberFormat becomes "m/d/yyyy".
// [1559]    OfficeDev/office-js #1559: strings are parsed by US conventions (m/d, "." decimals).
// [Formula] Range.Formula (Excel interop reference): "If you set the value or formula of a cell
//           to a date, Microsoft Excel checks to see whether that cell is already formatted with
//           one of the date or time number formats. If not, Microsoft Excel changes the number
//           format to the default short date number format."
// [entry]   Excel's cell entry as documented for users (Excel 2013 All-in-One For Dummies, "It
//           takes all kinds"): numbers with thousands separators, %, leading zeros (00123 → 123),
//           scientific notation, TRUE/FALSE, "1-2-12" and "3/4" taken as dates, and a leading
//           apostrophe that makes the rest text and is not stored.
// Where these are silent the double is stricter than Excel may be, and docs/excel.md says so:
// - a leading apostrophe is consumed in a cell formatted as text too;
// - "+" or "-" followed by anything that is not a number is a formula, a lone "-" included.

export type Entry =
  | { type: "string"; value: string }
  | { type: "number"; value: number; numberFormat?: string; dateFormat?: boolean }
  | { type: "boolean"; value: boolean }
  | { type: "formula"; formula: string };

const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE =
  /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel's serial day number of a date (1900 date system, past 1 March 1900). */
export function serialOf(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const validDate = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

const timeFraction = (h: string | undefined, m: string | undefined, s: string | undefined) =>
  h === undefined ? 0 : (Number(h) * 3600 + Number(m) * 60 + Number(s ?? 0)) / 86_400;

/** A date or time number format: Excel keeps it when a date is entered ([Formula]). */
export const isDateFormat = (format: string) =>
  /[dmyhs]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "")) && !/^General$/i.test(format);

function number(text: string): Entry | null {
  const m = NUMBER.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const [, sign, whole = "0", fraction = "", exponent, percent] = m;
  let value = Number(
    `${sign}${whole.replace(/,/g, "")}${fraction}${exponent ? `e${exponent}` : ""}`
  );
  const decimals = fraction ? fraction.length - 1 : 0;
  const zeros = decimals ? `.${"0".repeat(decimals)}` : "";
  if (percent) {
    value /= 100;
    return { type: "number", value, numberFormat: `0${zeros}%` };
  }
  if (exponent !== undefined) return { type: "number", value, numberFormat: "0.00E+00" };
  if (whole.includes(",")) return { type: "number", value, numberFormat: `#,##0${zeros}` };
  return { type: "number", value };
}

function date(text: string, year: number): Entry | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDate(y, mo, d)) return null;
    const time = timeFraction(iso[4], iso[5], iso[6]);
    return {
      type: "number",
      value: serialOf(y, mo, d) + time,
      numberFormat: iso[4] === undefined ? "m/d/yyyy" : "m/d/yyyy h:mm",
      dateFormat: true,
    };
  }
  const us = US_DATE.exec(text);
  if (us) {
    const y = us[3] === undefined ? year : Number(us[3].length === 2 ? `20${us[3]}` : us[3]);
    const [mo, d] = [Number(us[1]), Number(us[2])];
    if (!validDate(y, mo, d)) return null;
    return {
      type: "number",
      value: serialOf(y, mo, d) + timeFraction(us[4], us[5], us[6]),
      numberFormat: us[3] === undefined ? "d-mmm" : "m/d/yyyy",
      dateFormat: true,
    };
  }
  const time = TIME.exec(text);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return {
      type: "number",
      value: timeFraction(time[1], time[2], time[3]),
      numberFormat: time[3] === undefined ? "h:mm" : "h:mm:ss",
      dateFormat: true,
    };
  }
  return null;
}

/**
 * The entry a string becomes in a cell with this number format. `year` is the current year, which
 * Excel gives a date typed without one ("1-1", "11-28", "1/2").
 */
export function parseEntry(text: string, cellFormat: string, year: number): Entry {
  // [entry] The apostrophe makes the rest text and is not stored (strict: in text cells too).
  if (text.startsWith("'")) return { type: "string", value: text.slice(1) };
  // A cell formatted as text keeps what it is given.
  if (cellFormat === "@") return { type: "string", value: text };
  if (text.startsWith("=")) return { type: "formula", formula: text };
  const trimmed = text.trim();
  const asNumber = number(trimmed);
  if (asNumber) return asNumber;
  // [values] A leading + or - makes a formula (Excel writes it as =+… / =-…).
  if (text.startsWith("+") || text.startsWith("-")) return { type: "formula", formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) {
    return { type: "boolean", value: trimmed.toLowerCase() === "true" };
  }
  // [229] [1559] Dates and times, read the US way.
  return date(trimmed, year) ?? { type: "string", value: text };
}
