// 계획서 가져오기, the goals: a plan document (document.ts) → 설정's 연도, 부서, 임무 and one 목표
// row per KPI, by PRODUCT.md "Importing the plan document". Every decision that was not literal
// is listed and kept in 비고 of its row; what a rule cannot decide is reported, never guessed.
// The 분기(월)별 추진계획's activities are activities.ts's.
import { squeeze } from "../rules/text";
import { format, messagesFor } from "../../i18n";
import { readFigure } from "../rules/figures";
import { ENUMS, type Lang } from "../format/schema";
import type { Direction, IndicatorType } from "../rules/model";
import type { GoalRow, MonthlyRow, PlanRows } from "../format/planRows";
import { importActivities } from "./activities";
import { describeDecision, type Decision, type DecisionCode } from "./decisions";

export { describeDecision, type Decision };
import type { Block, DocCell, Entry, PlanDocument } from "./document";

export type ImportFailure =
  | { code: "noGoalsTable" }
  /** No goals table, but table `table` (1-based) came close: the headers it lacks. */
  | { code: "missingHeaders"; detail: string; table: number };

export type ImportResult =
  { ok: true; plan: PlanRows; decisions: Decision[] } | { ok: false; failure: ImportFailure };

/** Units a target's figure may carry: a number followed by one of these is a figure. */
const UNITS = [
  "%",
  "개소",
  "가구",
  "시간",
  "건",
  "명",
  "회",
  "일",
  "원",
  "톤",
  "개",
  "곳",
  "대",
  "점",
  "차",
  "분",
  "km",
];
const NUMBER_WORDS = "(?:조|억|천만|백만|십만|만|천|백|십)";
/** A comparison symbol English plans write before a figure ("≥ 95%", "<= 3 days"). */
const SYMBOL = "(≥|≤|>=|<=|=>|=<|>|<)";
const FIGURE = new RegExp(
  `(?:${SYMBOL}\\s*)?((?:\\d[\\d,]*(?:\\.\\d+)?\\s*${NUMBER_WORDS}?\\s*)+)(${UNITS.join("|")})(\\s*(?:이상|초과|이하|미만|이내))?`
);

/** The symbol as the word it stands for: ≥ 이상, ≤ 이하, < 미만, > 초과. */
const SYMBOL_WORDS: Record<string, string> = {
  "≥": "이상",
  ">=": "이상",
  "=>": "이상",
  "≤": "이하",
  "<=": "이하",
  "=<": "이하",
  "<": "미만",
  ">": "초과",
};
const NONE_WORDS = /^(-|신규|.*신규사업|해당\s*없음)$/;

interface Figure {
  /** Null for a target stated relative to another figure, or as a range: the user gives it. */
  value: number | null;
  range?: boolean;
  unit: string;
  direction: Direction | null;
  /** The words before the figure ("온라인신청 :"), without the colon. */
  before: string;
  /** The figure as written ("116,000건", "2백만원"). */
  written: string;
  fromWords: boolean;
}

/** 방향 from a bound written after a figure: 이하, 미만, 이내 → 하향; 이상, 초과 → 상향; none → null. */
const directionOf = (bound: string): Direction | null =>
  bound === "" ? null : /이하|미만|이내/.test(bound) ? "lower" : "higher";

/** The words before a figure, without the colon that introduces it ("온라인신청 :"). */
const wordsBefore = (text: string) => squeeze(text.replace(/[:：]\s*$/, ""));

/**
 * The figures with a unit in a text, in order. A number followed by no unit is none (120 in
 * "120생활민원운영" names the service) — unless the row's 단위 column gives the unit of its bare
 * figures, then a lone number is one ("41.2" with 단위 % → 41.2 %).
 */
function figuresIn(text: string, rowUnit = ""): Figure[] {
  const withUnit = figuresWithUnit(text);
  if (withUnit.length > 0 || !rowUnit) return withUnit;
  const bare = new RegExp(
    `^(.*?)(?:${SYMBOL}\\s*)?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(이상|초과|이하|미만|이내)?\\s*$`
  ).exec(squeeze(text));
  if (!bare) return [];
  const [, before, symbol, number, written = ""] = bare;
  const word = written || (symbol ? SYMBOL_WORDS[symbol] : "");
  const percent = rowUnit === "%";
  const read = readFigure(`${number}${percent ? "%" : ""}`, { percent });
  if (read.kind !== "number") return [];
  return [
    {
      value: read.value,
      unit: rowUnit,
      direction: directionOf(word),
      before: wordsBefore(before),
      written: `${number}${rowUnit}${word ? ` ${word}` : ""}`,
      fromWords: false,
    },
  ];
}

