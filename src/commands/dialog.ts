// The ribbon's outcome in an Office dialog (DialogApi 1.1): outcome.html shows the words it is
// given and sends "close" when its button is pressed. The ribbon function completes only when
// the dialog is gone, so that Office does not end the function's page while it is open.
import type { Outcome } from "./outcome";

export interface DialogHost {
  isSetSupported(name: string, version: string): boolean;
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: {
      status: string;
      value: { addEventHandler(type: string, handler: () => void): void; close(): void };
    }) => void
  ): void;
}

/** The page's address with the outcome in its query (text only: the page sets textContent). */
export function outcomeUrl(base: string, outcome: Outcome, close: string): string {
  const data = encodeURIComponent(JSON.stringify({ ...outcome, close }));
  return `${base.replace(/[^/]*$/, "")}outcome.html?d=${data}`;
}

/** Shows the outcome; resolves true when the dialog was shown and closed, false when it could not be. */
export function showOutcome(host: DialogHost, url: string): Promise<boolean> {
  if (!host.isSetSupported("DialogApi", "1.1")) return Promise.resolve(false);
  return new Promise((resolve) => {
    host.displayDialogAsync(url, { height: 40, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== "succeeded") {
        resolve(false);
        return;
      }
      const dialog = result.value;
      // The button's message, or the user closing the dialog with its own ×.
      dialog.addEventHandler("dialogMessageReceived", () => {
        dialog.close();
        resolve(true);
      });
      dialog.addEventHandler("dialogEventReceived", () => resolve(true));
    });
  });
}
