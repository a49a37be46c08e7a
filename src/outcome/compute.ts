// What an action came to, in words: one place for every way in. The Fluent pane and the IE11
// pane show a notice; the ribbon's dialog (or 결과, without the Dialog API) shows a title and
// lines; the CLI prints lines (lines.ts). Each renders what is made here and nothing of its own.
import { describeProblem, problemLine } from "../core/format/words";
import type { ComputeReport } from "../excel/actions";
import { format, messagesFor, type Lang } from "../i18n";
import { errorNotice, type Notice } from "./notice";
import { problemsLine, scoreLine } from "./score";

/** What the panes say after Compute (beside the results and the problems they show). */
export function computeNotice(report: ComputeReport, lang: Lang): Notice {
  const text = messagesFor(lang).pane;
  if (!report.ok) return { intent: "error", text: text.cannotCompute };
  return report.undoCleared ? { intent: "info", text: text.undoCleared } : null;
}

/** What the panes say after 평가 양식 만들기/갱신, given the sheets it wrote. */
export function templateNotice(written: readonly string[], lang: Lang): Notice {
  const text = messagesFor(lang).pane;
  return written.length
    ? { intent: "success", text: format(text.created, { sheets: written.join(", ") }) }
    : { intent: "info", text: text.nothingToCreate };
}

/** What the panes say after 예시 불러오기. */
export function sampleNotice(lang: Lang): Notice {
  return { intent: "success", text: messagesFor(lang).pane.sampleLoaded };
}

/** The ribbon's outcome: a title and its lines, for the dialog (or 결과 without one). */
export interface Outcome {
  ok: boolean;
  title: string;
  lines: string[];
}

/** The ribbon's Compute told in full: the ribbon has no pane to show the problems in. */
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
  return {
    ok: true,
    title: messages.ribbon.computed,
    lines: [
      scoreLine(report.evaluation, lang),
      problemsLine(report.problems, lang),
      // Each problem in full (the dialog's words do not travel in its address, whatever their
      // length).
      ...report.problems.map((p) => problemLine(p, lang)),
      messages.ribbon.seeResults,
      ...undo,
    ],
  };
}

/** The ribbon's action that failed, in the words the panes use for it. */
export function failureOutcome(error: unknown, lang: Lang): Outcome {
  return {
    ok: false,
    title: messagesFor(lang).ribbon.failed,
    lines: [errorNotice(error, lang)?.text ?? String(error)],
  };
}