/** Verbs of a relative target, by which way is better. */
const LOWER_VERBS = /단축|감소|절감|축소|줄이/;
const HIGHER_VERBS = /향상|증가|확대|늘리/;

/**
 * A target item's figure: as figuresIn, except that a target stated relative to something else
 * is no plain figure (PRODUCT.md): "22분에서 15분으로" → 15, 방향 from the pair; "전년 대비 20%
 * 단축", "30% 감소", "10% 향상" → no figure (the user gives it), 방향 from the verb; "85~90점" → no
 * figure. None of them is ever read as a % target.
 */
function targetsIn(text: string, rowUnit: string): Figure[] {
  const plain = squeeze(text);
  const pair =
    /(\d[\d,]*(?:\.\d+)?)\s*(\D*?)\s*에서\s*(\d[\d,]*(?:\.\d+)?)\s*(\D*?)\s*(?:으로|로)/.exec(
      plain
    );
  if (pair) {
    const unit = pair[4] || pair[2];
    const [to] = figuresIn(`${pair[3]}${unit}`, rowUnit || unit);
    const [start] = figuresIn(`${pair[1]}${unit}`, rowUnit || unit);
    if (to && start && to.value !== null && start.value !== null)
      return [
        {
          ...to,
          direction: to.value < start.value ? "lower" : "higher",
          before: wordsBefore(plain.slice(0, pair.index)),
          written: squeeze(pair[0]),
        },
      ];
  }
  const figures = figuresIn(plain, rowUnit);
  const [first] = figures;
  if (!first) return figures;
  const range = /(\d[\d,]*(?:\.\d+)?)\s*\D{0,3}?\s*[~∼～]\s*(\d[\d,]*(?:\.\d+)?)\s*\S*/.exec(plain);
  if (range)
    return [{ ...first, value: null, range: true, direction: null, written: squeeze(range[0]) }];
  const at = plain.indexOf(first.written);
  const after = at < 0 ? "" : plain.slice(at + first.written.length);
  const verbAfter = new RegExp(`^\\s*(?:${LOWER_VERBS.source}|${HIGHER_VERBS.source})`).test(after);
  // "접수대비 처리율 95%이상" is a plain ratio target: only a verb after the figure makes it relative.
  if (verbAfter) {
    const direction = LOWER_VERBS.test(plain)
      ? "lower"
      : HIGHER_VERBS.test(plain)
        ? "higher"
        : null;
    return [{ ...first, value: null, direction, written: plain }];
  }
  return figures;
}

/** The figures written with a unit in a text, in order. */
function figuresWithUnit(text: string): Figure[] {
  const figures: Figure[] = [];
  // A fresh global copy: exec walks the text with lastIndex (no matchAll in IE11).
  const pattern = new RegExp(FIGURE.source, "g");
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, symbol, number, unit, written = ""] = match;
    const word = written || (symbol ? SYMBOL_WORDS[symbol] : "");
    const read = readFigure(`${number}${unit}`.replace(/\s+/g, ""), { percent: unit === "%" });
    if (read.kind === "number") {
      figures.push({
        value: read.value,
        unit,
        direction: directionOf(word.trim()),
        before: wordsBefore(text.slice(from, match.index)),
        written: squeeze(whole),
        fromWords: new RegExp(NUMBER_WORDS).test(number),
      });
    }
    from = match.index + whole.length;
  }
  return figures;
}

/** All entries of a cell, nested ones after their parent. */
const allEntries = (entries: readonly Entry[]): Entry[] =>
  entries.flatMap((entry) => [entry, ...allEntries(entry.children)]);

/**
 * The plan's year: the first "NNNN년" outside the tables; in an English plan, the title's (the
 * first paragraph's) first four-digit year.
 */
function findYear(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    if (block.kind === "table") continue;
    const match = /(\d{4})\s*년/.exec(block.text);
    if (match) return Number(match[1]);
  }
  const title = blocks.find((block) => block.kind !== "table");
  const year = /\b((?:19|20)\d{2})\b/.exec(title?.text ?? "");
  return year ? Number(year[1]) : null;
}

