// The built task pane in Chromium, with the Excel API double in place of Office.js: a person's
// way through create → sample → compute → go to a problem, checked on the page and in the workbook.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.cjs";
import { builtAddin, builtHarness, root } from "../support/build";
import { hasProgram } from "../support/needs";
import { cellValue } from "./harness-page";
import { axeViolations } from "../support/axe";
import { computeFile, templateBytes } from "../support/workbooks";
import { generatePlan } from "../support/generate";
import { templateWrite } from "../../src/core/format/template";
import { writeWorkbook } from "../../src/xlsx/write";
import { readTextDocument } from "../../src/documents/text";
import { pastedCells, toHtml } from "../support/plan-documents";
import { cellAddress } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import JSZip from "jszip";

const SEED = join(root, "../shared/seed/000_7c8b5f2b24e2ab54.txt");

/** The run's shared production build (test/support/build.ts). */
let dist = "";
const SCREENSHOTS = join(root, "docs/screenshots");
let harnessScript = "";

async function openPane(
  browser: Browser,
  lang: "ko-KR" | "en-US" | "ja-JP",
  width: number,
  level = 9,
  web = true,
  desktop: "PC" | "Mac" = "PC",
  compressedFile: "supported" | "unsupported" | "claimedButFails" = "supported"
): Promise<Page> {
  // The harness must run before the page's scripts: it is injected first.
  const fresh = await browser.newPage({ viewport: { width, height: 900 } });
  await fresh.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort()
  );
  await fresh.addInitScript(
    `window.__harness = { level: ${level}, displayLanguage: "${lang}", web: ${web}, desktop: "${desktop}", compressedFile: "${compressedFile}" };`
  );
  await fresh.addInitScript({ path: harnessScript });
  await fresh.goto(`file://${join(dist, "taskpane.html")}`);
  await fresh.getByTestId("workbook-status").waitFor();
  return fresh;
}

/** The workbooks the pane opened with Excel.createWorkbook (the double kept their bytes), read. */
async function openedWorkbooks(page: Page) {
  const opened = await page.evaluate(() =>
    (
      window as unknown as { __excel: { files: { createdWorkbooks: Uint8Array[] } } }
    ).__excel.files.createdWorkbooks.map((bytes) => Array.from(bytes))
  );
  return Promise.all(opened.map((bytes) => readSnapshot(new Uint8Array(bytes))));
}

/** 예시 불러오기 pressed (in a workbook without goals: no question), its notice awaited. */
async function loadSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "예시 불러오기" }).click();
  await page.getByText("2011년 민원봉사과 예시를 불러왔습니다").waitFor();
}

/** Opens one of the pane's sections (작업, 계획서 가져오기, 연말, 취합) if it is closed. */
async function openSection(page: Page, title: string): Promise<void> {
  const header = page.getByRole("button", { name: title, exact: true });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

/** The names of the pane's open sections, in order. */
const openSections = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelectorAll("[data-testid='sections'] button[aria-expanded='true']")
    ).map((b) => b.textContent?.trim() ?? "")
  );

/**
 * Tab (never the mouse) until the focus is on the control named `name`, failing after 80 presses:
 * proof that a keyboard reaches it, in the order the pane is read.
 */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el?.id ? document.querySelector(`label[for='${el.id}']`)?.textContent : null;
      return (el?.getAttribute("aria-label") ?? label ?? el?.textContent ?? "").trim();
    });
    if (focused === name) return;
  }
  throw new Error(`the keyboard does not reach "${name}"`);
}

