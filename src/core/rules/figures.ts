// Reading what people type into a figure cell. Pure: the adapters hand over each cell as a
// RawCell; this decides what the person meant, or why it cannot be read, and never guesses
// silently (a rescaled percentage comes back with a warning).

import { foldWidth } from "./text";

/** A cell as an adapter sees it. */
export type RawCell =
  | null
  | number
  | string
  | boolean
  | { formula: string; result: number | string | boolean | null | undefined }
  | { error: string };

export type FigureProblem =
  "notANumber" | "negative" | "excelError" | "formulaWithoutResult" | "notFinite";

export type FigureWarning = "percentRescaled";

/**
 * A comparison word after the figure ("95% 이상", "5건 이하"): at least (이상, 초과) or at most
 * (이하, 미만, 이내). A target's word says its direction.
 */
export type Bound = "atLeast" | "atMost";

export type Figure =
  | { kind: "blank" }
  | { kind: "number"; value: number; warning?: FigureWarning; bound?: Bound }
  | { kind: "none" } // "-", "신규": explicitly nothing (a new task's previous result)
  | { kind: "problem"; problem: FigureProblem; shown: string };

export interface FigureOptions {
  /** The KPI is in % units: "92%" and 0.92 mean the same; a bare 92 (above 1.5) becomes 0.92. */
  percent?: boolean;
  /** "-", "신규", "2011년 신규사업" mean no figure (previous results). */
  allowNone?: boolean;
}

/** Above this, a bare number typed for a % KPI is read as percentage points (92 → 0.92). */
export const PERCENT_RESCALE_ABOVE = 1.5;

const UNIT_SUFFIX = /(건|회|명|원|일|개|점|대|곳|시간|분|개소|가구|톤|차|개월|주)$/;
const COMPARISON = /(이상|초과|이하|미만|이내)$/;
/** The large units: each multiplies everything written since the one before it. */
const LARGE_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
/** The small units: each multiplies only the number just before it (or 1). */
const SMALL_UNITS: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 1e1 };
const NUMBER_WORD_PART = /^(\d+(?:\.\d+)?)?([조억만천백십])?/;
const PLAIN_NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const NONE_WORDS = /^(-|–|—|없음|신규|.*신규사업|해당\s*없음|n\/a)$/i;

/** Text as a person wrote it, for messages (formulas show their formula). */
export function shownValue(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object")
    return "formula" in cell ? `=${cell.formula.replace(/^=/, "")}` : cell.error;
  return String(cell);
}

function problem(problem: FigureProblem, cell: RawCell): Figure {
  return { kind: "problem", problem, shown: shownValue(cell) };
}

/**
 * Korean number words (PRODUCT.md "Reading what people type"): the small units (십, 백, 천, and
 * plain digits) add up into a group, and a large unit (만, 억, 조) multiplies the group before it:
 * 4천5백만 = (4×1000 + 5×100)×10⁴. Large units must come in falling order, small ones likewise
 * within a group; anything else is not a number word (null).
 */
function parseNumberWords(compact: string): number | null {
  if (compact === "비예산") return 0;
  const text = compact.replace(/원$/, "");
  // A unit word with no digit at all ("만건") is no figure: it is how people say "very many".
  if (!/[조억만천백십]/.test(text) || !/\d/.test(text)) return null;
  let total = 0;
  let group = 0;
  let lastLarge = Infinity;
  let lastSmall = Infinity;
  let rest = text;
  while (rest !== "") {
    const match = NUMBER_WORD_PART.exec(rest);
    if (!match || match[0] === "") return null;
    const [, digits, unit] = match;
    const number = digits === undefined ? null : Number(digits);
    if (unit === undefined) {
      // A bare number ends the text or stands before nothing else: the ones of its group.
      if (match[0].length !== rest.length || lastSmall === 1) return null;
      group += number as number;
      lastSmall = 1;
    } else if (unit in SMALL_UNITS) {
      const size = SMALL_UNITS[unit];
      if (size >= lastSmall) return null;
      group += (number ?? 1) * size;
      lastSmall = size;
    } else {
      const size = LARGE_UNITS[unit];
      if (size >= lastLarge) return null;
      // A number right before the large unit belongs to its group ("1억2000만").
      const value = group + (number ?? (group === 0 ? 1 : 0));
      total += value * size;
      group = 0;
      lastSmall = Infinity;
      lastLarge = size;
    }
    rest = rest.slice(match[0].length);
  }
  return total + group;
}