interface Overview {
  mission: string;
  strategicGoal: string;
  /** 성과목표 by its number ("1" → "1. 민원24 온라인 운영 활성화"). */
  performanceGoals: Map<string, string>;
}

/** The overview table: rows labelled 임무, 전략목표, 성과목표 (전략과제 is in the goals tables). */
function readOverview(blocks: readonly Block[]): Overview {
  const overview: Overview = { mission: "", strategicGoal: "", performanceGoals: new Map() };
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    for (const row of block.rows) {
      const label = squeeze(row[0]?.text ?? "");
      const values = row
        .slice(1)
        .map((c) => squeeze(c.text))
        .filter(Boolean);
      if (values.length === 0) continue;
      if (/^임무/.test(label) && !overview.mission) overview.mission = values[0];
      else if (/^전략목표/.test(label) && !overview.strategicGoal)
        overview.strategicGoal = values[0];
      else if (/^성과목표/.test(label)) {
        for (const value of values) {
          const number = /^(\d+)\s*[.)]/.exec(value)?.[1];
          if (number && !overview.performanceGoals.has(number)) {
            overview.performanceGoals.set(number, value);
          }
        }
      }
    }
  }
  return overview;
}

/** The heading that names the department: the first after the title that is not numbered. */
function findDepartment(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.kind !== "heading") continue;
    const text = squeeze(block.text.replace(/^[■□▪◆◇●○\s]+/, ""));
    if (!text || /\d{4}\s*년/.test(text) || /^\d/.test(text) || /계획$/.test(text)) continue;
    return text;
  }
  return null;
}

interface GoalsColumns {
  department: number;
  task: number;
  target: number;
  previous: number;
  indicator: number;
  /** Where the plan has them: the task number apart from its name, the unit of bare figures. */
  taskNo?: number;
  unit?: number;
  /** 가중치 and 사업비 (or 예산) by row, where the plan gives them columns. */
  weight?: number;
  budget?: number;
}

type HeaderKey = keyof GoalsColumns | "performanceGoal";

/**
 * The goals table's headers, Korean and English (the workbook's aliases), tried in this order so
 * that the longer name wins: 과제번호 before 과제, 성과목표 and 성과지표 before 목표, "result"
 * without "target" before "target" (PRODUCT.md "Importing the plan document"). Matched in any
 * letter case, inside a longer header ("2024 target", "Strategic task").
 */
const HEADER_TESTS: { key: HeaderKey; test: RegExp }[] = [
  { key: "taskNo", test: /과제\s*번호|^번호$|task\s*no|^no\.?$/i },
  { key: "performanceGoal", test: /성과\s*목표|performance\s*goal/i },
  { key: "indicator", test: /지표|indicator|\bkpi\b/i },
  { key: "task", test: /과제|사업명|\btask\b/i },
  { key: "previous", test: /실적|(?:result|previous|baseline)(?!.*target)/i },
  { key: "target", test: /목표|target|\bgoal\b/i },
  { key: "department", test: /담당|department|\bowner\b/i },
  { key: "unit", test: /^단위$|^unit$/i },
  { key: "weight", test: /가중치|\bweight\b/i },
  { key: "budget", test: /사업비|예산(?!\s*과목)|\bbudget\b(?!\s*item)/i },
];

/** The scale a 사업비 column's header names: "예산(백만원)" 1.5 → 1,500,000; none → 원. */
function budgetScale(header: string): number {
  const unit = /(억|천만|백만|만|천)\s*원/.exec(header)?.[1];
  const scales: Record<string, number> = { 억: 1e8, 천만: 1e7, 백만: 1e6, 만: 1e4, 천: 1e3 };
  return unit ? scales[unit] : 1;
}

/** A 사업비 cell: a bare figure in the header's scale, or a figure with its own ("2백만원"). */
function budgetCell(text: string, scale: number): number | null {
  const plain = squeeze(text);
  if (plain === "" || NONE_WORDS.test(plain)) return null;
  const bare = /^\d[\d,]*(?:\.\d+)?$/.test(plain);
  const read = readFigure(bare ? plain : plain.replace(/\(.*\)$/, ""));
  if (read.kind !== "number") return null;
  return bare ? Math.round(read.value * scale) : read.value;
}

