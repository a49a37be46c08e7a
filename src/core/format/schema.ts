// The workbook format (PRODUCT.md "The workbook format") as data. One definition drives template
// creation, reading, validation and writing: sheet names, headers with their English aliases,
// which columns are input and which computed, and the words of each enumerated column.
import { label } from "./labels";
import type { Lang } from "../../i18n";
import type { Direction, IndicatorType, MonthlyKind, MonthlyRowKind } from "../rules/model";
import { foldWidth } from "../rules/text";

export type { Lang };

export interface Named {
  ko: string;
  en: string;
}

export const SHEETS = {
  settings: label("settings"),
  goals: label("goals"),
  monthly: label("monthly"),
  results: label("results"),
  // Not "History": Excel reserves that sheet name (shared workbooks' change history) and refuses it.
  history: label("scoreHistory"),
} as const satisfies Record<string, Named>;

/** The veryHidden sheet that keeps what Compute needs later (both ways in can see it). */
export const META_SHEET = "_mbo_meta";
export const FORMAT_VERSION = 3;

export type CellKind = "text" | "number" | "percentOrNumber" | "money" | "previous" | "enum";

export interface Column extends Named {
  key: string;
  computed: boolean;
  kind: CellKind;
  /** Reading needs it: a sheet without it cannot be evaluated. */
  required?: boolean;
  width: number;
  /** For enum columns: the key into ENUMS. */
  enumName?: keyof typeof ENUMS;
}

export const ENUMS = {
  indicatorType: [
    { value: "cumulative", ...label("cumulative") },
    { value: "latest", ...label("latest") },
    { value: "average", ...label("average") },
    { value: "ratio", ...label("ratio") },
  ] as { value: IndicatorType; ko: string; en: string }[],
  direction: [
    { value: "higher", ...label("higher") },
    { value: "lower", ...label("lower") },
  ] as { value: Direction; ko: string; en: string }[],
  monthlyKind: [
    { value: "kpi", ...label("kpi") },
    { value: "numerator", ...label("numerator") },
    { value: "denominator", ...label("denominator") },
    { value: "activity", ...label("activity") },
    { value: "spending", ...label("spending") },
  ] as { value: MonthlyKind; ko: string; en: string }[],
  monthlyRow: [
    { value: "plan", ...label("plan") },
    { value: "actual", ...label("actual") },
  ] as { value: MonthlyRowKind; ko: string; en: string }[],
};

/** The 취합 workbook's sheets (written by consolidation). */
export const CONSOLIDATION_SHEETS = {
  summary: label("summary"),
  kpis: label("summaryKpis"),
  /** The committee's sheets (src/core/committee): typed by people, kept on every consolidation. */
  settings: label("consolidationSettings"),
  qualitative: label("qualitativeSheet"),
};

const input = (
  key: string,
  name: Named,
  kind: CellKind,
  width: number,
  extra: Partial<Column> = {}
): Column => ({ key, ...name, kind, width, computed: false, ...extra });
const computed = (key: string, name: Named, width = 10): Column => ({
  key,
  ...name,
  kind: "number",
  width,
  computed: true,
});

export const GOAL_COLUMNS: Column[] = [
  input("strategicGoal", label("strategicGoal"), "text", 20),
  input("performanceGoal", label("performanceGoal"), "text", 22),
  input("taskNo", label("taskNo"), "text", 8, { required: true }),
  input("task", label("task"), "text", 22),
  input("department", label("department"), "text", 10),
  input("owner", label("owner"), "text", 8),
  input("indicator", label("indicator"), "text", 16, { required: true }),
  input("unit", label("unit"), "text", 6),
  input("type", label("indicatorType"), "enum", 9, { enumName: "indicatorType" }),
  input("direction", label("direction"), "enum", 7, { enumName: "direction" }),
  input("target", label("target"), "percentOrNumber", 11, { required: true }),
  input("previous", label("previousResult"), "previous", 11),
  input("weight", label("weight"), "number", 7),
  input("budget", label("budget"), "money", 12),
  input("funding", label("funding"), "text", 8),
  input("budgetItem", label("budgetItem"), "text", 24),
  input("notes", label("notes"), "text", 30),
  computed("actual", label("actual"), 11),
  computed("achievement", label("achievement")),
  computed("pace", label("pace")),
  computed("status", label("status")),
  computed("score", label("score"), 8),
];

const monthNames = label("monthNames");
const MONTH_NAMES: Named[] = monthNames.ko
  .split(",")
  .map((ko, i) => ({ ko, en: monthNames.en.split(",")[i] }));

export const MONTHLY_COLUMNS: Column[] = [
  input("taskNo", label("taskNo"), "text", 8, { required: true }),
  input("item", label("item"), "text", 30, { required: true }),
  input("kind", label("kind"), "enum", 8, { enumName: "monthlyKind", required: true }),
  input("row", label("row"), "enum", 7, { enumName: "monthlyRow", required: true }),
  input("unit", label("unit"), "text", 6),
  ...MONTH_NAMES.map((m, i) => input(`m${i + 1}`, m, "percentOrNumber", 10, { required: true })),
  input("notes", label("notes"), "text", 24),
  // 계 is a live SUM formula the template writes; it is neither read nor rewritten by Compute.
  input("total", label("total"), "number", 10),
  computed("toDate", label("toDate"), 10),
  computed("execution", label("execution")),
  computed("status", label("status")),
];