/**
 * A percentage as a fraction by moving the decimal point, not by dividing: 41.2 / 100 is
 * 0.41200000000000003, "41.2e-2" is 0.412 — the figure typed, without noise in the cell.
 */
function hundredth(value: number): number {
  const shifted = Number(`${value}e-2`);
  // (NaN is the one value unequal to itself: IE11 has no Number.isNaN.)
  return shifted !== shifted ? value / 100 : shifted;
}

function fromNumber(
  value: number,
  cell: RawCell,
  options: FigureOptions,
  typedPercent: boolean
): Figure {
  if (!Number.isFinite(value)) return problem("notFinite", cell);
  if (value < 0) return problem("negative", cell);
  if (options.percent && !typedPercent && value > PERCENT_RESCALE_ABOVE) {
    return { kind: "number", value: hundredth(value), warning: "percentRescaled" };
  }
  return { kind: "number", value };
}

function fromText(text: string, cell: RawCell, options: FigureOptions): Figure {
  const folded = foldWidth(text).replace(/[\s,]/g, "");
  if (folded === "") return { kind: "blank" };
  if (options.allowNone && NONE_WORDS.test(folded)) return { kind: "none" };
  // "116,000건 이상", "5건 이하": the figure, and which way it bounds.
  const word = COMPARISON.exec(folded)?.[1];
  if (word === undefined) return figureText(folded, cell, options);
  const figure = figureText(folded.slice(0, -word.length), cell, options);
  if (figure.kind !== "number")
    return figure.kind === "blank" ? problem("notANumber", cell) : figure;
  return { ...figure, bound: word === "이상" || word === "초과" ? "atLeast" : "atMost" };
}

function figureText(compact: string, cell: RawCell, options: FigureOptions): Figure {
  if (compact === "") return { kind: "blank" };
  if (
    compact.startsWith("-") &&
    PLAIN_NUMBER.test(compact.slice(1).replace(UNIT_SUFFIX, "").replace(/%$/, ""))
  ) {
    return problem("negative", cell);
  }
  if (compact.endsWith("%")) {
    const number = compact.slice(0, -1);
    return PLAIN_NUMBER.test(number)
      ? fromNumber(hundredth(Number(number)), cell, options, true)
      : problem("notANumber", cell);
  }
  const number = compact.replace(UNIT_SUFFIX, "");
  // Korean number words in any unit (2백만원, 1억 2천만원, 11만 6천건, 3천5백명; 비예산) mean the
  // same in any figure cell.
  const words = parseNumberWords(compact) ?? parseNumberWords(number);
  if (words !== null) return fromNumber(words, cell, options, false);
  return PLAIN_NUMBER.test(number)
    ? fromNumber(Number(number), cell, options, false)
    : problem("notANumber", cell);
}

/** What a figure cell means. Never throws, whatever the cell holds. */
export function readFigure(cell: RawCell, options: FigureOptions = {}): Figure {
  if (cell === null) return { kind: "blank" };
  if (typeof cell === "number") return fromNumber(cell, cell, options, false);
  if (typeof cell === "boolean") return problem("notANumber", cell);
  if (typeof cell === "string") return fromText(cell, cell, options);
  if ("error" in cell) return problem("excelError", cell);
  const result = cell.result;
  if (result === undefined || result === null) return problem("formulaWithoutResult", cell);
  // =IF(...,"",...) computed to an empty string: deliberately blank.
  if (result === "") return { kind: "blank" };
  if (typeof result === "string" && /^#/.test(result)) return problem("excelError", cell);
  const figure = readFigure(result, options);
  // A formula's problems are shown with the formula, not its result.
  return figure.kind === "problem" ? { ...figure, shown: shownValue(cell) } : figure;
}