/** The five headers a goals table is known by, as the refusal names them. */
const HEADERS: { key: keyof GoalsColumns; name: string }[] = [
  { key: "department", name: "담당부서" },
  { key: "task", name: "전략과제" },
  { key: "target", name: "목표" },
  { key: "previous", name: "실적" },
  { key: "indicator", name: "성과지표" },
];

/** A goals table names at least this many of its five headers in one row. */
const GOALS_HEADERS_NEEDED = 4;

/** The goals-table headers a row names (each cell one at most), and those it lacks. */
function goalsHeader(row: readonly DocCell[]): {
  columns: GoalsColumns;
  missing: string[];
  /** Every column a header names, where one names several ("2024년 목표 | 2025년 목표"). */
  all: Partial<Record<HeaderKey, number[]>>;
} {
  const found: Partial<Record<HeaderKey, number>> = {};
  const all: Partial<Record<HeaderKey, number[]>> = {};
  row.forEach((cell, index) => {
    // A header merged across columns stands in each: its first column is the header's.
    if (index > 0 && cell === row[index - 1]) return;
    const text = squeeze(cell.text);
    // "1분기 목표" is a quarter's column (periodColumns), never the year's target.
    if (periodMonth(text) !== null) return;
    const header = HEADER_TESTS.find((h) => h.test.test(text));
    if (!header) return;
    if (found[header.key] === undefined) found[header.key] = index;
    (all[header.key] ??= []).push(index);
  });
  // Without a 전략과제 column, a 성과목표 column names the tasks (Seoul's layout).
  if (found.task === undefined && found.performanceGoal !== undefined)
    found.task = found.performanceGoal;
  const missing = HEADERS.filter((h) => found[h.key] === undefined).map((h) => h.name);
  // A missing column reads as empty cells.
  return { columns: found as GoalsColumns, missing, all };
}

/** A column whose text goes to 비고 under its header's words ("목표 2025년: 4건"). */
interface AsideColumn {
  col: number;
  label: string;
}

const yearIn = (text: string) => {
  const match = /(\d{4})\s*년?/.exec(text);
  return match ? Number(match[1]) : null;
};

/**
 * The target and previous-result columns where the plan has one per year: several "목표" headers
 * in a row ("2025년 목표 | 2026년 목표"), or one "목표" over a second header row that names each of
 * its columns' years ("2025년 | 2026년"). The target is the plan year's column, the previous result
 * the year before's; the other years' columns go to 비고, never taken for the figure. `rows`: how
 * many rows the header has (2 when the second row names the years).
 */
function yearColumns(
  header: readonly DocCell[],
  next: readonly DocCell[] | undefined,
  found: ReturnType<typeof goalsHeader>,
  planYear: number,
  decisions: Decision[]
): { columns: GoalsColumns; aside: AsideColumn[]; rows: number } {
  const columns = { ...found.columns };
  const aside: AsideColumn[] = [];
  /** The columns a header cell spans: the same cell at each position. */
  const spanOf = (col: number) => header.flatMap((cell, i) => (cell === header[col] ? [i] : []));
  const spans = (["target", "previous"] as const).map((key) => ({
    key,
    cols: columns[key] === undefined ? [] : spanOf(columns[key]),
  }));
  // A second header row: under each spanning header a year, every other cell the header above
  // (merged down) or empty.
  const named = new Set(spans.filter((s) => s.cols.length > 1).flatMap((s) => s.cols));
  const subHeader =
    next !== undefined &&
    named.size > 0 &&
    [...named].every((i) => next[i] !== header[i] && yearIn(next[i]?.text ?? "") !== null) &&
    next.every((cell, i) => named.has(i) || cell === header[i] || squeeze(cell.text) === "");
  for (const { key, cols: spanned } of spans) {
    const underOne = subHeader && spanned.length > 1;
    const candidates = underOne ? spanned : (found.all[key] ?? []);
    const labelOf = (col: number) =>
      squeeze(underOne ? `${header[col].text} ${next?.[col].text ?? ""}` : header[col].text);
    // Columns told apart by year only: two headers without years ("목표", "목표 달성 방안") keep
    // the first as the figure's, as before.
    if (candidates.filter((col) => yearIn(labelOf(col)) !== null).length < 2) continue;
    const wanted = key === "target" ? planYear : planYear - 1;
    const byYear = candidates.find((col) => yearIn(labelOf(col)) === wanted);
    const chosen = byYear ?? candidates[candidates.length - 1];
    if (byYear === undefined)
      decisions.push({ code: "yearColumnChosen", taskNo: "", detail: labelOf(chosen) });
    columns[key] = chosen;
    for (const col of candidates) if (col !== chosen) aside.push({ col, label: labelOf(col) });
  }
  return { columns, aside, rows: subHeader ? 2 : 1 };
}

