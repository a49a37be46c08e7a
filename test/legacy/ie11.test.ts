// Office 2016/2019's Internet Explorer 11 webview: the ES5 bundles (ribbon commands, plain pane,
// polyfills) run where only IE11's built-ins exist, and do what the current path does.
//  1. In a Node vm context (jsdom's window) stripped to IE11's built-ins, with the Excel double
//     as Office.js: the plain pane's create → sample → compute, and the ribbon's Compute, leave
//     the workbook exactly as the current path (the TypeScript sources, in Node) leaves it.
//  2. In Chromium, told it is IE11 and stripped the same way before the page's scripts run: the
//     plain pane, clicked through; screenshots in Korean and English.
import { readFileSync } from "fs";
import { join } from "path";
import { JSDOM, ResourceLoader } from "jsdom";
import type { Browser } from "playwright-core";
import vm from "vm";
import { META_SHEET } from "../../src/core/format/schema";
import { SAMPLE_2011 } from "../../src/core/format/sample";
import { computeInExcel, createTemplateInExcel, loadSampleInExcel } from "../../src/excel/actions";
import { launchChromium } from "../../scripts/browser.cjs";
import { hasProgram } from "../support/needs";
import { ExcelDouble, officeGlobals, type SheetModel } from "../excel/excel-double";
import { excelWithTemplate, hostOf } from "../excel/excel-path";
import { builtAddin, builtHarness, root } from "../support/build";
import { cellValue } from "../taskpane/harness-page";
import { IE11_USER_AGENT, REMOVED, STRIP_BROWSER_TO_IE11, STRIP_TO_IE11 } from "./ie11-built-ins";
import { axeViolations } from "../support/axe";
import { withShortForm } from "../../src/commands/dialog";

/** The run's shared production build (test/support/build.ts). */
let dist = "";
const SCREENSHOTS = join(root, "docs/screenshots");
const YEAR = new Date().getFullYear();

/** Everything the double holds, as plain data: two workbooks compare equal when this does. */
function contents(excel: ExcelDouble) {
  const sheet = (s: SheetModel) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    frozen: [s.frozenRows, s.frozenColumns],
    dataBars: s.dataBars,
    lists: s.listValidations,
    widths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
    cells: [...s.cells].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  });
  return JSON.parse(
    JSON.stringify({ active: excel.activeSheet, sheets: excel.sheets.map(sheet) })
  ) as unknown;
}

/** The computedAt the add-in stored: the current path is given the same, to compare all else. */
function computedAt(excel: ExcelDouble): string {
  const meta = excel.sheet(META_SHEET);
  for (let row = 1; row <= 40; row++) {
    if (excel.cell(META_SHEET, `A${row}`)?.value === "computedAt") {
      return String(excel.cell(META_SHEET, `B${row}`)?.value);
    }
  }
  throw new Error(`no computedAt in ${meta ? META_SHEET : "the workbook"}`);
}

/**
 * Polls. (Playwright's waitForFunction cannot be used on the stripped page: its injected helper
 * needs the native Map, which the page no longer has.)
 */
async function until(
  condition: () => boolean,
  what: string,
  ms = 20_000,
  poll: () => Promise<void> = async () => undefined
): Promise<void> {
  const start = Date.now();
  await poll();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await poll();
  }
}

/**
 * A built page in a jsdom window whose vm context has IE11's built-ins only, the double as
 * Office.js, and the scripts its loader chose run in order. Resolves to the window and the list.
 */
function loadStripped(page: string, excel: ExcelDouble) {
  const html = readFileSync(join(dist, page), "utf8");
  const dom = new JSDOM(html, {
    runScripts: "outside-only",
    url: `https://addin.invalid/${page}`,
    resources: new ResourceLoader({ userAgent: IE11_USER_AGENT }),
  });
  const context = dom.getInternalVMContext();
  vm.runInContext(STRIP_TO_IE11, context);
  const globals = officeGlobals(excel, "ko-KR");
  Object.assign(dom.window, { Office: globals.Office, Excel: globals.Excel });
  const loader = [...dom.window.document.querySelectorAll("script:not([src])")];
  expect(loader).toHaveLength(1);
  vm.runInContext(loader[0].textContent ?? "", context);
  const scripts = [...dom.window.document.querySelectorAll("body script[src]")].map(
    (s) => (s as HTMLScriptElement).getAttribute("src") ?? ""
  );
  for (const script of scripts) {
    vm.runInContext(readFileSync(join(dist, script), "utf8"), context, { filename: script });
  }
  return { window: dom.window as unknown as Window & Record<string, unknown>, scripts };
}

