// The whole of Compute and Check on a snapshot: read, evaluate, describe what to write.
import { evaluate, type Evaluation } from "../rules/evaluate";
import type { YearScore } from "./history";
import type { Problem } from "../format/problems";
import { fitCellText } from "../format/cellText";
import { readWorkbook } from "../format/read";
import {
  historyWith,
  historyWrite,
  monthRecords,
  readHistory,
  unreadRowsMove,
  yearScore,
  type MonthRecord,
} from "./history";
import { changedChecksFormula, metaWrite } from "../format/meta";
import { goalsWrite, monthlyWrite } from "../sheets/computed";
import { languageOf, type ComputeContext } from "../sheets/context";
import { STALE_WARNING, resultsWrite } from "../sheets/results";
import { inputChecks } from "../format/staleness";
import { monthsBegun, yearOf } from "../rules/time";
import { describeProblem, resultMark } from "../format/words";
import type { Lang } from "../format/schema";
import type { WorkbookSnapshot, WorkbookWrite } from "../format/workbook";

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
  const read = readWorkbook(snapshot, yearOf(options.computedAt));
  if (!read.ok) return read;
  const plan =
    options.asOfMonth === undefined
      ? read.plan
      : { ...read.plan, settings: { ...read.plan.settings, asOfMonth: options.asOfMonth } };
  const evaluation = evaluate(plan, {
    monthsBegun: monthsBegun(plan.settings.year, options.computedAt),
  });
  const lang = languageOf(read.layout);
  const computeWith = (problems: Problem[]) =>
    computeWrite({
      snapshot,
      layout: read.layout,
      evaluation,
      problems,
      computedAt: options.computedAt,
      describe: (problem) => describeProblem(problem, lang),
      mark: resultMark(evaluation.provisional, lang),
    });
  let computed = computeWith(read.problems);
  let fitted = fitCellText(computed.write);
  // Text cut to Excel's cell limit is a problem 결과's 입력 점검 lists too: written once more
  // with it (the new rows are short).
  const problems = [...read.problems, ...fitted.problems];
  if (fitted.problems.length) {
    computed = computeWith(problems);
    fitted = fitCellText(computed.write);
  }
  const { year, readWhole } = computed;
  return { ok: true, write: fitted.write, evaluation, year, problems, lang, readWhole };
}

/**
 * Everything Compute writes, and the year score it shows (null without half-year shares).
 * `readWhole`: sheets read in part whose unread cells this write needs — read them whole and
 * compute again; the write is not to be applied.
 */
function computeWrite(context: ComputeContext): {
  write: WorkbookWrite;
  year: YearScore | null;
  readWhole: string[];
} {
  const lang = languageOf(context.layout);
  const { evaluation } = context;
  const checks = inputChecks(context.snapshot, context.layout);
  const staleFormula = `IF(${changedChecksFormula(checks.length)}=0,"","${STALE_WARNING[lang]}")`;
  const record: MonthRecord = {
    month: evaluation.asOfMonth,
    computedAt: context.computedAt,
    score: evaluation.department.score,
    grade: evaluation.department.grade,
    mark: context.mark,
  };
  // A preview and a Compute with nothing entered record nothing: 이력 holds only months that had
  // come and had figures, and the year score comes only from those.
  const before = readHistory(context.snapshot);
  const recorded = !evaluation.provisional?.preview && !evaluation.provisional?.nothingEntered;
  const history = recorded ? historyWith(before, record, evaluation, lang) : before;
  const year = yearScore(history, evaluation.settings);
  const results = resultsWrite(context, lang, {
    staleFormula,
    year,
    records: monthRecords(history),
  });
  const write: WorkbookWrite = {
    sheets: [
      goalsWrite(context, lang),
      monthlyWrite(context, lang),
      results,
      historyWrite(context.snapshot, history, lang, evaluation.settings.department),
      metaWrite({ computedAt: context.computedAt, asOfMonth: evaluation.asOfMonth }, checks),
    ],
    activeSheet: results.name,
  };
  const readWhole = history.sheet && unreadRowsMove(history) ? [history.sheet] : [];
  return { write, year, readWhole };
}