/**
 * A task number as plans write it ("1-1", "1.1", "Ⅰ-1-①"), and the name after it. A decimal is no
 * task number: "1.5억" is not task 1.5.
 */
const TASK_NUMBER =
  /^((?:\d+|[Ⅰ-Ⅻ]+)(?:\s*[-.]\s*(?:\d+|[①-⑳]))+)(?![\d.,%]|\s*[억만천백원])\s*(.*)$/;

const isGoalsHeader = (row: readonly DocCell[]) =>
  HEADERS.length - goalsHeader(row).missing.length >= GOALS_HEADERS_NEEDED;

/** "민원관리 김미경" → 민원관리, 김미경: the last word is the person when there are two or more. */
function departmentAndOwner(text: string): { department: string; owner: string } {
  const words = squeeze(text).split(" ").filter(Boolean);
  if (words.length < 2) return { department: words[0] ?? "", owner: "" };
  return { department: words.slice(0, -1).join(" "), owner: words[words.length - 1] };
}

/** "사업비 : 2백만원(시비) 예산과목 : a,b,c", "사업비 : 비예산". */
function budgetOf(text: string): { budget: number; funding: string; budgetItem: string } {
  const [spending, items = ""] = squeeze(text).split(/예산과목\s*[:：]?/);
  const amountText = spending.replace(/^.*?사업비\s*[:：]?/, "").trim();
  const funding = /\(([^)]*)\)/.exec(amountText)?.[1].trim() ?? "";
  const amount = amountText.replace(/\([^)]*\)/, "").trim();
  const budgetItem = items
    .split(/[,，、]/)
    .map((i) => i.trim())
    .filter(Boolean)
    .join(", ");
  if (amount === "비예산") return { budget: 0, funding: "비예산", budgetItem };
  const figure = readFigure(amount);
  return { budget: figure.kind === "number" ? figure.value : 0, funding, budgetItem };
}

/**
 * 지표유형 by the rule: 평균 when the words say so; for %: 비율 for …율/…률, else 평균; 점 (a score,
 * 만족도 4.5점) → 평균; else 누계.
 */
function typeOf(indicator: string, before: string, unit: string): IndicatorType {
  const averageWords = /평균|\baverage\b|\bmean\b|satisfaction|\bscore\b/i;
  if (averageWords.test(indicator) || averageWords.test(before) || unit === "점") return "average";
  if (unit === "%") return /[율률]$|\b(rate|ratio)$/i.test(indicator.trim()) ? "ratio" : "average";
  return "cumulative";
}

const typeWord = (type: IndicatorType, lang: Lang) =>
  (ENUMS.indicatorType.find((o) => o.value === type) ?? ENUMS.indicatorType[0])[lang];

/** A column of targets by quarter or month: the month its figure goes to (a quarter's last). */
interface PeriodColumn {
  col: number;
  month: number;
  label: string;
}

/** "1분기", "1/4분기", "Q1", "3월" (with or without "목표") → the month its target stands in. */
function periodMonth(text: string): number | null {
  const match = /^(?:([1-4])\s*(?:\/\s*4\s*)?분기|q([1-4])|(1[0-2]|[1-9])\s*월)(?:\s*목표)?$/i.exec(
    squeeze(text)
  );
  if (!match) return null;
  return match[3] ? Number(match[3]) : Number(match[1] ?? match[2]) * 3;
}

/**
 * Target columns by quarter or month: named in the header row, or in a second header row under a
 * header that spans them ("분기별 목표" over "1분기 | 2분기 …"; that row is then a header, not a
 * KPI). `rows`: header rows the periods add.
 */
