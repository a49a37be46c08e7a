import { computeInExcel, officeHost, writeInExcel } from "../excel/actions";
import { messageWrite } from "../core/sheets/resultsNotice";
import { localTimestamp } from "../core/rules/time";
import { format, languageFor, messagesFor } from "../i18n";
import { showOutcome, type DialogHost } from "./dialog";
import { computeOutcome, failureOutcome, type Outcome } from "../outcome/compute";
import type { RibbonAction } from "./register";

/** localStorage where the page has one (some webviews refuse it). */
function pageStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function dialogHost(): DialogHost {
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayDialogAsync: (url, options, callback) =>
      Office.context.ui.displayDialogAsync(url, options, callback as never),
    storage: pageStorage(),
    timer: (ms, done) => {
      const id = setTimeout(done, ms);
      return () => clearTimeout(id);
    },
    now: () => Date.now(),
  };
}

/**
 * Says how Compute went: in a dialog where Office has the Dialog API; otherwise the workbook says
 * it (결과 activated with the results, or holding why Compute failed).
 */
async function tell(outcome: Outcome, computedAt: string, startedAt: number): Promise<void> {
  const lang = languageFor(Office.context.displayLanguage);
  const text = messagesFor(lang).ribbon;
  // The dialog page sits beside this function file.
  const here = typeof window === "undefined" ? "" : window.location.href;
  const words = { close: text.close, more: (count: number) => format(text.more, { count }) };
  if (await showOutcome(dialogHost(), here, outcome, words, startedAt)) return;
  if (!outcome.ok) {
    await writeInExcel(
      officeHost(),
      messageWrite([outcome.title, ...outcome.lines], lang, computedAt)
    );
  }
}

/**
 * The ribbon's functions by their manifest FunctionName. "달성도 계산" computes without the pane
 * and always shows its outcome: success, problems, or why it failed.
 */
export const ribbonFunctions: Record<string, RibbonAction> = {
  computeAchievement: async () => {
    // Office's 5 minutes run from here: the dialog's wait is counted from this moment.
    const startedAt = Date.now();
    const lang = languageFor(Office.context.displayLanguage);
    const computedAt = localTimestamp(new Date());
    let outcome: Outcome;
    try {
      outcome = computeOutcome(await computeInExcel(officeHost(), { computedAt }), lang);
    } catch (error) {
      outcome = failureOutcome(error, lang);
      // Telling may fail for the same reason (the user is still typing): the error stands.
      await tell(outcome, computedAt, startedAt).catch(() => undefined);
      throw error;
    }
    await tell(outcome, computedAt, startedAt);
  },
};