export interface SettingRow extends Named {
  key: string;
  kind: "year" | "text" | "month" | "formula" | "percent" | "number";
  /** The default, as the template writes it (null: blank). */
  defaultValue: number | string | null;
  help: Named;
}

export const LOWER_FORMULAS = [
  { value: "targetOverActual", text: "목표/실적" },
  { value: "twoMinusActualOverTarget", text: "2-실적/목표" },
] as const;

export const SETTING_ROWS: SettingRow[] = [
  {
    key: "year",
    ...label("year"),
    kind: "year",
    defaultValue: null,
    help: label("planYear"),
  },
  {
    key: "department",
    ...label("departmentShort"),
    kind: "text",
    defaultValue: "",
    help: label("departmentName"),
  },
  {
    key: "mission",
    ...label("mission"),
    kind: "text",
    defaultValue: "",
    help: label("missionStatement"),
  },
  {
    key: "asOfMonth",
    ...label("asOfMonthSetting"),
    kind: "month",
    defaultValue: null,
    help: label("asOfMonthHelp"),
  },
  {
    key: "lowerIsBetterFormula",
    ...label("lowerIsBetterFormula"),
    kind: "formula",
    defaultValue: "목표/실적",
    help: label("lowerIsBetterFormulaHelp"),
  },
  {
    key: "scoreCap",
    ...label("scoreCap"),
    kind: "percent",
    defaultValue: 1,
    help: label("scoreCapHelp"),
  },
  {
    key: "kpiShare",
    ...label("kpiShare"),
    kind: "number",
    defaultValue: 70,
    help: label("kpiShareHelp"),
  },
  {
    key: "executionShare",
    ...label("executionShare"),
    kind: "number",
    defaultValue: 30,
    help: label("executionShareHelp"),
  },
  {
    key: "exceededFrom",
    ...label("exceededFrom"),
    kind: "percent",
    defaultValue: 1.2,
    help: label("exceededFromHelp"),
  },
  {
    key: "onTrackFrom",
    ...label("onTrackFrom"),
    kind: "percent",
    defaultValue: 1,
    help: label("onTrackFromHelp"),
  },
  {
    key: "atRiskFrom",
    ...label("atRiskFrom"),
    kind: "percent",
    defaultValue: 0.9,
    help: label("atRiskFromHelp"),
  },
  {
    key: "gradeS",
    ...label("gradeSFrom"),
    kind: "number",
    defaultValue: 95,
    help: label("lowestScoreGradedS"),
  },
  {
    key: "gradeA",
    ...label("gradeAFrom"),
    kind: "number",
    defaultValue: 90,
    help: label("lowestScoreGradedA"),
  },
  {
    key: "gradeB",
    ...label("gradeBFrom"),
    kind: "number",
    defaultValue: 85,
    help: label("lowestScoreGradedB"),
  },
  {
    key: "gradeC",
    ...label("gradeCFrom"),
    kind: "number",
    defaultValue: 80,
    help: label("lowestScoreGradedC"),
  },
  {
    key: "firstHalfShare",
    ...label("firstHalfShare"),
    kind: "number",
    defaultValue: null,
    help: label("firstHalfShareHelp"),
  },
  {
    key: "secondHalfShare",
    ...label("secondHalfShare"),
    kind: "number",
    defaultValue: null,
    help: label("secondHalfShareHelp"),
  },
  {
    key: "approvalRoles",
    ...label("approvalBox"),
    kind: "text",
    defaultValue: "",
    help: label("approvalBoxHelp"),
  },
];

export const STATUS_STYLE = {
  exceeded: { ...label("exceeded"), fill: "BDD7EE" },
  achieved: { ...label("achieved"), fill: "C6EFCE" },
  onTrack: { ...label("onTrack"), fill: "C6EFCE" },
  atRisk: { ...label("atRisk"), fill: "FFEB9C" },
  behind: { ...label("behind"), fill: "FFC7CE" },
  noData: { ...label("noData"), fill: "D9D9D9" },
  notDue: { ...label("notDue"), fill: "EDEDED" },
  error: { ...label("error"), fill: "F4B084" },
} as const;

/** Header text compared loosely: case, spaces, dots and a "(자동)"-style suffix do not matter. */
export function headerKey(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/\(.*\)$/, "")
    .replace(/[\s.·_/-]/g, "");
}

/** The column whose Korean or English name is this header text, if any. */
export function columnFor(columns: readonly Column[], header: string): Column | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  return columns.find((c) => headerKey(c.ko) === key || headerKey(c.en) === key);
}

/** The enum value a typed word means (Korean or English, any case), if any. */
export function enumValue<T extends string>(
  options: readonly { value: T; ko: string; en: string }[],
  text: string
): T | undefined {
  const key = headerKey(text);
  return options.find((o) => headerKey(o.ko) === key || headerKey(o.en) === key)?.value;
}

export function sheetNameMatches(name: Named, actual: string): boolean {
  const key = headerKey(actual);
  return key === headerKey(name.ko) || key === headerKey(name.en);
}

/** 설정, 목표 or 월별실적 (in either language): the sheets a person types into. */
export const isInputSheet = (name: string): boolean =>
  [SHEETS.settings, SHEETS.goals, SHEETS.monthly].some((sheet) => sheetNameMatches(sheet, name));

/** A workbook's language from its sheet names: English when it has an English input sheet. */
export function languageOfSheetNames(names: readonly string[]): Lang {
  const english = [SHEETS.settings.en, SHEETS.goals.en, SHEETS.monthly.en].map(headerKey);
  return names.some((name) => english.includes(headerKey(name))) ? "en" : "ko";
}