function periodColumns(
  header: readonly DocCell[],
  next: readonly DocCell[] | undefined
): { periods: PeriodColumn[]; rows: number } {
  const named = (row: readonly DocCell[]) =>
    row.flatMap((cell, col) => {
      const month = periodMonth(cell.text);
      return month === null ? [] : [{ col, month, label: squeeze(cell.text) }];
    });
  const own = named(header);
  if (own.length > 0) return { periods: own, rows: 0 };
  const below = next ? named(next).filter(({ col }) => next[col] !== header[col]) : [];
  const isHeader =
    next !== undefined &&
    below.length > 0 &&
    next.every(
      (cell, col) =>
        below.some((p) => p.col === col) ||
        cell === header[col] ||
        periodMonth(cell.text) !== null ||
        !/\d/.test(cell.text)
    );
  return isHeader ? { periods: below, rows: 1 } : { periods: [], rows: 0 };
}

/**
 * A KPI's targets by period as its 계획 row (running totals only: the rules use a plan only for
 * 누계, PRODUCT.md "The evaluation"); each period's figure in its month. Figures that rise to the
 * year's target are read as running totals and turned into each period's share (a decision to
 * confirm); figures whose sum is not the year's target are kept as written, with a decision.
 */
function periodPlan(
  goal: GoalRow,
  figures: { month: number; value: number }[],
  decide: (code: DecisionCode, detail: string) => string
): { months: (number | null)[]; notes: string[] } {
  const months: (number | null)[] = Array(12).fill(null);
  const ordered = [...figures].sort((a, b) => a.month - b.month);
  const sum = ordered.reduce((n, f) => n + f.value, 0);
  const last = ordered[ordered.length - 1]?.value;
  const rising = ordered.every((f, i) => i === 0 || f.value >= ordered[i - 1].value);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  const notes: string[] = [];
  const written = ordered.map((f) => `${f.month}월 ${f.value}`).join(", ");
  if (
    goal.target !== null &&
    ordered.length > 1 &&
    !close(sum, goal.target) &&
    rising &&
    close(last, goal.target)
  ) {
    ordered.forEach((f, i) => {
      months[f.month - 1] = i === 0 ? f.value : f.value - ordered[i - 1].value;
    });
    notes.push(decide("periodTargetsRunning", written));
  } else {
    for (const f of ordered) months[f.month - 1] = f.value;
    if (goal.target !== null && !close(sum, goal.target))
      notes.push(decide("periodTargetsUnmatched", `${written} ≠ ${goal.target}`));
  }
  return { months, notes };
}

