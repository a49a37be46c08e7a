// The whole of Compute and Check on a snapshot: read, evaluate, describe what to write.
import { format, messagesFor } from "../i18n";
import { evaluate, type Evaluation, type Provisional } from "./evaluate";
import type { YearScore } from "./history";
import type { Problem } from "./problems";
import { readWorkbook } from "./read";
import { computeWrite, languageOf } from "./results";
import type { Lang } from "./schema";
import type { WorkbookSnapshot, WorkbookWrite } from "./workbook";

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
    provisional.errors > 0 ? format(text.errors, { count: provisional.errors }) : "",
    provisional.noData > 0 ? format(text.noData, { count: provisional.noData }) : "",
  ].filter(Boolean);
  return format(text.provisional, { counts: counts.join(" · ") });
}

export interface ComputeOptions {
  /** Overrides 설정's 평가기준월 (1–12). */
  asOfMonth?: number;
  /** Local time text written as 계산일시. */
  computedAt: string;
}

export type ComputeOutcome =
  | {
      ok: true;
      write: WorkbookWrite;
      evaluation: Evaluation;
      /** The year score from 이력 (null without half-year shares in 설정). */
      year: YearScore | null;
      problems: Problem[];
      lang: Lang;
      /**
       * Sheets read in part (the Excel adapter, `SheetSnapshot.partial`) whose unread cells this
       * Compute needs: read them whole and compute again; `write` is not to be applied.
       */
      readWhole: string[];
    }
  | { ok: false; problems: Problem[] };

export function computeWorkbook(
  snapshot: WorkbookSnapshot,
  options: ComputeOptions
): ComputeOutcome {
  const read = readWorkbook(snapshot);
  if (!read.ok) return read;
  const plan =
    options.asOfMonth === undefined
      ? read.plan
      : { ...read.plan, settings: { ...read.plan.settings, asOfMonth: options.asOfMonth } };
  const evaluation = evaluate(plan);
  const lang = languageOf(read.layout);
  const { write, year, readWhole } = computeWrite({
    snapshot,
    layout: read.layout,
    evaluation,
    problems: read.problems,
    computedAt: options.computedAt,
    describe: (problem) => describeProblem(problem, lang),
    mark: resultMark(evaluation.provisional, lang),
  });
  return { ok: true, write, evaluation, year, problems: read.problems, lang, readWhole };
}
