import { createRoot } from "react-dom/client";
import { languageFor } from "../i18n";
import { Page } from "./Page";

createRoot(document.getElementById("root") as HTMLElement).render(
  <Page lang={languageFor(navigator.language)} />
);
