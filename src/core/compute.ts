// The whole of Compute and Check on a snapshot: read, evaluate, describe what to write.
import { evaluate, type Evaluation } from "./evaluate";
import type { YearScore } from "./history";
import type { Problem } from "./problems";
import { readWorkbook } from "./read";
import { computeWrite, languageOf } from "./results";
import { describeProblem, resultMark } from "./words";
import type { Lang } from "./schema";
import type { WorkbookSnapshot, WorkbookWrite } from "./workbook";

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
