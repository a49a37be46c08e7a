// What the CLI prints after Compute, Check or 취합: the result in a few lines (the score and
// problem lines shared with the ribbon, score.ts), then the problems.
import { partProvisional, type Evaluation } from "../core/rules/evaluate";
import type { YearScore } from "../core/year/history";
import type { CommitteeOutcome } from "../core/committee/outcome";
import { flagWords, type Consolidation } from "../core/year/consolidate";
import { problemLine, resultMark } from "../core/format/words";
import { problemsLine, scoreLine } from "./score";
import type { Problem } from "../core/format/problems";
import { STATUS_STYLE, type Lang } from "../core/format/schema";
import { format, messagesFor } from "../i18n";

const percent = (value: number | null) => (value === null ? "-" : `${(value * 100).toFixed(1)}%`);
const number = (value: number | null, unit: string) =>
  value === null
    ? "-"
    : unit === "%"
      ? percent(value)
      : value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The year score line: "연간 점수 89.7 (B등급) — 6월 99.3 · 12월 80.0", or the missing record. */
function yearLine(year: YearScore, lang: Lang): string {
  const text = messagesFor(lang).cli;
  const half = (record: YearScore["firstHalf"], month: number) =>
    format(text.halfScore, {
      month,
      score: record?.score == null ? text.noRecord : record.score.toFixed(1),
    });
  return format(text.yearScore, {
    score: year.score === null ? "-" : year.score.toFixed(1),
    grade: year.grade ?? "-",
    halves: `${half(year.firstHalf, 6)} · ${half(year.secondHalf, 12)}`,
  });
}

export function summaryLines(
  evaluation: Evaluation,
  lang: Lang,
  year: YearScore | null = null
): string[] {
  const text = messagesFor(lang).cli;
  const lines = [
    format(text.summaryTitle, {
      detail: `${evaluation.settings.year} ${evaluation.settings.department}`,
    }),
    scoreLine(evaluation, lang),
  ];
  if (year) lines.push(yearLine(year, lang));
  for (const result of evaluation.kpis) {
    const k = result.kpi;
    lines.push(
      `  ${k.taskNo} ${k.name}: ${number(result.actual, k.unit)} / ${number(k.target, k.unit)}` +
        `  ${percent(result.achievement)}  ${STATUS_STYLE[result.status][lang]}` +
        (result.score === null ? "" : `  ${result.score.toFixed(1)}`)
    );
  }
  for (const task of evaluation.tasks) {
    const provisional = partProvisional(
      evaluation,
      evaluation.kpis.filter((k) => k.kpi.taskNo === task.taskNo),
      evaluation.activities.filter((a) => a.activity.taskNo === task.taskNo)
    );
    // A 잠정 task score never stands alone (its only KPI 미입력: 100.0 from its activities).
    const mark = provisional && task.score !== null ? ` — ${resultMark(provisional, lang)}` : "";
    lines.push(
      `  [${task.taskNo}] ${task.task}: ${task.score === null ? "-" : task.score.toFixed(1)} ${task.grade ?? ""}`.trimEnd() +
        mark
    );
  }
  return lines;
}

export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  return [problemsLine(problems, lang), ...problems.map((p) => `  ${problemLine(p, lang)}`)];
}

export function consolidationLines(
  consolidation: Consolidation,
  lang: Lang,
  committee: CommitteeOutcome | null = null
): string[] {
  const text = messagesFor(lang).cli;
  const words = messagesFor(lang).consolidation;
  const lines = [
    format(text.consolidated, { count: consolidation.departments.length }),
    // Every ranking shows the month it ranks, and where that month came from.
    `${format(words.asOf, { month: consolidation.asOfMonth })} (${
      consolidation.asOfMonthFrom === "setting" ? words.asOfFromSetting : words.asOfFromDepartments
    })`,
  ];
  consolidation.departments.forEach((d, i) => {
    const flags = d.flags.map((f) => flagWords(d, f, lang)).join(", ");
    const graded = committee?.graded[i]?.result;
    const final =
      graded && !graded.incomplete
        ? `  → ${format(text.finalScore, {
            score: (graded.final as number).toFixed(1),
            rank: graded.rank as number,
            grade: graded.grade ?? "-",
          })}`
        : "";
    lines.push(
      `  ${d.department || "-"} (${d.file}): ${d.score === null ? "-" : d.score.toFixed(1)} ${d.grade ?? ""}` +
        `, ${format(messagesFor(lang).workbook.month, { month: d.asOfMonth })}, ${resultMark(d.provisional, lang)}` +
        `${final}${flags ? `  ⚠ ${flags}` : ""}`
    );
  });
  for (const s of consolidation.skipped) lines.push(`  ✖ ${s.file}: ${s.reason}`);
  const grading = committee?.grading;
  if (grading?.distribution && grading.complete > 0) {
    lines.push(
      format(text.distribution, {
        counts: grading.distribution
          .filter((c) => c.share > 0 || c.actual > 0)
          .map(
            (c) =>
              `${c.grade} ${c.share}% × ${grading.complete} = ${Math.round(c.exact * 100) / 100} → ${c.target} (${c.actual})`
          )
          .join(" · "),
      })
    );
  }
  const incomplete = grading?.ranked.filter((d) => d.incomplete).map((d) => d.department) ?? [];
  if (committee && incomplete.length) {
    lines.push(format(text.incomplete, { names: incomplete.join(", ") }));
  }
  return lines;
}
