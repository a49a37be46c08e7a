// Where a workbook stands as the one thing to do next, in words (PRODUCT.md "What people see
// first"): both panes open on it, the Fluent pane and the plain one alike.
import type { WorkbookStatus } from "../core/format/status";
import { format, messagesFor, type Lang } from "../i18n";

export type NextStep =
  "create" | "enterPlan" | "compute" | "recompute" | "monthly" | "yearEnd" | "summary";

/** The next step for a workbook in this state. */
export function nextStep(status: WorkbookStatus): NextStep {
  if (status.isSummary && !status.hasTemplates) return "summary";
  if (!status.hasTemplates) return "create";
  if (!status.hasEntries) return "enterPlan";
  if (status.lastComputedAt === null) return "compute";
  if (status.stale) return "recompute";
  return status.lastAsOfMonth === 12 ? "yearEnd" : "monthly";
}

/** The next step in words. */
export function nextStepText(status: WorkbookStatus, lang: Lang): string {
  const words = messagesFor(lang).pane.next;
  return format(words[nextStep(status)], { month: status.lastAsOfMonth ?? "-" });
}
