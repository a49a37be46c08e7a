// Everything wrong that reading or checking a workbook finds. Each names its sheet and cell; the
// words are in the catalogues (src/i18n), keyed by code.
import type { FigureProblem } from "../rules/figures";

export type ProblemCode =
  | FigureProblem
  | "percentRescaled"
  | "missingSheet"
  | "missingHeader"
  | "blankTarget"
  | "zeroTarget"
  | "directionFromTarget"
  | "directionContradicts"
  | "unknownWord"
  | "missingTaskNo"
  | "activityWithoutTask"
  | "unknownKpi"
  | "unknownTask"
  | "duplicateRow"
  | "badSetting"
  | "badShares"
  | "badHalfShares"
  | "badDistribution"
  | "duplicateDepartment"
  | "badCommitteeScore"
  | "badWeight"
  | "footerCut"
  | "textCut";

export interface Problem {
  severity: "error" | "warning";
  code: ProblemCode;
  sheet: string;
  /** A1 address; "" when the problem is the sheet itself. */
  cell: string;
  /** The value as the person typed it. */
  shown: string;
  /** A name the message needs (a header, a KPI, the value read). */
  detail?: string;
}

/** Problems that stop Compute: nothing can be evaluated without these sheets and headers. */
const FATAL_CODES: ReadonlySet<ProblemCode> = new Set(["missingSheet", "missingHeader"]);

export const isFatal = (problem: Problem) => FATAL_CODES.has(problem.code);