(hasProgram("chromium") ? describe : describe.skip)("the task pane with the Excel double", () => {
  let browser: Browser;
  let consolidationFiles: string[] = [];
  let departmentFiles: string[] = [];
  beforeAll(async () => {
    dist = (await builtAddin()).dir;
    harnessScript = await builtHarness();
    const files = mkdtempSync(join(tmpdir(), "pane-files-"));
    writeFileSync(join(files, "a.xlsx"), (await computeFile(await templateBytes())).bytes);
    writeFileSync(join(files, "b.xlsx"), await templateBytes({ lang: "en" }));
    writeFileSync(join(files, "broken.xlsx"), "not a workbook");
    consolidationFiles = ["a.xlsx", "b.xlsx", "broken.xlsx"].map((f) => join(files, f));
    // Three departments for the committee's flow.
    for (const [i, name] of ["기획예산과", "민원봉사과", "세무과"].entries()) {
      const plan = generatePlan({ tasks: 3, kpisPerTask: 2, activitiesPerTask: 2 }, name, i + 3);
      const bytes = await writeWorkbook(
        null,
        templateWrite({ lang: "ko", year: 2026, department: name, sample: plan })
      );
      const file = join(files, `dept-${i + 1}.xlsx`);
      writeFileSync(file, (await computeFile(bytes)).bytes);
      departmentFiles.push(file);
    }
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 900_000);
  afterAll(() => browser?.close());

  it("puts what an action did at the top, focused: after Compute the score is within the first 600 px at 350×800", async () => {
    const page = await openPane(browser, "ko-KR", 350);
    await page.setViewportSize({ width: 350, height: 800 });
    await page.getByRole("button", { name: "평가 양식 만들기/갱신" }).click();
    await page.getByText("만들거나 갱신한 시트: 설정, 목표, 월별실적").waitFor();
    // The notice of 만들기, too, is at the top and takes the focus.
    const top = async (testId: string) => (await page.getByTestId(testId).boundingBox())?.y ?? -1;
    expect(await top("outcome")).toBeLessThan(600);
    await loadSample(page);
    await page.getByRole("button", { name: "달성도 계산" }).click();
    await page.getByTestId("overall-score").waitFor();
    // Issue 29: the score started 1,445 px down, under 가져오기, 연말 and 취합, the focus left on
    // the button. Now it is in view (scrolled to, within the first 600 px of the viewport).
    const score = await top("overall-score");
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(600);
    const focused = await page.evaluate(
      () => document.activeElement?.closest("[data-testid='outcome']") !== null
    );
    expect(focused).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "pane-ko-350-computed.png") });
    await page.close();
  });

  it("opens the next step's sections, and a keyboard alone goes create → sample → compute → 새해 양식", async () => {
    const page = await openPane(browser, "ko-KR", 350);
    await page.getByText("평가 양식이 아직 없습니다").waitFor();
    // No template: 작업 and 계획서 가져오기 open, 연말 one step away (closed).
    await expect(openSections(page)).resolves.toEqual(["작업", "계획서 가져오기"]);
    await tabTo(page, "평가 양식 만들기/갱신");
    await page.keyboard.press("Enter");
    await page.getByText("만들거나 갱신한 시트: 설정, 목표, 월별실적").waitFor();
    // The outcome took the focus: the keyboard goes on from the top.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
    ).resolves.toBe("outcome");
    await tabTo(page, "예시 불러오기");
    await page.keyboard.press("Enter");
    await page.getByText("2011년 민원봉사과 예시를 불러왔습니다").waitFor();
    // Once more: the question, answered 취소 by the keyboard; the focus back on 예시 불러오기.
    await tabTo(page, "예시 불러오기");
    await page.keyboard.press("Enter");
    await page.getByTestId("confirm-sample").waitFor();
    await tabTo(page, "취소");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      "예시 불러오기"
    );
    await tabTo(page, "기준월");
    await page.keyboard.press("End");
    await expect(page.getByLabel("기준월").inputValue()).resolves.toBe("12");
    await tabTo(page, "달성도 계산");
    await page.keyboard.press("Enter");
    await page.getByTestId("overall-score").waitFor();
    // Computed through December: the next step is the year's end, its section opened; 계획서
    // 가져오기, opened for the first steps, closed again (nobody opened it by hand).
    await expect(page.getByTestId("next-step").textContent()).resolves.toContain("12월까지");
    await expect(openSections(page)).resolves.toEqual(["작업", "연말: 새해 양식과 결과보고서"]);
    await tabTo(page, "새해 양식 만들기");
    await page.keyboard.press("Enter");
    await page.getByTestId("new-year").waitFor();
    // Sections open and close by the keyboard; one closed by hand stays closed.
    await tabTo(page, "계획서 가져오기");
    await page.keyboard.press("Enter");
    await tabTo(page, "연말: 새해 양식과 결과보고서");
    await page.keyboard.press("Enter");
    await expect(openSections(page)).resolves.toEqual(["작업", "계획서 가져오기"]);
    await page.getByRole("button", { name: "입력 점검" }).click();
    await page.getByTestId("outcome").getByText("입력 점검").first().waitFor();
    await expect(openSections(page)).resolves.toEqual(["작업", "계획서 가져오기"]);
    // The other flows' first controls, by the keyboard: 가져오기 from a sheet, and the 취합 tools
    // switched on by Space, their file picker reached.
    await tabTo(page, "열린 통합문서의 시트에서 가져오기");
    await tabTo(page, "기획감사실 취합 도구 보기");
    await page.keyboard.press("Space");
    await tabTo(page, "부서별 통합문서를 고르면 취합 시트를 이 통합문서에 씁니다");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([320, 350, 450])("photographs every state of the pane at %i px", async (width) => {
    const page = await openPane(browser, "ko-KR", width);
    const shot = async (state: string) => {
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(SCREENSHOTS, `pane-ko-${width}-${state}.png`),
        fullPage: true,
      });
      // Nothing wider than the pane.
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
      ).resolves.toBe(true);
    };
    await page.getByText("평가 양식이 아직 없습니다").waitFor();
    await shot("1-start");
    await loadSample(page);
    await page.getByRole("button", { name: "예시 불러오기" }).click();
    await page.getByTestId("confirm-sample").waitFor();
    await shot("2-confirm");
    await page.getByRole("button", { name: "취소" }).click();
    await page.getByRole("button", { name: "달성도 계산" }).click();
    await page.getByTestId("overall-score").waitFor();
    await shot("3-computed");
    await page.getByLabel("기준월").selectOption("12");
    await page.getByRole("button", { name: "달성도 계산" }).click();
    await page
      .getByTestId("next-step")
      .getByText("12월까지 계산했습니다", { exact: false })
      .waitFor();
    await page.getByRole("button", { name: "새해 양식 만들기" }).click();
    await page.getByTestId("new-year").waitFor();
    await shot("4-year-end");
    await page.getByRole("switch", { name: "기획감사실 취합 도구 보기" }).check();
    await page.getByTestId("consolidate-card").waitFor();
    await shot("5-committee");
    await page.close();
  });

  it("create → sample → compute → go to a problem (Korean, 320 px)", async () => {
    const page = await openPane(browser, "ko-KR", 320);
    await page.getByText("평가 양식이 아직 없습니다").waitFor();
    await expect(page.getByRole("button", { name: "달성도 계산" }).isDisabled()).resolves.toBe(
      true
    );
    // The pane opens on the next step, and a greyed button says why (issue 29).
    await expect(page.getByTestId("next-step").textContent()).resolves.toContain(
      "[평가 양식 만들기/갱신]으로 양식을 만들거나"
    );
    await expect(
      page.getByRole("button", { name: "달성도 계산" }).getAttribute("aria-describedby")
    ).resolves.toBe("needs-templates");
    await expect(page.getByTestId("needs-templates").textContent()).resolves.toBe(
      "평가 양식을 만든 뒤에 쓸 수 있습니다."
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "pane-ko-320-before.png"), fullPage: true });

    await page.getByRole("button", { name: "평가 양식 만들기/갱신" }).click();
    await page.getByText("만들거나 갱신한 시트: 설정, 목표, 월별실적").waitFor();
    expect(await cellValue(page, "목표", "G3")).toBe("성과지표");

    await loadSample(page);
    expect(await cellValue(page, "목표", "G4")).toBe("온라인 이용건수");
    // Now the workbook has entries: loading again asks first.
    await page.getByRole("button", { name: "예시 불러오기" }).click();
    await page.getByTestId("confirm-sample").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Issue 29: at 320 px the question stopped at "이미 입력한 목표가 있습니" and the bar ran 760 px
    // wide, its buttons without labels. Now it wraps inside the pane, nothing cut.
    const confirm = await page.getByTestId("confirm-sample").evaluate((bar) => {
      const box = bar.getBoundingClientRect();
      const cut = Array.from(bar.querySelectorAll<HTMLElement>("*")).filter(
        (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible"
      );
      return { inside: box.left >= 0 && box.right <= window.innerWidth, cut: cut.length };
    });
    expect(confirm).toEqual({ inside: true, cut: 0 });
    await page.getByTestId("confirm-sample").screenshot({
      path: join(SCREENSHOTS, "pane-ko-320-confirm.png"),
    });
    await page.getByRole("button", { name: "취소" }).click();
    // The focus goes back to the button that asked, not to the page (issue 29).
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "예시 불러오기"
    );

    // A bad figure typed in Excel, then Compute as of June.
    await page.evaluate(() =>
      (
        window as unknown as { __excel: { setCell(s: string, a: string, v: string): void } }
      ).__excel.setCell("월별실적", "G5", "많음")
    );
    await page.getByLabel("기준월").selectOption("6");
    await page.getByRole("button", { name: "달성도 계산" }).click();
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("overall-grade").textContent()).resolves.toMatch(/^[SABCD]$/);
    await expect(page.getByTestId("results").textContent()).resolves.toContain("오류");
    // The typo lowers the score (the clean sample scores 99.3) and marks it provisional.
    const score = Number(await page.getByTestId("overall-score").textContent());
    expect(score).toBeLessThan(99.3);
    await expect(page.getByTestId("result-mark").textContent()).resolves.toBe("잠정 (오류 1건)");
    expect(await cellValue(page, "결과", "A4")).toBe("결과 구분");
    expect(await cellValue(page, "결과", "B4")).toBe("잠정 (오류 1건)");
    expect(await cellValue(page, "결과", "A3")).toBe("종합점수");
    await page.getByText("입력 점검 (1건)").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-ko-320-after.png"), fullPage: true });

    await page.getByRole("button", { name: "셀로 이동" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __excel: { selection: string } }).__excel.selection ===
        "월별실적!G5"
    );
    // Status at a glance: computed, and nothing changed since.
    await page.getByText("마지막 계산:").waitFor();
    await page.getByText("계산 후 입력이 변경되지 않았습니다.").waitFor();

    // The next step follows the workbook: computed as of June, the next month's figures.
    await expect(page.getByTestId("next-step").textContent()).resolves.toContain(
      "6월까지 계산했습니다. 다음 달 실적을 입력하면 다시 계산하세요."
    );
    // 취합: the 기획감사실's tools, hidden in a department's workbook until turned on (issue 29),
    // and remembered for the user.
    await expect(page.getByLabel("부서별 통합문서를 고르면").count()).resolves.toBe(0);
    await page.getByRole("switch", { name: "기획감사실 취합 도구 보기" }).check();
    // Two files of one department (민원봉사과, the computed one kept) and a broken one. This
    // workbook holds 민원봉사과's plan: asked first (issue 29), and written into it when told so, as
    // of the month the department computed.
    await page.getByLabel("부서별 통합문서를 고르면").setInputFiles(consolidationFiles);
    const ask = page.getByTestId("confirm-consolidate");
    await expect(ask.textContent()).resolves.toContain(
      "이 통합문서에는 민원봉사과의 계획이 있습니다."
    );
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole("button", { name: "이 통합문서에 취합" }).click();
    await page
      .getByText(/^취합 시트를 썼습니다 \(기준월 6월\): 1개 부서 .*읽지 못한 파일: broken\.xlsx/)
      .waitFor();
    expect(await cellValue(page, "취합", "A4")).toBe("a.xlsx");
    const headers: unknown[] = [];
    for (const col of "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
      headers.push(await cellValue(page, "취합", `${col}3`));
    const flags = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[headers.indexOf("확인 필요")];
    expect(await cellValue(page, "취합", `${flags}4`)).toBe("같은 부서 중복 (제외한 파일: b.xlsx)");
    await page.close();
  });

  it("연말 on the web: 새해 양식 opens as a new workbook, the results report downloads", async () => {
    const page = await openPane(browser, "ko-KR", 450);
    await page.getByRole("button", { name: "평가 양식 만들기/갱신" }).click();
    await page.getByText("만들거나 갱신한 시트").waitFor();
    await loadSample(page);
    await page.getByLabel("기준월").selectOption("12");
    await page.getByRole("button", { name: "달성도 계산" }).click();
    await page.getByTestId("results").waitFor();

    await page.getByRole("button", { name: "새해 양식 만들기" }).click();
    // The web saves the new workbook in the user's cloud folder itself (issue 30): rename it there.
    await page
      .getByText("새해 양식을 새 통합문서로 열었습니다. 웹용 Excel이 OneDrive 폴더에 저장하니")
      .waitFor();
    const card = page.getByTestId("new-year");
    await card.getByText("[1-1] 온라인 이용건수: 목표치 116,000 (2011년 값 그대로)").waitFor();
    const opened = await openedWorkbooks(page);
    expect(opened).toHaveLength(1);
    const next = opened[0];
    // The user's own sheet (Sheet1) travels; last year's 결과, 이력 and metadata do not.
    expect(next.sheets.map((s) => s.name)).toEqual(["Sheet1", "설정", "목표", "월별실적"]);
    const settings = next.sheets.find((s) => s.name === "설정");
    expect(settings?.rows.find((r) => r?.[0] === "연도")?.[1]).toBe(2012);
    // The open workbook is only read: its own year and results stay.
    expect(await cellValue(page, "설정", "B3")).toBe(2011);
    expect(await cellValue(page, "결과", "A3")).toBe("종합점수");
    const files = await page.evaluate(() => {
      const f = (window as unknown as { __excel: { files: { open: number; filesRead: number } } })
        .__excel.files;
      return { open: f.open, read: f.filesRead };
    });
    expect(files).toEqual({ open: 0, read: 1 });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "결과보고서 만들기 (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("2011 민원봉사과 결과보고.docx");
    const saved = join(mkdtempSync(join(tmpdir(), "pane-report-")), "report.docx");
    await download.saveAs(saved);
    const docx = await JSZip.loadAsync(readFileSync(saved));
    const body = await docx.file("word/document.xml")!.async("string");
    expect(body).toContain("2011년 민원봉사과 주요업무 목표관리 자체평가 결과보고");
    await page.getByText("결과보고서를 내려받았습니다: 2011 민원봉사과 결과보고.docx").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "pane-year-end-ko.png"), fullPage: true });
    // Excel refuses the new window ("internal error", office-js #3646): the same bytes are
    // downloaded, and the pane says why (issue 30), instead of showing the raw error.
    await page.evaluate(() => {
      (
        window as unknown as { __excel: { files: { createWorkbookRefuses: boolean } } }
      ).__excel.files.createWorkbookRefuses = true;
    });
    const [fallback] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "새해 양식 만들기" }).click(),
    ]);
    expect(fallback.suggestedFilename()).toBe("민원봉사과 2012.xlsx");
    await page.getByText("Excel이 새해 양식을 새 창으로 열지 못해 내려받았습니다.").waitFor();
    await page.close();
  });

  it.each(["unsupported", "claimedButFails"] as const)(
    "연말 on the web where the workbook cannot be had as a file (%s): both made from the sheets, and said",
    async (compressedFile) => {
      const page = await openPane(browser, "ko-KR", 450, 9, true, "PC", compressedFile);
      await loadSample(page);
      await page.getByLabel("기준월").selectOption("12");
      await page.getByRole("button", { name: "달성도 계산" }).click();
      await page.getByTestId("overall-score").waitFor();
      await page.getByRole("button", { name: "새해 양식 만들기" }).click();
      const notice = page.getByText(
        "시트에서 읽은 설정·목표·월별실적의 값과 수식으로 새해 양식을 만들었습니다",
        {
          exact: false,
        }
      );
      await notice.waitFor();
      // Office's own words where its File API failed; nothing of it where it has none.
      await expect(notice.textContent()).resolves.toContain(
        compressedFile === "claimedButFails"
          ? "파일로 받지 못한 까닭: getFileAsync: The file type is not supported on this platform. (11001)"
          : "메모는 옮기지 않았습니다"
      );
      const [next] = await openedWorkbooks(page);
      expect(next.sheets.map((s) => s.name)).toEqual(["설정", "목표", "월별실적"]);
      expect(next.sheets[0].rows.find((r) => r?.[0] === "연도")?.[1]).toBe(2012);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "결과보고서 만들기 (.docx)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("2011 민원봉사과 결과보고.docx");
      await page
        .getByText("시트에서 읽은 값으로 결과보고서를 만들었습니다", { exact: false })
        .waitFor();
      await page.close();
    }
  );

  it.each([7, 14])(
    "연말 on Windows' desktop Excel (ExcelApi 1.%i): the report downloads, 새해 양식 opens from 1.8 or downloads below",
    async (level) => {
      // Issue 30: the report was withheld on every desktop, though Windows' WebView2 downloads.
      const page = await openPane(browser, "ko-KR", 450, level, false, "PC");
      await loadSample(page);
      await page.getByRole("button", { name: "달성도 계산" }).click();
      await page.getByTestId("overall-score").waitFor();
      await openSection(page, "연말: 새해 양식과 결과보고서");
      await expect(page.getByTestId("report-desktop").count()).resolves.toBe(0);
      const [report] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "결과보고서 만들기 (.docx)" }).click(),
      ]);
      expect(report.suggestedFilename()).toMatch(/결과보고\.docx$/);
      // From 1.8 a new window (a desktop asks for the name when it is saved); below, a download.
      const downloaded = level < 8 ? page.waitForEvent("download") : null;
      await page.getByRole("button", { name: "새해 양식 만들기" }).click();
      await page
        .getByText(
          level < 8 ? "새해 양식을 내려받았습니다" : "새해 양식을 새 통합문서로 열었습니다"
        )
        .waitFor();
      expect((await downloaded)?.suggestedFilename() ?? "opened").toMatch(
        level < 8 ? /\.xlsx$/ : /^opened$/
      );
      await page.close();
    }
  );

  it("연말 on Excel for Mac (ExcelApi 1.17): 새해 양식 opens as a new workbook, the report says where instead", async () => {
    const page = await openPane(browser, "ko-KR", 450, 17, false, "Mac");
    await loadSample(page);
    await openSection(page, "연말: 새해 양식과 결과보고서");
    await expect(page.getByTestId("report-desktop").textContent()).resolves.toContain(
      "Mac용 Excel의 작업창은 파일을 내려받을 수 없어"
    );
    await expect(
      page.getByRole("button", { name: "결과보고서 만들기 (.docx)" }).count()
    ).resolves.toBe(0);
    await page.getByRole("button", { name: "새해 양식 만들기" }).click();
    await page.getByText("새해 양식을 새 통합문서로 열었습니다").waitFor();
    await page.close();
  });

  it("취합 picked in a department's workbook can go to a new workbook, leaving this one as it was", async () => {
    const page = await openPane(browser, "ko-KR", 350);
    await page.getByRole("button", { name: "평가 양식 만들기/갱신" }).click();
    await page.getByText("만들거나 갱신한 시트: 설정, 목표, 월별실적").waitFor();
    await loadSample(page);
    await page.getByRole("switch", { name: "기획감사실 취합 도구 보기" }).check();
    await page.getByLabel("부서별 통합문서를 고르면").setInputFiles(departmentFiles);
    await page.getByRole("button", { name: "새 통합문서로 취합" }).click();
    await page.getByText("취합을 새 통합문서로 열었습니다: 3개 부서").waitFor();
    const made = await page.evaluate(() => {
      const excel = (
        window as unknown as {
          __excel: { files: { createdWorkbooks: Uint8Array[] }; sheets: { name: string }[] };
        }
      ).__excel;
      return {
        created: excel.files.createdWorkbooks.length,
        sheets: excel.sheets.map((sheet) => sheet.name),
      };
    });
    // The open workbook keeps only its own sheets (the double starts with Sheet1): no 취합 in it.
    expect(made).toEqual({ created: 1, sheets: ["Sheet1", "설정", "목표", "월별실적"] });
    // Excel refuses the new window ("internal error", office-js #3646): the same 취합 downloaded,
    // and why (issue 30; it showed the raw error).
    await page.evaluate(() => {
      (
        window as unknown as { __excel: { files: { createWorkbookRefuses: boolean } } }
      ).__excel.files.createWorkbookRefuses = true;
    });
    const pick = page.getByLabel("부서별 통합문서를 고르면");
    await pick.setInputFiles([]);
    await pick.setInputFiles(departmentFiles);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "새 통합문서로 취합" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("취합.xlsx");
    await page
      .getByText(
        "Excel이 취합 통합문서를 새 창으로 열지 못해 내려받았습니다. 취합 통합문서를 내려받았습니다"
      )
      .waitFor();
    await page.close();
  });

  it("취합 with the committee: scores typed in 정성평가 are kept and graded on the next 취합", async () => {
    const page = await openPane(browser, "ko-KR", 400);
    await page.getByRole("switch", { name: "기획감사실 취합 도구 보기" }).check();
    // Remembered: the pane opened again shows them still.
    await page.reload();
    await page.getByTestId("workbook-status").waitFor();
    await expect(
      page.getByRole("switch", { name: "기획감사실 취합 도구 보기" }).isChecked()
    ).resolves.toBe(true);
    // Every progress text the card shows, as it shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="consolidate-progress"]')?.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const pick = page.getByLabel("부서별 통합문서를 고르면");
    await pick.setInputFiles(departmentFiles);
    await page
      .getByText(
        /^취합 시트를 썼습니다 \(기준월 \d+월\): 3개 부서 \(최종점수 0개, 정성 점수 없음 3개\)/
      )
      .waitFor();
    const progress = await page.evaluate(
      () => (window as unknown as { __progress: string[] }).__progress
    );
    expect(progress).toContain("파일 읽는 중 3 / 3");
    expect(await cellValue(page, "정성평가", "A3")).toBe("부서");
    expect(await cellValue(page, "취합설정", "A3")).toBe("정량 비중");

    // The committee types five scores for two departments (the third has none yet).
    const typed: [string, number | string][] = [];
    for (let row = 4; row <= 6; row++) {
      const department = await cellValue(page, "정성평가", `A${row}`);
      if (department === "세무과") continue;
      ["B", "C", "D", "E", "F"].forEach((col, m) =>
        typed.push([`${col}${row}`, String(department === "기획예산과" ? 90 + m : 70 + m)])
      );
    }
    typed.push(["K4", "우수 사례"]);
    await page.evaluate((cells) => {
      const excel = (
        window as unknown as { __excel: { typeCell(s: string, a: string, t: string): void } }
      ).__excel;
      for (const [address, text] of cells) excel.typeCell("정성평가", address, String(text));
    }, typed);

    await pick.setInputFiles([]);
    await pick.setInputFiles(departmentFiles);
    await page
      .getByText(
        /^취합 시트를 썼습니다 \(기준월 \d+월\): 3개 부서 \(최종점수 2개, 정성 점수 없음 1개\)/
      )
      .waitFor();
    for (const [address, text] of typed) {
      const value = await cellValue(page, "정성평가", address);
      expect([address, String(value)]).toEqual([address, String(text)]);
    }
    // Ranked: the two complete departments first, graded; the third marked 미완료.
    const rows = [4, 5, 6];
    const summary = await Promise.all(
      rows.map(async (r) => [
        await cellValue(page, "취합", `B${r}`),
        await cellValue(page, "취합", `C${r}`),
        await cellValue(page, "취합", `D${r}`),
      ])
    );
    expect(summary[0][1]).toBe(1);
    expect(summary[1][1]).toBe(2);
    expect(summary[2]).toEqual(["세무과", "", "미완료"]);
    expect(["S", "A", "B", "C", "D"]).toContain(summary[0][2]);
    await page.screenshot({ path: join(SCREENSHOTS, "pane-committee-ko.png"), fullPage: true });

    // The committee sets 취합설정's 기준월 in this workbook: the next 취합 is as of that month (it
    // was read only where the CLI and the page update a summary file).
    let monthRow = 0;
    for (let row = 3; row <= 30 && !monthRow; row++)
      if ((await cellValue(page, "취합설정", `A${row}`)) === "기준월") monthRow = row;
    expect(monthRow).toBeGreaterThan(0);
    await page.evaluate((address) => {
      (
        window as unknown as { __excel: { typeCell(s: string, a: string, t: string): void } }
      ).__excel.typeCell("취합설정", address, "6");
    }, `B${monthRow}`);
    await pick.setInputFiles([]);
    await pick.setInputFiles(departmentFiles);
    await page.getByText(/^취합 시트를 썼습니다 \(기준월 6월\): 3개 부서/).waitFor();
    await page.close();
  });

  it("계획서 가져오기: paste the plan's HTML, see the preview and decisions, write, go to a decision", async () => {
    const page = await openPane(browser, "ko-KR", 450);
    const html = toHtml(readTextDocument(readFileSync(SEED, "utf8")));
    // What 한글 or Word put on the clipboard: HTML, and its text.
    await page.getByRole("textbox", { name: "계획서 가져오기" }).evaluate((area, data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/html", data);
      transfer.setData("text/plain", "plain text that must not be used");
      area.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true })
      );
    }, html);
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(
      "2011년 민원봉사과: 과제 3개, 성과지표 3개"
    );
    await expect(preview.textContent()).resolves.toContain(
      "1-1 민원24 온라인 이용 홍보 · 온라인 이용건수 목표 116,000건 (누계, 상향)"
    );
    await expect(preview.textContent()).resolves.toContain(
      "3-1 즉시해결팀 순찰 운영 — 계획 2월 28 · 3월 31"
    );
    await expect(page.getByTestId("import-decisions").textContent()).resolves.toContain(
      "[2-1] 지표유형을 정했습니다(확인하세요): 만족도: 평균"
    );
    await page.getByTestId("import").screenshot({ path: join(SCREENSHOTS, "pane-import-ko.png") });

    await page.getByRole("button", { name: "통합문서에 쓰기" }).click();
    await page.getByText("계획서를 가져왔습니다").waitFor();
    expect(await cellValue(page, "목표", "C4")).toBe("1-1");
    expect(await cellValue(page, "목표", "K4")).toBe(116000);
    expect(await cellValue(page, "설정", "B3")).toBe(2011);
    // Each decision of a task goes to its row's 비고.
    await page
      .getByTestId("import-decisions")
      .getByRole("button", { name: "셀로 이동" })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __excel: { selection: string } }).__excel.selection === "목표!Q4"
    );
    // Importing again into a workbook with goals asks first.
    await page.getByRole("textbox", { name: "계획서 가져오기" }).evaluate((area, data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/html", data);
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true }));
    }, html);
    await page.getByRole("button", { name: "통합문서에 쓰기" }).click();
    await page.getByTestId("confirm-import").waitFor();
    await page.close();
  });

  it("계획서 가져오기 from a sheet of the open workbook the tables were pasted into", async () => {
    const page = await openPane(browser, "ko-KR", 450);
    const cells = pastedCells(readTextDocument(readFileSync(SEED, "utf8")));
    await page.evaluate(
      (list) => {
        const excel = (
          window as unknown as {
            __excel: { setCell(s: string, a: string, v: string): void; addSheet(s: string): void };
          }
        ).__excel;
        excel.addSheet("메모");
        for (const { address, value } of list) excel.setCell("계획서", address, value);
      },
      cells.map((c) => ({ address: cellAddress(c.row, c.col), value: c.value }))
    );
    await page.getByRole("button", { name: "열린 통합문서의 시트에서 가져오기" }).click();
    const picker = page.getByRole("combobox", { name: "표를 붙여넣은 시트" });
    await picker.waitFor();
    await expect(picker.inputValue()).resolves.toBe("계획서");
    await page.getByRole("button", { name: "이 시트 읽기" }).click();
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(
      "2011년 민원봉사과: 과제 3개, 성과지표 3개"
    );
    await page
      .getByTestId("import")
      .screenshot({ path: join(SCREENSHOTS, "pane-import-sheet-ko.png") });
    await page.getByRole("button", { name: "통합문서에 쓰기" }).click();
    await page.getByText("계획서를 가져왔습니다").waitFor();
    expect(await cellValue(page, "목표", "K4")).toBe(116000);
    await page.close();
  });

  it.each([
    ["ko-KR", "한 해의 흐름", 7, "ExcelApi 1.7", "정보 (도움말, IT 담당자용)"],
    ["en-US", "The year at a glance", 17, "ExcelApi 1.17", "About (help, for IT staff)"],
    ["ja-JP", "The year at a glance", 1, "ExcelApi 1.1", "About (help, for IT staff)"],
  ] as const)(
    "speaks Office's display language (%s) and names the API level in its 정보 section",
    async (lang, heading, level, api, info) => {
      const page = await openPane(browser, lang, 350, level);
      // Office's words are out of the way until 정보 is opened (issue 29).
      await expect(page.getByTestId("environment").isVisible()).resolves.toBe(false);
      await page.getByText(info).click();
      await page.getByRole("heading", { name: heading }).waitFor();
      await expect(page.getByTestId("environment").textContent()).resolves.toContain(api);
      await page.close();
    }
  );

  it.each([
    ["ko-KR", 450],
    ["en-US", 320],
    ["en-US", 450],
  ] as const)("%s at %i px: before and after Compute", async (lang, width) => {
    const page = await openPane(browser, lang, width);
    const en = lang === "en-US";
    const tag = `pane-${en ? "en" : "ko"}-${width}`;
    await page.screenshot({ path: join(SCREENSHOTS, `${tag}-before.png`), fullPage: true });
    await page.getByRole("button", { name: en ? "Load the sample" : "예시 불러오기" }).click();
    await page.getByText(en ? "Loaded the 2011 sample" : "2011년 민원봉사과 예시를").waitFor();
    await page.getByRole("button", { name: en ? "Compute achievement" : "달성도 계산" }).click();
    await page.getByTestId("results").waitFor();
    await expect(page.getByTestId("result-mark").textContent()).resolves.toBe(
      en ? "Final" : "확정"
    );
    await page.screenshot({ path: join(SCREENSHOTS, `${tag}-after.png`), fullPage: true });
    // Wider or narrower, nothing scrolls sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
