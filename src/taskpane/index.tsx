import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OFFICE_WAIT_MS, browserHost, detectHost, type HostInfo } from "./host";

const root = createRoot(document.getElementById("root") as HTMLElement);
const render = (host: HostInfo | null) => root.render(<App host={host} />);

render(null);
const fallback = setTimeout(() => render(browserHost(navigator.language)), OFFICE_WAIT_MS);
detectHost()
  .then(render, (error: unknown) => {
    console.error(error);
    render(browserHost(navigator.language));
  })
  .finally(() => clearTimeout(fallback));
