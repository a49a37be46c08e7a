// Entry of the plain task pane, loaded instead of the Fluent UI pane in Office's Internet Explorer
// 11 and EdgeHTML webviews (taskpane.html chooses; see scripts/script-loader.cjs). Built to ES5.
import { officeHost } from "../../excel/actions";
import { messagesFor, type Lang } from "../../i18n";
import { OFFICE_WAIT_MS, browserHost, detectHost, type HostInfo } from "../host";
import { addStyles, el, replaceContent } from "./dom";
import { PlainPane } from "./PlainPane";
import { PLAIN_PANE_CSS } from "./styles";

const root = document.getElementById("root") as HTMLElement;
let paneShown = false;

function header(language: Lang): HTMLElement {
  return el("header", {}, [el("h1", {}, [messagesFor(language).appTitle])]);
}

/** Outside Excel the language is not known for sure, so both catalogues speak. */
function notInExcel(): HTMLElement {
  const languages: Lang[] = ["ko", "en"];
  return el(
    "main",
    { className: "pane", role: "alert", testId: "not-in-excel" },
    languages.map((language) => {
      const text = messagesFor(language);
      return el("section", { lang: language, className: "card" }, [
        el("h2", {}, [text.notInExcelTitle]),
        el("p", {}, [text.notInExcelBody]),
      ]);
    })
  );
}

function show(host: HostInfo): void {
  if (paneShown) return;
  if (!host.inExcel) {
    replaceContent(root, notInExcel());
    return;
  }
  paneShown = true;
  const body = el("div", {});
  replaceContent(
    root,
    el("main", { className: "pane", lang: host.language }, [header(host.language), body])
  );
  void new PlainPane(body, officeHost(), host.language).start();
}

addStyles(PLAIN_PANE_CSS);
replaceContent(
  root,
  el("main", { className: "pane" }, [
    header("ko"),
    el("p", { role: "status" }, [messagesFor("ko").loading]),
  ])
);
const fallback = setTimeout(() => show(browserHost(navigator.language)), OFFICE_WAIT_MS);
detectHost().then(
  (host) => {
    clearTimeout(fallback);
    show(host);
  },
  (error: unknown) => {
    clearTimeout(fallback);
    console.error(error);
    show(browserHost(navigator.language));
  }
);
