// The words that tell a result or a problem, in the results' language: one place for the pane,
// the IE11 pane, the ribbon, the CLI, 결과 and 취합 alike (the words themselves are in src/i18n).
import { format, messagesFor } from "../../i18n";
import type { Provisional, Status } from "../rules/evaluate";
import type { Problem } from "./problems";
import { STATUS_STYLE, type Lang } from "./schema";

export function describeProblem(problem: Problem, lang: Lang): string {
  return format(messagesFor(lang).problems[problem.code], { detail: problem.detail ?? "" });
}

/** A problem on one line, where it is and what was typed: "✖ 월별실적!G5 [많음]: 숫자가 아닙니다". */
export function problemLine(p: Problem, lang: Lang): string {
  return (
    `${p.severity === "error" ? "✖" : "⚠"} ${p.sheet}${p.cell ? `!${p.cell}` : ""}` +
    `${p.shown ? ` [${p.shown}]` : ""}: ${describeProblem(p, lang)}`
  );
}

/**
 * Whether a result is final, in words: "확정", or "잠정 (오류 1건 · 미입력 2건)". It stands beside
 * the numbers everywhere a result is shown, never inside them.
 */
export function resultMark(provisional: Provisional | null, lang: Lang): string {
  const text = messagesFor(lang).result;
  if (!provisional) return text.final;
  const counts = [
    provisional.nothingEntered ? text.nothingEntered : "",
    provisional.preview ? text.preview : "",
    provisional.errors > 0 ? format(text.errors, { count: provisional.errors }) : "",
    provisional.noData > 0 && !provisional.nothingEntered
      ? format(text.noData, { count: provisional.noData })
      : "",
  ].filter(Boolean);
  return format(text.provisional, { counts: counts.join(" · ") });
}

/** A status in words (초과달성, 정상 …): beside its colour, so it survives black-and-white printing. */
export const statusWord = (status: Status, lang: Lang) => STATUS_STYLE[status][lang];
