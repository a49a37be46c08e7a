// The ribbon's outcome in an Office dialog: outcome.html shows the words it is given and sends
// "close" when its button is pressed. The page finds the words in localStorage under the key its
// address names (same origin), or asks for them with "ready" and is sent them with messageChild
// (DialogApi 1.2). With DialogApi 1.1 only, storage may not be shared with the dialog (Safari's
// partitioned storage: office-js #2140, #1835, #1868), so the address carries a short form too —
// the title and as many lines as fit under Internet Explorer 11's 2,083 characters, the rest
// counted. The ribbon function waits for the dialog to close, but never past the function
// command's life, counted from the function's start.
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
  /** Milliseconds now (Date.now), to count the wait from the function's start. */
  now(): number;
}

/** Where the dialog page finds the words: this prefix and the key in its address. */
const OUTCOME_STORAGE_PREFIX = "mbo-outcome:";

/**
 * How long after its start the ribbon function completes at the latest: Office ends a function
 * command after 5 minutes (office-js #5559, #1452) and reports it failed; the wait for the dialog
 * ends 30 s before, however long Compute took. The dialog stays open and closes with its own ×.
 */
export const FUNCTION_DEADLINE_MS = 4.5 * 60 * 1000;

/** The longest dialog address Internet Explorer 11 (the dialog's browser on Office 2016) keeps. */
export const DIALOG_URL_MAX_CHARS = 2083;

/** The dialog page's address beside the function file, naming the key of its words. */
function outcomeUrl(base: string, key: string): string {
  return `${base.replace(/[^/]*$/, "")}outcome.html?k=${encodeURIComponent(key)}`;
}

/**
 * The address with the outcome's short form (`s`): its title and the lines that fit under IE11's
 * limit, then `more(n)` for the n left out (at least the title, cut if it must be).
 */
export function withShortForm(
  url: string,
  outcome: Outcome,
  close: string,
  more: (count: number) => string
): string {
  const address = (title: string, lines: string[]) =>
    `${url}&s=${encodeURIComponent(JSON.stringify({ ok: outcome.ok, title, lines, close }))}`;
  for (let kept = outcome.lines.length; kept >= 0; kept--) {
    const left = outcome.lines.length - kept;
    const lines = [...outcome.lines.slice(0, kept), ...(left ? [more(left)] : [])];
    const candidate = address(outcome.title, lines);
    if (candidate.length <= DIALOG_URL_MAX_CHARS) return candidate;
  }
  let title = outcome.title;
  while (title && address(title, [more(outcome.lines.length)]).length > DIALOG_URL_MAX_CHARS)
    title = title.slice(0, -1);
  return address(title, outcome.lines.length ? [more(outcome.lines.length)] : []);
}

/** Shows the outcome; resolves true when the dialog was shown, false when it could not be. */
export async function showOutcome(
  host: DialogHost,
  base: string,
  outcome: Outcome,
  words: { close: string; more: (count: number) => string },
  startedAt: number
): Promise<boolean> {
  if (!host.isSetSupported("DialogApi", "1.1")) return false;
  const key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const { close, more } = words;
  const whole = JSON.stringify({ ...outcome, close });
  try {
    host.storage?.setItem(OUTCOME_STORAGE_PREFIX + key, whole);
  } catch {
    // Storage full or refused (private mode): the page asks for the words instead.
  }
  const canMessageChild = host.isSetSupported("DialogApi", "1.2");
  const url = canMessageChild
    ? outcomeUrl(base, key)
    : withShortForm(outcomeUrl(base, key), outcome, close, more);
  const closed = new Promise<boolean>((resolve) => {
    host.displayDialogAsync(url, { height: 50, width: 40, displayInIframe: true }, (result) => {
      if (result.status !== "succeeded") {
        resolve(false);
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler("dialogMessageReceived", (arg) => {
        if (arg?.message === "ready") {
          if (canMessageChild) dialog.messageChild?.(whole);
          return;
        }
        // The button's "close".
        dialog.close();
        resolve(true);
      });
      // The user closing the dialog with its own ×.
      dialog.addEventHandler("dialogEventReceived", () => resolve(true));
    });
  });
  let cancel = () => undefined as void;
  const timedOut = new Promise<boolean>((resolve) => {
    cancel = host.timer(Math.max(0, startedAt + FUNCTION_DEADLINE_MS - host.now()), () =>
      resolve(true)
    );
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
