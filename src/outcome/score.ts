// The two lines every telling of a Compute shares — the score with its month and mark, and the
// problems counted — for the ribbon's dialog and the CLI alike. No Office types here: the CLI is
// built without them.
import type { Evaluation } from "../core/rules/evaluate";
import type { Problem } from "../core/format/problems";
import { resultMark } from "../core/format/words";
import { format, messagesFor, type Lang } from "../i18n";

/** "종합점수 99.3 (S등급), 기준월 6월 — 확정", or the line without a score. */
export function scoreLine(evaluation: Evaluation, lang: Lang): string {
  const text = messagesFor(lang).outcome;
  const { department, asOfMonth, provisional } = evaluation;
  const mark = resultMark(provisional, lang);
  if (provisional?.nothingEntered) return format(text.nothingEntered, { month: asOfMonth });
  return department.score === null
    ? format(text.noScore, { month: asOfMonth, mark })
    : format(text.overall, {
        score: department.score.toFixed(1),
        grade: department.grade ?? "-",
        month: asOfMonth,
        mark,
      });
}

/** "입력 점검: 오류 1건, 주의 2건", or that there is none. */
export function problemsLine(problems: readonly Problem[], lang: Lang): string {
  const text = messagesFor(lang).outcome;
  if (problems.length === 0) return text.noProblems;
  const errors = problems.filter((p) => p.severity === "error").length;
  return format(text.problemsTitle, { errors, warnings: problems.length - errors });
}
