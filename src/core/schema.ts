// The workbook format (PRODUCT.md "The workbook format") as data. One definition drives template
// creation, reading, validation and writing: sheet names, headers with their English aliases,
// which columns are input and which computed, and the words of each enumerated column.
import type { Lang } from "../i18n";
import type { Direction, IndicatorType, MonthlyKind, MonthlyRowKind } from "./model";
import { foldWidth } from "./text";

export type { Lang };

export interface Named {
  ko: string;
  en: string;
}

export const SHEETS = {
  settings: { ko: "설정", en: "Settings" },
  goals: { ko: "목표", en: "Goals" },
  monthly: { ko: "월별실적", en: "Monthly" },
  results: { ko: "결과", en: "Results" },
  // Not "History": Excel reserves that sheet name (shared workbooks' change history) and refuses it.
  history: { ko: "이력", en: "Score history" },
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
    { value: "cumulative", ko: "누계", en: "Cumulative" },
    { value: "latest", ko: "수준", en: "Latest" },
    { value: "average", ko: "평균", en: "Average" },
    { value: "ratio", ko: "비율", en: "Ratio" },
  ] as { value: IndicatorType; ko: string; en: string }[],
  direction: [
    { value: "higher", ko: "상향", en: "Higher" },
    { value: "lower", ko: "하향", en: "Lower" },
  ] as { value: Direction; ko: string; en: string }[],
  monthlyKind: [
    { value: "kpi", ko: "지표", en: "KPI" },
    { value: "numerator", ko: "분자", en: "Numerator" },
    { value: "denominator", ko: "분모", en: "Denominator" },
    { value: "activity", ko: "활동", en: "Activity" },
    { value: "spending", ko: "예산", en: "Spending" },
  ] as { value: MonthlyKind; ko: string; en: string }[],
  monthlyRow: [
    { value: "plan", ko: "계획", en: "Plan" },
    { value: "actual", ko: "실적", en: "Actual" },
  ] as { value: MonthlyRowKind; ko: string; en: string }[],
};

/** The 취합 workbook's sheets (written by consolidation). */
export const CONSOLIDATION_SHEETS = {
  summary: { ko: "취합", en: "Summary" },
  kpis: { ko: "취합_지표", en: "Summary KPIs" },
  /** The committee's sheets (src/core/committee): typed by people, kept on every consolidation. */
  settings: { ko: "취합설정", en: "Consolidation settings" },
  qualitative: { ko: "정성평가", en: "Qualitative" },
};

const input = (
  key: string,
  ko: string,
  en: string,
  kind: CellKind,
  width: number,
  extra: Partial<Column> = {}
): Column => ({ key, ko, en, kind, width, computed: false, ...extra });
const computed = (key: string, ko: string, en: string, width = 10): Column => ({
  key,
  ko,
  en,
  kind: "number",
  width,
  computed: true,
});

export const GOAL_COLUMNS: Column[] = [
  input("strategicGoal", "전략목표", "Strategic goal", "text", 20),
  input("performanceGoal", "성과목표", "Performance goal", "text", 22),
  input("taskNo", "과제번호", "Task no.", "text", 8, { required: true }),
  input("task", "전략과제", "Task", "text", 22),
  input("department", "담당부서", "Department", "text", 10),
  input("owner", "담당자", "Owner", "text", 8),
  input("indicator", "성과지표", "Indicator", "text", 16, { required: true }),
  input("unit", "단위", "Unit", "text", 6),
  input("type", "지표유형", "Indicator type", "enum", 9, { enumName: "indicatorType" }),
  input("direction", "방향", "Direction", "enum", 7, { enumName: "direction" }),
  input("target", "목표치", "Target", "percentOrNumber", 11, { required: true }),
  input("previous", "전년도실적", "Previous result", "previous", 11),
  input("weight", "가중치", "Weight", "number", 7),
  input("budget", "사업비", "Budget", "money", 12),
  input("funding", "재원", "Funding", "text", 8),
  input("budgetItem", "예산과목", "Budget item", "text", 24),
  input("notes", "비고", "Notes", "text", 30),
  computed("actual", "실적", "Actual", 11),
  computed("achievement", "달성률", "Achievement"),
  computed("pace", "진도율", "Pace"),
  computed("status", "상태", "Status"),
  computed("score", "점수", "Score", 8),
];

const MONTH_NAMES: Named[] = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
].map((en, i) => ({ ko: `${i + 1}월`, en }));

