// A department's 결과보고서 from its computed workbook: the result 결과 shows (the evaluation as of
// the month last computed, the year score from 이력), a table per 성과목표 with 결과's own
// columns and formats, the activities by task and the input problems.
import { monthsBegun } from "../rules/time";
import { format, messagesFor } from "../../i18n";
import { evaluate, partProvisional, type ActivityResult, type Evaluation } from "../rules/evaluate";
import { readHistory, yearScore, type YearScore } from "../year/history";
import { label } from "../format/labels";
import type { Problem } from "../format/problems";
import { readWorkbook } from "../format/read";
import { type Lang } from "../format/schema";
import { languageOf } from "../sheets/context";
import { RESULT_LABELS, RESULT_TABLE, resultGroups } from "../sheets/results";
import { approvalRoles, noRecord } from "../sheets/resultsHead";
import { fixed, type OutputTable } from "../sheets/table";
import { workbookStatus } from "../format/status";
import { NUMBER_FORMATS } from "../format/styles";
import { shownAs } from "../rules/shown";
import type { WorkbookSnapshot } from "../format/workbook";
import { problemLine, resultMark, statusWord } from "../format/words";
import { declaredTable, factsTable, type ReportBlock, type ReportOutcome } from "./document";

const SCORE = NUMBER_FORMATS.score;

/** 결과's columns the report shows, in its order (PRODUCT.md "The results report"). */
const GOAL_TABLE_KEYS = [
  "taskNo",
  "task",
  "indicator",
  "target",
  "actual",
  "achievement",
  "status",
  "execution",
  "taskScore",
  "grade",
] as const;

function activityTable(month: number, lang: Lang): OutputTable<ActivityResult> {
  const text = messagesFor(lang).report;
  return [
    {
      key: "taskNo",
      label: label("taskNo"),
      width: 7,
      value: (a) => a.activity.taskNo,
      style: fixed(undefined),
    },
    {
      key: "activity",
      label: label("activity"),
      width: 28,
      value: (a) => a.activity.name,
      style: fixed(undefined),
    },
    {
      key: "planned",
      label: { ko: format(text.planned, { month }), en: format(text.planned, { month }) },
      width: 10,
      value: (a) => a.plannedToDate,
      style: fixed({ numberFormat: NUMBER_FORMATS.count }),
    },
    {
      key: "done",
      label: { ko: text.done, en: text.done },
      width: 8,
      value: (a) => a.doneToDate,
      style: fixed({ numberFormat: NUMBER_FORMATS.count }),
    },
    {
      key: "execution",
      label: label("execution"),
      width: 8,
      value: (a) => a.execution,
      style: fixed({ numberFormat: NUMBER_FORMATS.percent }),
    },
    {
      key: "status",
      label: label("status"),
      width: 8,
      value: (a, l) => statusWord(a.status, l),
      style: fixed(undefined),
    },
  ];
}

/** 종합점수, 등급, 기준월, 계산일시, 결과 구분 and, when recorded, the half-year and year scores. */
function overview(
  evaluation: Evaluation,
  year: YearScore | null,
  computedAt: string,
  problems: number,
  lang: Lang
): ReportBlock[] {
  const text = messagesFor(lang).report;
  const words = messagesFor(lang).workbook;
  const { department } = evaluation;
  const facts: [string, string][] = [
    [RESULT_LABELS.overall[lang], shownAs(department.score, SCORE)],
    [RESULT_LABELS.grade[lang], department.grade ?? "-"],
    [RESULT_LABELS.asOf[lang], format(words.month, { month: evaluation.asOfMonth })],
    [RESULT_LABELS.computedAt[lang], computedAt],
    [RESULT_LABELS.result[lang], resultMark(evaluation.provisional, lang)],
  ];
  if (year) {
    const half = (record: YearScore["firstHalf"], month: number) =>
      record?.score == null ? noRecord([month], lang) : shownAs(record.score, SCORE);
    facts.push(
      [RESULT_LABELS.firstHalf[lang], half(year.firstHalf, 6)],
      [RESULT_LABELS.secondHalf[lang], half(year.secondHalf, 12)],
      [RESULT_LABELS.yearScore[lang], shownAs(year.score, SCORE)],
      [RESULT_LABELS.yearGrade[lang], year.grade ?? "-"]
    );
  }
  // 입력 점검 with nothing found: a line here, not a section of its own (problemBlocks).
  if (problems === 0) facts.push([text.checkFact, text.checkNone]);
  return [
    { kind: "heading", level: 1, text: text.overview },
    factsTable([text.factLabel, text.factValue], facts),
  ];
}

