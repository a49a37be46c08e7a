// The ribbon's outcome in an Office dialog: outcome.html shows the words it is given and sends
// "close" when its button is pressed. The words never travel in the dialog's address (Internet
// Explorer 11 cuts an address at 2,083 characters, about six problem lines): the page finds them
// in localStorage under the key its address names (same origin), or asks for them with "ready"
// and is sent them with messageChild (DialogApi 1.2). The ribbon function waits for the dialog to
// close, but never past the function command's life.
import type { Outcome } from "../outcome/compute";

export interface OpenedDialog {
  addEventHandler(type: string, handler: (arg: { message?: string }) => void): void;
  close(): void;
  messageChild?(message: string): void;
}

export interface DialogHost {
  isSetSupported(name: string, version: string): boolean;
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: { status: string; value: OpenedDialog }) => void
  ): void;
  /** The page's localStorage, where it has one (the dialog page shares its origin). */
  storage?: Pick<Storage, "setItem" | "removeItem"> | null;
  /** Calls `done` after `ms` unless the returned function cancels it first. */
  timer(ms: number, done: () => void): () => void;
}

/** Where the dialog page finds the words: this prefix and the key in its address. */
const OUTCOME_STORAGE_PREFIX = "mbo-outcome:";

/**
 * How long the ribbon function waits for the dialog to be closed: Office ends a function command
 * after 5 minutes; completing before keeps it from being reported as failed. The dialog stays
 * open and closes with its own ×.
 */
export const DIALOG_WAIT_MS = 4.5 * 60 * 1000;

/** The dialog page's address beside the function file, naming only the key of its words. */
function outcomeUrl(base: string, key: string): string {
  return `${base.replace(/[^/]*$/, "")}outcome.html?k=${encodeURIComponent(key)}`;
}

/** Shows the outcome; resolves true when the dialog was shown, false when it could not be. */
export async function showOutcome(
  host: DialogHost,
  base: string,
  outcome: Outcome,
  close: string
): Promise<boolean> {
  if (!host.isSetSupported("DialogApi", "1.1")) return false;
  const key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const words = JSON.stringify({ ...outcome, close });
  try {
    host.storage?.setItem(OUTCOME_STORAGE_PREFIX + key, words);
  } catch {
    // Storage full or refused (private mode): the page asks for the words instead.
  }
  const canMessageChild = host.isSetSupported("DialogApi", "1.2");
  const closed = new Promise<boolean>((resolve) => {
    host.displayDialogAsync(
      outcomeUrl(base, key),
      { height: 50, width: 40, displayInIframe: true },
      (result) => {
        if (result.status !== "succeeded") {
          resolve(false);
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", (arg) => {
          if (arg?.message === "ready") {
            if (canMessageChild) dialog.messageChild?.(words);
            return;
          }
          // The button's "close".
          dialog.close();
          resolve(true);
        });
        // The user closing the dialog with its own ×.
        dialog.addEventHandler("dialogEventReceived", () => resolve(true));
      }
    );
  });
  let cancel = () => undefined as void;
  const timedOut = new Promise<boolean>((resolve) => {
    cancel = host.timer(DIALOG_WAIT_MS, () => resolve(true));
  });
  const shown = await Promise.race([closed, timedOut]);
  cancel();
  try {
    host.storage?.removeItem(OUTCOME_STORAGE_PREFIX + key);
  } catch {
    // Nothing to tidy.
  }
  return shown;
}
