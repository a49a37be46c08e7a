// What the pane says after an action: shared by the Fluent UI pane and the plain (IE11) pane.
import { ExcelActionError } from "../excel/actions";
import { FileApiError } from "../excel/file";
import { format, messagesFor, type Lang } from "../i18n";

export type Intent = "success" | "warning" | "error" | "info";
export type Notice = { intent: Intent; text: string } | null;

/** A failed action in plain words: what happened and what to do. */
export function errorNotice(error: unknown, lang: Lang): Notice {
  const text = messagesFor(lang).pane;
  if (error instanceof ExcelActionError) {
    if (error.reason === "cellEditMode") return { intent: "error", text: text.errorCellEdit };
    if (error.reason === "busy") return { intent: "error", text: text.errorBusy };
    if (error.reason === "tooLarge") return { intent: "error", text: text.errorTooLarge };
    if (error.reason === "protected") {
      return { intent: "error", text: format(text.errorProtected, { detail: error.detail }) };
    }
    if (error.reason === "unprotectRefused") {
      const [sheet, code] = error.detail.split("|");
      return { intent: "error", text: format(text.errorUnprotectRefused, { sheet, code }) };
    }
    if (error.reason === "partial") {
      return { intent: "error", text: format(text.errorPartial, { detail: error.detail }) };
    }
    return { intent: "error", text: format(text.errorFailed, { detail: error.detail }) };
  }
  if (error instanceof FileApiError && error.reason === "timeout")
    return { intent: "error", text: format(text.errorFileTimeout, { detail: error.message }) };
  return {
    intent: "error",
    text: format(text.errorFailed, { detail: String((error as Error)?.message ?? error) }),
  };
}