export const MONTHLY_COLUMNS: Column[] = [
  input("taskNo", "과제번호", "Task no.", "text", 8, { required: true }),
  input("item", "항목", "Item", "text", 30, { required: true }),
  input("kind", "유형", "Kind", "enum", 8, { enumName: "monthlyKind", required: true }),
  input("row", "구분", "Row", "enum", 7, { enumName: "monthlyRow", required: true }),
  input("unit", "단위", "Unit", "text", 6),
  ...MONTH_NAMES.map((m, i) =>
    input(`m${i + 1}`, m.ko, m.en, "percentOrNumber", 10, { required: true })
  ),
  input("notes", "비고", "Notes", "text", 24),
  // 계 is a live SUM formula the template writes; it is neither read nor rewritten by Compute.
  input("total", "계", "Total", "number", 10),
  computed("toDate", "누계", "To date", 10),
  computed("execution", "이행률", "Execution"),
  computed("status", "상태", "Status"),
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
    ko: "연도",
    en: "Year",
    kind: "year",
    defaultValue: null,
    help: { ko: "평가 연도", en: "Plan year" },
  },
  {
    key: "department",
    ko: "부서",
    en: "Department",
    kind: "text",
    defaultValue: "",
    help: { ko: "부서 이름", en: "Department name" },
  },
  {
    key: "mission",
    ko: "임무",
    en: "Mission",
    kind: "text",
    defaultValue: "",
    help: { ko: "부서의 임무", en: "Mission statement" },
  },
  {
    key: "asOfMonth",
    ko: "평가기준월",
    en: "As-of month",
    kind: "month",
    defaultValue: null,
    help: {
      ko: "1–12. 비우면 실적이 입력된 마지막 달",
      en: "1–12; blank = the latest month with any actual entered",
    },
  },
  {
    key: "lowerIsBetterFormula",
    ko: "하향지표 산식",
    en: "Lower-is-better formula",
    kind: "formula",
    defaultValue: "목표/실적",
    help: {
      ko: "목표/실적 또는 2-실적/목표",
      en: "목표/실적 (target/actual) or 2-실적/목표 (2 − actual/target)",
    },
  },
  {
    key: "scoreCap",
    ko: "점수 상한",
    en: "Score cap",
    kind: "percent",
    defaultValue: 1,
    help: { ko: "지표 점수의 상한 (100% = 100점)", en: "A KPI's score never exceeds this × 100" },
  },
  {
    key: "kpiShare",
    ko: "성과지표 비중",
    en: "KPI share",
    kind: "number",
    defaultValue: 70,
    help: { ko: "과제 점수에서 성과지표의 비중", en: "Weight of KPI results in a task's score" },
  },
  {
    key: "executionShare",
    ko: "추진실적 비중",
    en: "Execution share",
    kind: "number",
    defaultValue: 30,
    help: {
      ko: "과제 점수에서 추진실적(활동 이행)의 비중",
      en: "Weight of plan execution in a task's score",
    },
  },
  {
    key: "exceededFrom",
    ko: "초과달성 기준",
    en: "Exceeded from",
    kind: "percent",
    defaultValue: 1.2,
    help: { ko: "진도율이 이 이상이면 초과달성", en: "Pace at or above this: Exceeded" },
  },
  {
    key: "onTrackFrom",
    ko: "정상 기준",
    en: "On track from",
    kind: "percent",
    defaultValue: 1,
    help: {
      ko: "진도율이 이 이상이면 정상(12월은 달성)",
      en: "Pace at or above this: On track (Achieved in December)",
    },
  },
  {
    key: "atRiskFrom",
    ko: "주의 기준",
    en: "At risk from",
    kind: "percent",
    defaultValue: 0.9,
    help: {
      ko: "진도율이 이 이상이면 주의, 미만이면 미흡",
      en: "Pace at or above this: At risk; below: Behind",
    },
  },
  {
    key: "gradeS",
    ko: "등급 S",
    en: "Grade S from",
    kind: "number",
    defaultValue: 95,
    help: { ko: "S 등급 최저 점수", en: "Lowest score graded S" },
  },
  {
    key: "gradeA",
    ko: "등급 A",
    en: "Grade A from",
    kind: "number",
    defaultValue: 90,
    help: { ko: "A 등급 최저 점수", en: "Lowest score graded A" },
  },
  {
    key: "gradeB",
    ko: "등급 B",
    en: "Grade B from",
    kind: "number",
    defaultValue: 85,
    help: { ko: "B 등급 최저 점수", en: "Lowest score graded B" },
  },
  {
    key: "gradeC",
    ko: "등급 C",
    en: "Grade C from",
    kind: "number",
    defaultValue: 80,
    help: { ko: "C 등급 최저 점수, 미만은 D", en: "Lowest score graded C; below it: D" },
  },
  {
    key: "firstHalfShare",
    ko: "상반기 비중",
    en: "First-half share",
    kind: "number",
    defaultValue: null,
    help: {
      ko: "연간 점수에서 6월 기준 점수의 비중 (하반기 비중과 함께 입력)",
      en: "Weight of the score as of June in the year score (with the second-half share)",
    },
  },
  {
    key: "secondHalfShare",
    ko: "하반기 비중",
    en: "Second-half share",
    kind: "number",
    defaultValue: null,
    help: {
      ko: "연간 점수에서 12월 기준 점수의 비중",
      en: "Weight of the score as of December in the year score",
    },
  },
  {
    key: "approvalRoles",
    ko: "결재란",
    en: "Approval box",
    kind: "text",
    defaultValue: "",
    help: {
      ko: "결과 첫 쪽 오른쪽 위에 인쇄할 결재 칸, 쉼표로 구분 (예: 담당, 팀장, 과장)",
      en: "Roles of the approval box printed at the top right of 결과, comma-separated",
    },
  },
];

export const STATUS_STYLE = {
  exceeded: { ko: "초과달성", en: "Exceeded", fill: "BDD7EE" },
  achieved: { ko: "달성", en: "Achieved", fill: "C6EFCE" },
  onTrack: { ko: "정상", en: "On track", fill: "C6EFCE" },
  atRisk: { ko: "주의", en: "At risk", fill: "FFEB9C" },
  behind: { ko: "미흡", en: "Behind", fill: "FFC7CE" },
  noData: { ko: "미입력", en: "No data", fill: "D9D9D9" },
  notDue: { ko: "미도래", en: "Not due", fill: "EDEDED" },
  error: { ko: "오류", en: "Error", fill: "F4B084" },
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

/** A workbook's language from its sheet names: English when it has an English input sheet. */
export function languageOfSheetNames(names: readonly string[]): Lang {
  const english = [SHEETS.settings.en, SHEETS.goals.en, SHEETS.monthly.en].map(headerKey);
  return names.some((name) => english.includes(headerKey(name))) ? "en" : "ko";
}
