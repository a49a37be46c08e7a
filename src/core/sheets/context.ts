// What the sheets Compute writes are made from: the snapshot as read, its layout, the evaluation,
// the problems, and the words already chosen (the results' language).
import type { Evaluation } from "../rules/evaluate";
import type { Problem } from "../format/problems";
import type { Layout } from "../format/read";
import type { Lang } from "../format/schema";
import type { WorkbookSnapshot } from "../format/workbook";

export interface ComputeContext {
  snapshot: WorkbookSnapshot;
  layout: Layout;
  evaluation: Evaluation;
  problems: readonly Problem[];
  /** When Compute ran, as the user's local time text ("2011-06-30 14:05"). */
  computedAt: string;
  /** Problem messages in the results' language. */
  describe: (problem: Problem) => string;
  /** 확정, or 잠정 with its counts, in the results' language. */
  mark: string;
}

/** The workbook's language: that of its 목표 sheet's name. */
export function languageOf(layout: Layout): Lang {
  return layout.lang;
}
