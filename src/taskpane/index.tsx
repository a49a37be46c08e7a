import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserHost, detectHost, type HostInfo } from "./host";

const root = createRoot(document.getElementById("root") as HTMLElement);
const render = (host: HostInfo | null) => root.render(<App host={host} />);

/**
 * Office.onReady can stay unanswered (a page opened from disk, a host that never connects). After
 * this long the pane says how to open it in Excel instead of waiting on its loading line, and still
 * switches to the add-in if Office answers later.
 */
const OFFICE_WAIT_MS = 10_000;

render(null);
const fallback = setTimeout(() => render(browserHost(navigator.language)), OFFICE_WAIT_MS);
detectHost()
  .then(render, (error: unknown) => {
    console.error(error);
    render(browserHost(navigator.language));
  })
  .finally(() => clearTimeout(fallback));