/** The goals of one table's rows, in order. */
function goalsOf(
  rows: readonly DocCell[][],
  columns: GoalsColumns,
  context: {
    overview: Overview;
    heading: string;
    decisions: Decision[];
    lang: Lang;
    aside: AsideColumn[];
    periods: PeriodColumn[];
    /** Where the KPIs' 계획 rows from period columns are added. */
    kpiPlans: MonthlyRow[];
    /** The 사업비 column's scale, as its header names it. */
    budgetScale: number;
  }
): GoalRow[] {
  const goals: GoalRow[] = [];
  let lastTask: GoalRow[] = [];
  /** The task of the rows above, for a plan written one row per KPI (the task cell blank below). */
  let current: { match: string[]; department: string } | null = null;
  for (const row of rows) {
    const joined = row.map((c) => c.text).join(" ");
    const taskText = squeeze(row[columns.task]?.text ?? "");
    const numberText = columns.taskNo === undefined ? "" : squeeze(row[columns.taskNo]?.text ?? "");
    // With a 과제번호 column the number stands apart and 전략과제 is the name alone.
    const ownMatch =
      columns.taskNo === undefined
        ? TASK_NUMBER.exec(taskText)
        : TASK_NUMBER.test(numberText)
          ? [numberText, numberText, taskText]
          : null;
    // One row per KPI: a row with no task of its own but a target and an indicator is the next
    // KPI of the task above (its task and number cells left blank, or merged as one).
    const continues =
      !ownMatch &&
      current !== null &&
      !/사업비/.test(joined) &&
      (!taskText || taskText === current.match[0]) &&
      squeeze(row[columns.indicator]?.text ?? "") !== "" &&
      squeeze(row[columns.target]?.text ?? "") !== "";
    const taskMatch = ownMatch ?? (continues && current ? current.match : null);
    if (ownMatch)
      current = { match: [...ownMatch], department: row[columns.department]?.text ?? "" };
    // A row of a task comes first: "1-4 사업비 집행" is a task, not the previous task's budget.
    if (!taskMatch && /사업비/.test(joined) && lastTask.length > 0) {
      // A task's budget is the sum over its rows: it stands on its first row only.
      const { budget, funding, budgetItem } = budgetOf(joined);
      lastTask[0].budget = budget;
      lastTask[0].funding = funding;
      lastTask[0].budgetItem = budgetItem;
      continue;
    }
    if (!taskMatch) continue;
    const [, taskNo, task] = taskMatch;
    const rowUnit = columns.unit === undefined ? "" : squeeze(row[columns.unit]?.text ?? "");
    /** Lists a decision; its words, for 비고. */
    const decide = (code: DecisionCode, detail: string) => {
      const decision = { code, taskNo, detail };
      context.decisions.push(decision);
      return describeDecision(decision, context.lang);
    };
    const notes: string[] = [];
    for (const { col, label } of context.aside) {
      const text = squeeze(row[col]?.text ?? "");
      if (text) notes.push(`${label}: ${text}`);
    }
    let performanceGoal = context.overview.performanceGoals.get(taskNo.split("-")[0]);
    if (!performanceGoal) {
      performanceGoal = context.heading;
      notes.push(decide("performanceGoalFromHeading", context.heading));
    }
    const { department, owner } = departmentAndOwner(
      row[columns.department]?.text || current?.department || ""
    );
    const targetEntries = allEntries(row[columns.target]?.entries ?? []);
    const figures: Figure[] = [];
    for (const entry of targetEntries) {
      // The first figure of an item is its target; an item with none goes to 비고.
      const [figure] = targetsIn(entry.text, rowUnit);
      if (figure) figures.push(figure);
      else notes.push(decide("itemToNotes", entry.text));
    }
    const indicators = allEntries(row[columns.indicator]?.entries ?? [])
      .map((e) => e.text)
      .filter(Boolean);
    if (figures.length !== indicators.length) {
      decide("unpaired", `${figures.length}/${indicators.length}`);
    }
    const previousEntries = allEntries(row[columns.previous]?.entries ?? [])
      .map((e) => e.text)
      .filter(Boolean);
    const previousText = previousEntries.join(", ");
    const rowGoals = figures.slice(0, indicators.length).map((figure, i): GoalRow => {
      const indicator = indicators[i];
      const own: string[] = [];
      if (figure.before) own.push(`${figure.before} ${figure.written}`);
      own.push(...notes);
      if (figure.fromWords) own.push(decide("figureFromWords", figure.written));
      if (figure.value === null)
        own.push(decide(figure.range ? "rangeTarget" : "relativeTarget", figure.written));
      const type = typeOf(indicator, figure.before, figure.unit);
      own.push(decide("typeChosen", `${indicator}: ${typeWord(type, context.lang)}`));
      const direction = figure.direction ?? "higher";
      if (!figure.direction) own.push(decide("directionDefault", indicator));
      // 전년도실적: the figures that share the target's unit (several: their mean).
      const same = previousEntries
        .flatMap((text) => figuresIn(text, rowUnit))
        .filter((f) => f.unit === figure.unit);
      let previous: number | string = "";
      if (same.length > 0) {
        previous = same.reduce((a, f) => a + (f.value as number), 0) / same.length;
        if (same.length > 1)
          own.push(decide("previousMean", same.map((f) => f.written).join(", ")));
      } else if (previousText && !NONE_WORDS.test(previousText)) {
        own.push(decide("previousNone", previousText));
      }
      // The previous-result cell's words always stand in 비고.
      if (previousText)
        own.push(format(messagesFor(context.lang).importPrevious, { detail: previousText }));
      return {
        strategicGoal: context.overview.strategicGoal,
        performanceGoal: performanceGoal as string,
        taskNo,
        task: squeeze(task),
        department,
        owner,
        indicator,
        unit: figure.unit,
        type,
        direction,
        target: figure.value,
        previous,
        weight: null,
        budget: 0,
        funding: "",
        budgetItem: "",
        notes: own.join(" / "),
      };
    });
    const weightText = columns.weight === undefined ? "" : squeeze(row[columns.weight]?.text ?? "");
    const weight = weightText ? readFigure(weightText) : null;
    if (weight?.kind === "number") for (const g of rowGoals) g.weight = weight.value;
    const budget =
      columns.budget === undefined
        ? null
        : budgetCell(row[columns.budget]?.text ?? "", context.budgetScale);
    // The row's budget stands on its first goal (a task's budget is the sum over its rows).
    if (budget !== null && rowGoals.length > 0) rowGoals[0].budget = budget;
    if (context.periods.length > 0 && rowGoals.length > 0) {
      const filled = context.periods.filter(({ col }) => squeeze(row[col]?.text ?? "") !== "");
      const goal = rowGoals[0];
      const figures = filled.flatMap(({ col, month }) => {
        const [figure] = figuresIn(row[col].text, rowUnit || goal.unit);
        return figure && figure.value !== null ? [{ month, value: figure.value }] : [];
      });
      if (rowGoals.length === 1 && goal.type === "cumulative" && figures.length === filled.length) {
        const { months, notes: planNotes } = periodPlan(goal, figures, decide);
        context.kpiPlans.push({
          taskNo,
          item: goal.indicator,
          kind: "kpi",
          row: "plan",
          unit: goal.unit,
          months,
          notes: "",
        });
        goal.notes = [goal.notes, ...planNotes].filter(Boolean).join(" / ");
      } else {
        // Not a running total's plan (or not one KPI's): the figures stay in 비고, as written.
        const words = filled.map(({ col, label }) => `${label}: ${squeeze(row[col].text)}`);
        for (const g of rowGoals) g.notes = [g.notes, ...words].filter(Boolean).join(" / ");
      }
    }
    goals.push(...rowGoals);
    // The task's first row stays first: its budget line stands there.
    if (rowGoals.length > 0) lastTask = ownMatch ? rowGoals : [...lastTask, ...rowGoals];
  }
  return goals;
}