function button(window: Window, text: string): HTMLButtonElement {
  const found = [...window.document.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

// A production build takes about 90 s on an idle machine of two cores; room for a second run beside.
beforeAll(async () => {
  dist = (await builtAddin()).dir;
}, 900_000);

describe("the IE11 stand-in", () => {
  it("has none of the removed built-ins", () => {
    const context = vm.createContext({});
    vm.runInContext(STRIP_TO_IE11, context);
    for (const name of REMOVED.globals) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe("undefined");
    }
    for (const [owner, members] of Object.entries(REMOVED.members)) {
      for (const member of members) {
        expect(vm.runInContext(`typeof ${owner}["${member}"]`, context)).toBe("undefined");
      }
    }
  });

  it("stops the current task pane bundle on a missing built-in (so the runs below mean something)", () => {
    const dom = new JSDOM('<div id="root"></div>', { runScripts: "outside-only" });
    const context = dom.getInternalVMContext();
    vm.runInContext(STRIP_TO_IE11, context);
    let failure: unknown;
    try {
      vm.runInContext(readFileSync(join(dist, "taskpane.js"), "utf8"), context);
    } catch (error) {
      failure = error;
    }
    const removed = [...REMOVED.globals, ...Object.values(REMOVED.members).flat()];
    const message = String((failure as Error | undefined)?.message);
    expect(removed.some((name) => message.includes(name))).toBe(true);
  });
});

describe("ES5 bundles in a vm context stripped to IE11's built-ins", () => {
  it.each([1, 8])(
    "the plain pane: create → sample → compute, identical to the current path (ExcelApi 1.%i)",
    async (level) => {
      const excel = new ExcelDouble(level, false);
      excel.addSheet("Sheet1");
      const { window, scripts } = loadStripped("taskpane.html", excel);
      expect(scripts).toEqual(["polyfills-es5.js", "taskpane-plain.js"]);
      const status = () => window.document.querySelector("[data-testid=workbook-status]");
      await until(() => status() !== null, "the workbook status");
      expect(status()?.textContent).toContain("평가 양식이 아직 없습니다");

      button(window, "평가 양식 만들기/갱신").click();
      await until(
        () => window.document.body.textContent?.includes("만들거나 갱신한 시트") ?? false,
        "the sheets"
      );
      button(window, "예시 불러오기").click();
      await until(
        () => window.document.body.textContent?.includes("예시를 불러왔습니다") ?? false,
        "the sample"
      );
      await until(() => !button(window, "달성도 계산").disabled, "compute enabled");
      button(window, "달성도 계산").click();
      await until(
        () => window.document.querySelector("[data-testid=overall-score]") !== null,
        "the results"
      );
      const shown = window.document.querySelector("[data-testid=results]")?.textContent ?? "";

      // The current path, from the TypeScript sources, on a fresh double.
      const current = new ExcelDouble(level, false);
      current.addSheet("Sheet1");
      const host = hostOf(current);
      const options = { lang: "ko" as const, year: YEAR, department: "" };
      await createTemplateInExcel(host, options);
      await loadSampleInExcel(host, { ...options, sample: SAMPLE_2011 });
      const report = await computeInExcel(host, { computedAt: computedAt(excel) });
      expect(report.ok).toBe(true);

      expect(contents(excel)).toEqual(contents(current));
      if (!report.ok) return;
      expect(window.document.querySelector("[data-testid=overall-score]")?.textContent).toBe(
        report.evaluation.department.score?.toFixed(1)
      );
      expect(shown).toContain(`${report.evaluation.department.grade}`);
      expect(shown).toContain("정상");
      expect(shown).toContain("주의");
    }
  );

  it("the ribbon's Compute, identical to the current path", async () => {
    const { excel } = await excelWithTemplate(2, SAMPLE_2011, "ko", false);
    const { excel: current } = await excelWithTemplate(2, SAMPLE_2011, "ko", false);
    const { window, scripts } = loadStripped("commands.html", excel);
    expect(scripts).toEqual(["polyfills-es5.js", "commands.js"]);
    let completed = 0;
    const computeAchievement = window.computeAchievement as (event: object) => unknown;
    computeAchievement({ completed: () => completed++ });
    // The outcome dialog opens; the function completes once the user presses its button.
    await until(() => excel.dialogs.length === 1, "the outcome dialog");
    expect(excel.dialogs[0].url).toMatch(/outcome\.html\?k=\w+$/);
    expect(completed).toBe(0);
    // The page asks for its words (no localStorage in this vm) and is sent them.
    excel.dialogs[0].messageParent("ready");
    expect(JSON.parse(excel.dialogs[0].childMessages[0])).toMatchObject({ ok: true });
    excel.dialogs[0].pressButton();
    await until(() => completed === 1, "event.completed()");

    await computeInExcel(hostOf(current), { computedAt: computedAt(excel) });
    expect(excel.activeSheet).toBe("결과");
    expect(contents(excel)).toEqual(contents(current));
  });
});

(hasProgram("chromium") ? describe : describe.skip)("the plain pane in Chromium as IE11", () => {
  /**
   * A page as the ribbon's dialog gets it in IE11's webview: its user agent, its built-ins, no
   * network (Office.js is not reachable: the page shows its words without it); errors collected.
   */
  const outcomeDialog = async (width: number, height: number) => {
    const context = await browser.newContext({
      userAgent: IE11_USER_AGENT,
      viewport: { width, height },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/*", (route) =>
      route.request().url().startsWith("file:") ? route.continue() : route.abort()
    );
    await page.addInitScript(STRIP_BROWSER_TO_IE11);
    return { context, page, errors };
  };

  let browser: Browser;
  let harness = "";
  beforeAll(async () => {
    harness = await builtHarness();
    browser = await launchChromium();
  }, 900_000);
  afterAll(() => browser?.close());

  /**
   * The pane as IE11's webview gets it. `strip: false` keeps Chromium's own built-ins: the plain
   * pane still loads (chosen by the user agent), and axe-core, which needs them, can run in it.
   */
  async function open(lang: "ko-KR" | "en-US", userAgent = IE11_USER_AGENT, strip = true) {
    const context = await browser.newContext({ userAgent, viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requested.push(r.url().replace(/^.*\//, "")));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/*", (route) =>
      route.request().url().startsWith("file:") ? route.continue() : route.abort()
    );
    // The double stands in for Office.js (which brings its own polyfills in IE11); the page's
    // scripts all run after the strip.
    await page.addInitScript(`window.__harness = { level: 2, displayLanguage: "${lang}" };`);
    await page.addInitScript({ path: harness });
    if (userAgent === IE11_USER_AGENT && strip) await page.addInitScript(STRIP_BROWSER_TO_IE11);
    await page.goto(`file://${join(dist, "taskpane.html")}`);
    return { page, requested, errors };
  }

  it.each([
    [
      "ko-KR",
      "ko",
      ["평가 양식 만들기/갱신", "예시 불러오기", "달성도 계산", "셀로 이동"],
      "정상",
      "잠정 (오류 1건)",
    ],
    [
      "en-US",
      "en",
      ["Create or update sheets", "Load the sample", "Compute achievement", "Go to cell"],
      "On track",
      "Provisional (1 with errors)",
    ],
  ] as const)(
    "%s: create → sample → compute as of June → go to a problem",
    async (lang, tag, names, onTrack, provisional) => {
      const { page, requested, errors } = await open(lang);
      const [create, sample, compute, goTo] = names;
      await page.getByTestId("workbook-status").waitFor();
      expect(requested).toContain("polyfills-es5.js");
      expect(requested).toContain("taskpane-plain.js");
      expect(requested).not.toContain("taskpane.js");
      expect(
        await page.evaluate(() => typeof (window as unknown as { Promise: unknown }).Promise)
      ).toBe("function");

      await page.getByRole("button", { name: create }).click();
      await page.locator(".notice-success").waitFor();
      await page.getByRole("button", { name: sample }).click();
      await page.locator(".notice-success", { hasText: "2011" }).waitFor();
      await page.locator("button.primary:not([disabled])").waitFor();
      await page.evaluate(
        (sheet) =>
          (
            window as unknown as { __excel: { setCell(s: string, a: string, v: string): void } }
          ).__excel.setCell(sheet, "G5", "many"),
        lang === "ko-KR" ? "월별실적" : "Monthly"
      );
      await page.locator("#as-of").selectOption("6");
      await page.getByRole("button", { name: compute, exact: true }).click();
      await page.getByTestId("results").waitFor();
      await expect(page.getByTestId("overall-grade").textContent()).resolves.toMatch(/^[SABCD]$/);
      await expect(page.getByTestId("results").textContent()).resolves.toContain(onTrack);
      await expect(page.getByTestId("result-mark").textContent()).resolves.toBe(provisional);
      await page.getByTestId("problems").waitFor();
      // As in the Fluent pane (issue 29): the outcome above the actions, focused, in view.
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("outcome");
      const score = (await page.getByTestId("overall-grade").boundingBox())?.y ?? -1;
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThan(600);
      await page.screenshot({ path: join(SCREENSHOTS, `plain-pane-${tag}.png`), fullPage: true });

      let selection = "";
      await page.getByRole("button", { name: goTo }).first().click();
      await until(
        () => selection.endsWith("!G5"),
        "the selection",
        10_000,
        async () => {
          selection = await page.evaluate(
            () =>
              (window as unknown as { __excel: { selection: string | null } }).__excel.selection ??
              ""
          );
        }
      );
      expect(await cellValue(page, lang === "ko-KR" ? "결과" : "Results", "A3")).toBe(
        lang === "ko-KR" ? "종합점수" : "Overall score"
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > 320);
      expect(overflow).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  );

  it("the plain pane imports a plan pasted as text, with a preview first", async () => {
    const { page, errors } = await open("ko-KR");
    await page.getByTestId("workbook-status").waitFor();
    const plan = [
      "2026년도 주요업무 자체평가 시행계획",
      "임무\t깨끗한 환경도시",
      "성과목표\t1. 폐기물 감량",
      "담당부서\t전략과제\t2026년 목표\t2025년 실적\t성과지표",
      "자원순환팀 이순신\t1-1 생활폐기물 줄이기\t- 감량 : 1만 2천톤 이상\t- 1만 5백톤\t- 감량실적",
      "\t사업비 : 1억 2천만원(국비)",
    ].join("\n");
    // What IE11 gives a page on paste: the text, typed into the box.
    await page.evaluate((text) => {
      const area = document.getElementById("import-text") as HTMLTextAreaElement;
      area.value = text;
      const event = document.createEvent("Event");
      event.initEvent("input", true, true);
      area.dispatchEvent(event);
    }, plan);
    await page.getByRole("button", { name: "미리보기" }).click();
    await page.getByTestId("import-preview").waitFor();
    await expect(page.getByTestId("import-preview").textContent()).resolves.toContain(
      "1-1 생활폐기물 줄이기 · 감량실적 목표 12,000톤 (누계, 상향)"
    );
    await page.screenshot({ path: join(SCREENSHOTS, "plain-pane-import-ko.png"), fullPage: true });
    await page.getByRole("button", { name: "통합문서에 쓰기" }).click();
    await page.getByText("계획서를 가져왔습니다").waitFor();
    expect(await cellValue(page, "목표", "C4")).toBe("1-1");
    expect(await cellValue(page, "목표", "K4")).toBe(12000);
    expect(await cellValue(page, "목표", "N4")).toBe(120000000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the ribbon's outcome dialog shows the short form its address carries where storage is not shared (DialogApi 1.1)", async () => {
    const { context, page, errors } = await outcomeDialog(420, 360);
    const lines = Array.from(
      { length: 30 },
      (_, i) => `✖ 월별실적!G${5 + i} [많음]: 숫자가 아닙니다`
    );
    const address = withShortForm(
      `file://${join(dist, "outcome.html")}?k=unknown`,
      { ok: true, title: "달성도를 계산했습니다", lines },
      "확인",
      (count) => `나머지 ${count}줄은 결과 시트에 있습니다.`
    );
    // No words stored under the key (another storage partition): the address's words instead.
    await page.goto(address);
    await expect(page.locator("h1").textContent()).resolves.toBe("달성도를 계산했습니다");
    await expect(page.locator("li").first().textContent()).resolves.toBe(lines[0]);
    await expect(page.locator("li").last().textContent()).resolves.toMatch(
      /^나머지 \d+줄은 결과 시트에 있습니다\.$/
    );
    await expect(page.locator("#close").textContent()).resolves.toBe("확인");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the ribbon's outcome dialog shows its words as text, in IE11's built-ins", async () => {
    const { context, page, errors } = await outcomeDialog(420, 360);
    const outcome = {
      ok: false,
      title: "달성도를 계산하지 못했습니다",
      lines: ["'목표' 시트가 암호로 보호되어 있습니다", "<b>not markup</b>"],
      close: "확인",
    };
    // The ribbon function leaves the words in localStorage; the address names their key only.
    await page.addInitScript(
      (words) => window.localStorage.setItem("mbo-outcome:k1", words),
      JSON.stringify(outcome)
    );
    await page.goto(`file://${join(dist, "outcome.html")}?k=k1`);
    await expect(page.locator("h1").textContent()).resolves.toBe(outcome.title);
    // One at a time: Playwright's allTextContents needs the Set the strip removed.
    await expect(page.locator("li").nth(0).textContent()).resolves.toBe(outcome.lines[0]);
    await expect(page.locator("li").nth(1).textContent()).resolves.toBe(outcome.lines[1]);
    await expect(page.locator("li").count()).resolves.toBe(2);
    await expect(page.locator("b").count()).resolves.toBe(0);
    await expect(page.locator("button").textContent()).resolves.toBe("확인");
    await page.screenshot({ path: join(SCREENSHOTS, "ribbon-outcome-failed.png") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the ribbon's outcome dialog shows 20 problem lines in full, in IE11's built-ins", async () => {
    const { context, page, errors } = await outcomeDialog(640, 480);
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `✖ 월별실적!G${5 + i} [많음${i}]: 숫자가 아닙니다 — 민원24 온라인 이용 홍보의 ${i + 1}번째 실적`
    );
    const outcome = {
      ok: true,
      title: "달성도를 계산했습니다",
      lines: ["종합점수 76.5 (D등급), 기준월 6월 — 잠정 (오류 20건)", ...lines],
      close: "확인",
    };
    // Far past the 2,083 characters Internet Explorer allows an address.
    expect(encodeURIComponent(JSON.stringify(outcome)).length).toBeGreaterThan(2083);
    await page.addInitScript(
      (words) => window.localStorage.setItem("mbo-outcome:k20", words),
      JSON.stringify(outcome)
    );
    await page.goto(`file://${join(dist, "outcome.html")}?k=k20`);
    await expect(page.locator("li").count()).resolves.toBe(21);
    await expect(page.locator("li").nth(20).textContent()).resolves.toBe(lines[19]);
    await page.screenshot({
      path: join(SCREENSHOTS, "ribbon-outcome-20-lines.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the plain pane: axe-core finds nothing before and after Compute", async () => {
    const { page, requested } = await open("ko-KR", IE11_USER_AGENT, false);
    await page.getByTestId("workbook-status").waitFor();
    expect(requested).toContain("taskpane-plain.js");
    const found = { before: await axeViolations(page), after: [] as string[] };
    // Greyed before the sheets exist, saying why (tied to the button for a screen reader).
    const computeButton = page.getByRole("button", { name: "달성도 계산", exact: true });
    await expect(computeButton.isDisabled()).resolves.toBe(true);
    await expect(
      page.locator(`#${await computeButton.getAttribute("aria-describedby")}`).textContent()
    ).resolves.toBe("평가 양식을 만든 뒤에 쓸 수 있습니다.");
    await page.getByRole("button", { name: "평가 양식 만들기/갱신" }).click();
    await page.locator(".notice-success").waitFor();
    await page.getByRole("button", { name: "예시 불러오기" }).click();
    await page.locator(".notice-success", { hasText: "2011" }).waitFor();
    await page.locator("button.primary:not([disabled])").waitFor();
    await page.getByRole("button", { name: "달성도 계산", exact: true }).click();
    await page.getByTestId("results").waitFor();
    found.after = await axeViolations(page);
    expect(found).toEqual({ before: [], after: [] });
    await page.context().close();
  });

  it("the ribbon's outcome dialog: nothing for axe-core before or after its words arrive; 확인 focused and in view under 20 lines", async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
    const page = await context.newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith("file:") ? route.continue() : route.abort()
    );
    // Before: no words yet (Office.js would send them).
    await page.goto(`file://${join(dist, "outcome.html")}`);
    const before = await axeViolations(page);
    const outcome = {
      ok: true,
      title: "달성도를 계산했습니다",
      lines: Array.from({ length: 21 }, (_, i) => `✖ 월별실적!G${5 + i} [많음]: 숫자가 아닙니다`),
      close: "확인",
    };
    await page.addInitScript(
      (words) => window.localStorage.setItem("mbo-outcome:k21", words),
      JSON.stringify(outcome)
    );
    await page.goto(`file://${join(dist, "outcome.html")}?k=k21`);
    await page.locator("#close:not([hidden])").waitFor();
    const after = await axeViolations(page);
    const focused = await page.evaluate(() => document.activeElement?.id);
    const button = await page.locator("#close").boundingBox();
    expect({ before, after, focused, title: await page.title() }).toEqual({
      before: [],
      after: [],
      focused: "close",
      title: outcome.title,
    });
    // Issue 29: with 20 problems 확인 was below the dialog's visible area.
    expect((button?.y ?? 1e6) + (button?.height ?? 0)).toBeLessThanOrEqual(480);
    await context.close();
  });

  it("a current webview gets the Fluent UI pane and no polyfills", async () => {
    const { page, requested, errors } = await open(
      "ko-KR",
      "Mozilla/5.0 Chrome/140.0 Safari/537.36"
    );
    await page.getByTestId("workbook-status").waitFor();
    expect(requested).toContain("taskpane.js");
    expect(requested).not.toContain("polyfills-es5.js");
    expect(requested).not.toContain("taskpane-plain.js");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
