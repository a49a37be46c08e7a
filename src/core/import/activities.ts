// 계획서 가져오기, the 분기(월)별 추진계획: each activity of the plan table becomes a 월별실적
// activity (a 계획 row with its count per month and an empty 실적 row), by PRODUCT.md "Importing
// the plan document". Cells are taken by content, not by column, because positions shift in real
// documents.
import { daysIn, mondaysIn } from "../rules/time";
import { squeeze } from "../rules/text";
import type { GoalRow, MonthlyRow } from "../format/planRows";
import type { Block, DocCell, Entry } from "./document";
import { describeDecision, type Decision } from "./decisions";
import type { Lang } from "../format/schema";

const MONTH = /^(\d{1,2})\s*(?:~\s*(\d{1,2})\s*)?월$/;
const QUARTER = /^\d\s*\/\s*4\s*분기$/;
/** A planned count: "1회", "5일", "1대", "2개소" … ("n명" counts people, not times). */
const COUNT = /(\d+)\s*(회|일|건|대|개소|차)/;

const compact = (text: string) => text.replace(/[\s.,·:()\-_/]+/g, "");

/** The months a month cell names ("7~9월" → 7, 8, 9); null when it is not one. */
function monthsOf(text: string): number[] | null {
  const match = MONTH.exec(squeeze(text));
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || to > 12 || to < from) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const isMonthOrQuarter = (cell: DocCell) =>
  monthsOf(cell.text) !== null || QUARTER.test(squeeze(cell.text));

/**
 * The task a name means: spaces and punctuation ignored, the same name, else one name containing
 * the other — the longest such task name ("과제 1-10" is not "과제 1-1").
 */
function taskNamed(name: string, goals: readonly GoalRow[]): GoalRow | undefined {
  const wanted = compact(name);
  if (!wanted) return undefined;
  const exact = goals.find((g) => compact(g.task) === wanted);
  if (exact) return exact;
  let best: GoalRow | undefined;
  for (const goal of goals) {
    const task = compact(goal.task);
    if (
      (task.includes(wanted) || wanted.includes(task)) &&
      (!best || task.length > compact(best.task).length)
    ) {
      best = goal;
    }
  }
  return best;
}

/**
 * The items of one list level: the marker of its first entry marks its items; an entry with
 * another marker is a sub-item of the item before it, and a deeper list holds sub-items too.
 */
function itemsOf(entries: readonly Entry[]): { item: Entry; details: Entry[] }[] {
  const items: { item: Entry; details: Entry[] }[] = [];
  const marker = entries[0]?.marker ?? "";
  for (const entry of entries) {
    const last = items[items.length - 1];
    if (last && entry.marker !== marker) last.details.push(entry, ...entry.children);
    else items.push({ item: entry, details: [...entry.children] });
  }
  return items;
}

/** A text's planned count in a month, with its unit; null when it says none. */
function countIn(
  text: string,
  year: number,
  month: number
): { count: number; unit: string; calendar?: string } | null {
  if (/매일/.test(text)) return { count: daysIn(year, month), unit: "일", calendar: "매일" };
  if (/매주/.test(text)) return { count: mondaysIn(year, month), unit: "회", calendar: "매주" };
  if (/매월/.test(text)) return { count: 1, unit: "회" };
  const match = COUNT.exec(text);
  return match ? { count: Number(match[1]), unit: match[2] } : null;
}

interface Planned {
  taskNo: string;
  name: string;
  unit: string;
  months: (number | null)[];
  details: string[];
  /** What was decided for it, in words: kept in its 비고 after the details. */
  decided: string[];
  /**
   * "매일" or "매주" where a count follows the calendar: first in its 비고, so that 새해 양식
   * counts the new year's days again.
   */
  calendar?: string;
}

/** The 추진계획 table: the one whose header names 추진일정 (or 추진계획). */
function planTable(blocks: readonly Block[]): DocCell[][] | null {
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    const header = block.rows.findIndex((row) =>
      row.some((cell) => /추진일정|추진계획/.test(cell.text))
    );
    if (header >= 0) return block.rows.slice(header + 1);
  }
  return null;
}