/** The plan a document describes: settings and goals, with every decision made on the way. */
/** `thisYear`: the year a plan that names none is for (the caller's clock). */
export function importPlan(document: PlanDocument, lang: Lang, thisYear: number): ImportResult {
  const decisions: Decision[] = [];
  const blocks = document.blocks;
  const overview = readOverview(blocks);
  const year = findYear(blocks);
  const planYear = year ?? thisYear;
  const kpiPlans: MonthlyRow[] = [];
  const goals: GoalRow[] = [];
  let heading = "";
  let sawGoalsTable = false;
  /** The table that came closest to being a goals table, for the refusal. */
  let closest = { table: 0, missing: HEADERS.map((h) => h.name) };
  let tableNumber = 0;
  for (const block of blocks) {
    if (block.kind === "heading") heading = squeeze(block.text);
    if (block.kind !== "table") continue;
    tableNumber++;
    const headerIndex = block.rows.findIndex(isGoalsHeader);
    if (headerIndex < 0) {
      // A 결재란, a contact table, the 추진계획: not goals tables, and no reason to stop.
      for (const row of block.rows) {
        const { missing } = goalsHeader(row);
        if (missing.length < closest.missing.length) closest = { table: tableNumber, missing };
      }
      continue;
    }
    const header = block.rows[headerIndex];
    const { columns, aside, rows } = yearColumns(
      header,
      block.rows[headerIndex + 1],
      goalsHeader(header),
      planYear,
      decisions
    );
    const periods = periodColumns(header, block.rows[headerIndex + 1]);
    sawGoalsTable = true;
    goals.push(
      ...goalsOf(block.rows.slice(headerIndex + Math.max(rows, 1 + periods.rows)), columns, {
        overview,
        heading,
        decisions,
        lang,
        aside,
        periods: periods.periods,
        kpiPlans,
        budgetScale: columns.budget === undefined ? 1 : budgetScale(header[columns.budget].text),
      })
    );
  }
  if (!sawGoalsTable && closest.missing.length <= HEADERS.length - 2) {
    return {
      ok: false,
      failure: { code: "missingHeaders", detail: closest.missing.join(", "), table: closest.table },
    };
  }
  if (!sawGoalsTable || goals.length === 0) return { ok: false, failure: { code: "noGoalsTable" } };
  if (year === null) decisions.push({ code: "yearMissing", taskNo: "", detail: "" });
  const department = findDepartment(blocks);
  if (department === null) decisions.push({ code: "departmentMissing", taskNo: "", detail: "" });
  const activities = importActivities(blocks, goals, planYear, lang);
  return {
    ok: true,
    plan: {
      year: planYear,
      department: department ?? "",
      mission: overview.mission,
      goals,
      monthly: [...kpiPlans, ...activities.monthly],
    },
    decisions: [...decisions, ...activities.decisions],
  };
}
