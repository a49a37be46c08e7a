// What the ribbon's Compute says when it is done: the same words whether Office shows them in a
// dialog or (without the Dialog API) 결과 holds them.
import { describeProblem, problemLine, resultMark } from "../core/words";
import type { ComputeReport } from "../excel/actions";
import { format, messagesFor, type Lang } from "../i18n";
import { errorNotice } from "../taskpane/notice";

export interface Outcome {
  ok: boolean;
  title: string;
  lines: string[];
}

export function computeOutcome(report: ComputeReport, lang: Lang): Outcome {
  const messages = messagesFor(lang);
  const undo = report.undoCleared ? [messages.pane.undoCleared] : [];
  if (!report.ok) {
    return {
      ok: false,
      title: messages.ribbon.notComputed,
      lines: [...report.problems.map((p) => describeProblem(p, lang)), ...undo],
    };
  }
  const { department, asOfMonth, provisional } = report.evaluation;
  const mark = resultMark(provisional, lang);
  const errors = report.problems.filter((p) => p.severity === "error").length;
  return {
    ok: true,
    title: messages.ribbon.computed,
    lines: [
      department.score === null
        ? format(messages.cli.noScore, { month: asOfMonth, mark })
        : format(messages.cli.overall, {
            score: department.score.toFixed(1),
            grade: department.grade ?? "-",
            month: asOfMonth,
            mark,
          }),
      report.problems.length === 0
        ? messages.cli.noProblems
        : format(messages.cli.problemsTitle, {
            errors,
            warnings: report.problems.length - errors,
          }),
      // Each problem in full: the ribbon has no pane to show them in (and the dialog's words do
      // not travel in its address, whatever their length).
      ...report.problems.map((p) => problemLine(p, lang)),
      messages.ribbon.seeResults,
      ...undo,
    ],
  };
}

export function failureOutcome(error: unknown, lang: Lang): Outcome {
  return {
    ok: false,
    title: messagesFor(lang).ribbon.failed,
    lines: [errorNotice(error, lang)?.text ?? String(error)],
  };
}
