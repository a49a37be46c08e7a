// What the importer decided that a plan document did not state: listed for the user to confirm,
// and kept in 비고 of the row concerned.
import { format, messagesFor } from "../../i18n";
import type { Lang } from "../format/schema";

export type DecisionCode =
  | "typeChosen"
  | "directionDefault"
  | "figureFromWords"
  | "previousMean"
  | "previousNone"
  | "itemToNotes"
  | "unpaired"
  | "performanceGoalFromHeading"
  | "yearMissing"
  | "departmentMissing"
  | "activityWithoutTask"
  | "activityTaskFromOtherMonth"
  | "countDefault"
  | "relativeTarget"
  | "rangeTarget"
  | "yearColumnChosen"
  | "periodTargetsRunning"
  | "periodTargetsUnmatched";

/** A decision in words (the catalogue's), as listed and as kept in 비고. */
export function describeDecision(decision: Decision, lang: Lang): string {
  return format(messagesFor(lang).importDecisions[decision.code], { detail: decision.detail });
}

/** A decision the importer made that the document did not state: to confirm. */
export interface Decision {
  code: DecisionCode;
  /** The task it concerns ("" for the whole plan). */
  taskNo: string;
  /** What the message needs: a type, a text, a figure. */
  detail: string;
  /** The activity it concerns (its 월별실적 item), for decisions about one. */
  item?: string;
}