function goalBlocks(evaluation: Evaluation, lang: Lang): ReportBlock[] {
  const text = messagesFor(lang).report;
  const blocks: ReportBlock[] = [{ kind: "heading", level: 1, text: text.goals }];
  for (const { goal, rows } of resultGroups(evaluation)) {
    const tasks = new Set(rows.map((r) => r.task.taskNo));
    const provisional = partProvisional(
      evaluation,
      rows.map((r) => r.result),
      evaluation.activities.filter((a) => tasks.has(a.activity.taskNo))
    );
    const heading = format(text.goalHeading, {
      goal: goal.name,
      score: shownAs(goal.score, SCORE),
      grade: goal.grade ?? "-",
    });
    blocks.push(
      {
        kind: "heading",
        level: 2,
        // A 잠정 score never stands alone: the mark and its reason beside it.
        text: provisional ? `${heading} — ${resultMark(provisional, lang)}` : heading,
      },
      declaredTable(RESULT_TABLE, GOAL_TABLE_KEYS, rows, lang)
    );
  }
  return blocks;
}

function activityBlocks(evaluation: Evaluation, lang: Lang): ReportBlock[] {
  const text = messagesFor(lang).report;
  const table = activityTable(evaluation.asOfMonth, lang);
  const keys = table.map((c) => c.key);
  return [
    { kind: "heading", level: 1, text: text.activities },
    evaluation.activities.length > 0
      ? declaredTable(table, keys, evaluation.activities, lang)
      : { kind: "paragraph", text: text.noActivities },
  ];
}

/**
 * 입력 점검: a section listing each problem with its own marker (✖ or ⚠; a bulleted list put a
 * second one before it, issue 30). With none, no section: a last page holding only "문제 없음"
 * was an orphan — the overview says it instead (overview's `problems`).
 */
function problemBlocks(problems: readonly Problem[], lang: Lang): ReportBlock[] {
  if (problems.length === 0) return [];
  return [
    { kind: "heading", level: 1, text: messagesFor(lang).report.problems },
    ...problems.map((p): ReportBlock => ({ kind: "paragraph", text: problemLine(p, lang) })),
  ];
}

/**
 * The report of a department's workbook, or why there is none: never computed, or an input
 * changed since (the staleness checks Compute stored).
 */
export function departmentReport(snapshot: WorkbookSnapshot, thisYear: number): ReportOutcome {
  const read = readWorkbook(snapshot, thisYear);
  if (!read.ok) return { ok: false, reason: "unreadable", lang: "ko" };
  const lang = languageOf(read.layout);
  const status = workbookStatus(snapshot, thisYear, read);
  if (status.lastComputedAt === null || status.lastAsOfMonth === null)
    return { ok: false, reason: "notComputed", lang };
  if (status.stale) return { ok: false, reason: "stale", lang };
  const plan = read.plan;
  // As the last Compute evaluated it: its month, and the months that had come then (a preview
  // stays a preview in the report).
  const evaluation = evaluate(
    { ...plan, settings: { ...plan.settings, asOfMonth: status.lastAsOfMonth } },
    { monthsBegun: monthsBegun(plan.settings.year, status.lastComputedAt) }
  );
  const year = yearScore(readHistory(snapshot), plan.settings);
  const text = messagesFor(lang).report;
  const { department } = plan.settings;
  const title = format(text.title, { year: plan.settings.year, department });
  const roles = approvalRoles(plan.settings.approvalRoles);
  const provisional = evaluation.provisional !== null;
  return {
    ok: true,
    provisional,
    document: {
      lang,
      title: provisional ? format(text.provisional, { title }) : title,
      subtitle: format(text.subtitle, {
        month: evaluation.asOfMonth,
        computedAt: status.lastComputedAt,
      }),
      approval: roles.length ? { heading: RESULT_LABELS.approval[lang], roles } : null,
      blocks: [
        ...overview(evaluation, year, status.lastComputedAt, read.problems.length, lang),
        ...goalBlocks(evaluation, lang),
        ...activityBlocks(evaluation, lang),
        ...problemBlocks(read.problems, lang),
      ],
      footer: `${plan.settings.year} ${department}`.trim(),
      fileStem: `${plan.settings.year} ${department}`.trim(),
    },
  };
}