/** The activities of the plan table, as 월별실적 rows, with every decision made. */
export function importActivities(
  blocks: readonly Block[],
  goals: readonly GoalRow[],
  year: number,
  lang: Lang
): { monthly: MonthlyRow[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const rows = planTable(blocks);
  if (!rows) return { monthly: [], decisions };
  const planned = new Map<string, Planned>();
  /** Activities whose row names no known task: settled once every month has been read. */
  const orphans: { entry: Planned; taskName: string }[] = [];
  let months: number[] = [];
  for (const cells of rows) {
    // A cell merged across columns stands in each of them: read it once.
    const row = cells.filter((cell, i) => i === 0 || cell !== cells[i - 1]);
    const monthCell = row.find((cell) => monthsOf(cell.text) !== null);
    if (monthCell) months = monthsOf(monthCell.text)!;
    // The plan cell: the last one holding anything that is not a month or a quarter.
    const contentIndex = row
      .map((cell, index) => (cell.text && !isMonthOrQuarter(cell) ? index : -1))
      .filter((index) => index >= 0);
    if (contentIndex.length === 0 || months.length === 0) continue;
    const planIndex = contentIndex[contentIndex.length - 1];
    const taskIndex = contentIndex.length > 1 ? contentIndex[contentIndex.length - 2] : -1;
    let entries = row[planIndex].entries;
    let task: GoalRow | undefined;
    let taskName = "";
    if (taskIndex >= 0) {
      taskName = squeeze(row[taskIndex].text.replace(/^[▪•○◦·\-*■□◆◇●◎▶▷]\s*/, ""));
      task = taskNamed(taskName, goals);
    } else if (entries.length > 0 && taskNamed(entries[0].text, goals)) {
      // No task cell: the plan cell's first item names the task, its sub-entries are the plan.
      taskName = entries[0].text;
      task = taskNamed(entries[0].text, goals);
      entries = [...entries[0].children, ...entries.slice(1)];
    }
    const taskNo = task?.taskNo ?? "";
    for (const { item, details } of itemsOf(entries)) {
      const name = squeeze(item.text.split(/\s:\s|:\s/)[0]);
      if (!name) continue;
      const key = `${taskNo}|${compact(name)}`;
      const entry: Planned = planned.get(key) ?? {
        taskNo,
        name,
        unit: "",
        months: Array(12).fill(null),
        details: [],
        decided: [],
      };
      planned.set(key, entry);
      /** Lists a decision once, and keeps its words with the activity. */
      const decide = (decision: Decision) => {
        const text = describeDecision(decision, lang);
        if (entry.decided.includes(text)) return;
        entry.decided.push(text);
        decisions.push(decision);
      };
      if (!task && !orphans.some((o) => o.entry === entry)) orphans.push({ entry, taskName });
      for (const detail of details.map((d) => squeeze(d.text))) {
        if (detail && !entry.details.includes(detail)) entry.details.push(detail);
      }
      for (const month of months) {
        const own = countIn(item.text, year, month);
        const fromDetail = own
          ? null
          : details.map((d) => countIn(d.text, year, month)).find(Boolean);
        const counted = own ?? fromDetail ?? { count: 1, unit: "회" };
        if (!own && !fromDetail) decide({ code: "countDefault", taskNo, detail: name, item: name });
        entry.unit ||= counted.unit;
        entry.calendar ||= counted.calendar;
        // Listed twice for the same month (documents repeat rows): once, the larger count.
        entry.months[month - 1] = Math.max(entry.months[month - 1] ?? 0, counted.count);
      }
    }
  }
  // An activity of no task takes the task under which the same activity appears in another month
  // (the seed's 2월 친절교육 is 2-1's, as in 3월); else it keeps a blank 과제번호. Both are said.
  for (const { entry, taskName } of orphans) {
    const owner = [...planned.values()].find(
      (other) => other.taskNo && compact(other.name) === compact(entry.name)
    );
    const decision: Decision = owner
      ? {
          code: "activityTaskFromOtherMonth",
          taskNo: owner.taskNo,
          detail: entry.name,
          item: entry.name,
        }
      : {
          code: "activityWithoutTask",
          taskNo: "",
          detail: taskName ? `${taskName}: ${entry.name}` : entry.name,
          item: entry.name,
        };
    decisions.push(decision);
    if (!owner) {
      entry.decided.push(describeDecision(decision, lang));
      continue;
    }
    entry.months.forEach((count, i) => {
      if (count !== null) owner.months[i] = Math.max(owner.months[i] ?? 0, count);
    });
    for (const detail of entry.details)
      if (!owner.details.includes(detail)) owner.details.push(detail);
    owner.decided.push(describeDecision(decision, lang), ...entry.decided);
    planned.delete(`|${compact(entry.name)}`);
  }
  const monthly: MonthlyRow[] = [];
  for (const entry of planned.values()) {
    const base = {
      taskNo: entry.taskNo,
      item: entry.name,
      kind: "activity" as const,
      unit: entry.unit,
    };
    monthly.push(
      {
        ...base,
        row: "plan",
        months: entry.months,
        notes: [
          ...(entry.calendar ? [entry.calendar] : []),
          ...entry.details,
          ...entry.decided,
        ].join(" / "),
      },
      { ...base, row: "actual", months: Array(12).fill(null), notes: "" }
    );
  }
  return { monthly, decisions };
}
