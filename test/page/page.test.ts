// The standalone page, one HTML file opened from disk with the network cut off: evaluate the sample
// and download it computed; pick several workbooks and download the consolidation.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.cjs";
import { builtAddin, root } from "../support/build";
import { hasProgram } from "../support/needs";
import { axeViolations } from "../support/axe";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { SETTING_ROWS } from "../../src/core/format/schema";
import { FLAG_WORDS } from "../../src/core/year/consolidate";
import { messagesFor } from "../../src/i18n";
import { computeFile, sheetOf, templateBytes } from "../support/workbooks";
import { readTextDocument } from "../../src/documents/text";
import { toHwpx } from "../support/plan-documents";
import JSZip from "jszip";

/** The run's shared production build (test/support/build.ts). */
let dist = "";
const files = mkdtempSync(join(tmpdir(), "mbo-page-"));

/**
 * The page photographed at 1280 and 400 px (docs/screenshots/page-{name}-{width}.png), axe-core
 * run at each width, nothing wider than the window.
 */
async function photograph(page: Page, name: string): Promise<void> {
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: join(root, `docs/screenshots/page-${name}-${width}.png`),
      fullPage: true,
    });
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }
}

async function openPage(
  browser: Browser,
  width = 900
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({
    viewport: { width, height: 1000 },
    acceptDownloads: true,
    locale: "ko-KR",
  });
  const requests: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === `file://${join(dist, "mbo-eval.html")}`) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`file://${join(dist, "mbo-eval.html")}`);
  await page.waitForLoadState("load");
  expect(errors).toEqual([]);
  await page.locator("#files").waitFor();
  return { page, requests };
}

(hasProgram("chromium") ? describe : describe.skip)(
  "the standalone page (file://, offline)",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      dist = (await builtAddin()).dir;
      writeFileSync(join(files, "민원봉사과.xlsx"), await templateBytes());
      writeFileSync(join(files, "computed.xlsx"), (await computeFile(await templateBytes())).bytes);
      // The same year with 설정's 평가기준월 at 12: the page computes it through December.
      const december = await writeWorkbook(await templateBytes(), {
        sheets: [
          {
            name: "설정",
            mode: "patch",
            cells: [
              { row: 2 + SETTING_ROWS.findIndex((r) => r.key === "asOfMonth"), col: 1, value: 12 },
            ],
          },
        ],
      });
      writeFileSync(join(files, "december.xlsx"), december);
      writeFileSync(join(files, "broken.xlsx"), "PK\u0003\u0004 broken");
      const seed = readFileSync(join(root, "../shared/seed/000_7c8b5f2b24e2ab54.txt"), "utf8");
      writeFileSync(join(files, "seed.hwpx"), await toHwpx(readTextDocument(seed)));
      browser = await launchChromium();
    }, 900_000);
    afterAll(() => browser?.close());

    it("evaluates one workbook, shows its results and problems, and downloads it computed", async () => {
      const { page, requests } = await openPage(browser);
      await photograph(page, "opened");
      // The keyboard reaches the file picker first (a person picks the file from there).
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("files");
      await page.locator("#files").setInputFiles(join(files, "민원봉사과.xlsx"));
      await page.getByTestId("results").waitFor();
      // Whose result, for which month, first; the focus on it (issue 29: it fell to <body>).
      await expect(page.getByTestId("result-heading").textContent()).resolves.toBe(
        "2011년 민원봉사과 — 기준월 6월"
      );
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("outcome");
      // A June workbook is not offered 새해 양식: the reason instead.
      await expect(page.getByTestId("new-year-later").textContent()).resolves.toContain(
        "12월까지 계산한 통합문서로 만듭니다 (이 통합문서의 기준월: 6월)"
      );
      await expect(page.getByTestId("new-year").count()).resolves.toBe(0);
      await expect(page.getByTestId("overall-grade").textContent()).resolves.toBe("S");
      await expect(page.getByTestId("result-mark").textContent()).resolves.toBe("확정");
      await page.getByText("입력 점검: 문제가 없습니다.").waitFor();
      // From the focused outcome, the next Tab is its first action.
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        "계산한 통합문서 내려받기"
      );
      await photograph(page, "computed");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "계산한 통합문서 내려받기" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("민원봉사과 (계산).xlsx");
      const saved = join(files, "downloaded.xlsx");
      await download.saveAs(saved);
      const snapshot = await readSnapshot(readFileSync(saved));
      expect(sheetOf(snapshot, "결과").rows[2][0]).toBe("종합점수");
      // The department's report, of the workbook as computed here.
      const [report] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "결과보고서 내려받기 (.docx)" }).click(),
      ]);
      expect(report.suggestedFilename()).toBe("2011 민원봉사과 결과보고.docx");
      expect(requests).toEqual([]);
      await page.close();
    });

    it("makes next year's workbook from one computed through December, lists what to confirm and downloads it", async () => {
      const { page, requests } = await openPage(browser);
      await page.locator("#files").setInputFiles(join(files, "december.xlsx"));
      const card = page.getByTestId("new-year");
      await card.waitFor();
      await expect(card.getByText("새해 양식: 2012년 민원봉사과").count()).resolves.toBe(1);
      await card.getByText("[1-1] 온라인 이용건수: 목표치 116,000 (2011년 값 그대로)").waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "새해 양식 내려받기" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("민원봉사과 2012.xlsx");
      const saved = join(files, "next-year.xlsx");
      await download.saveAs(saved);
      const snapshot = await readSnapshot(readFileSync(saved));
      expect(snapshot.sheets.map((s) => s.name)).toEqual(["설정", "목표", "월별실적"]);
      expect(sheetOf(snapshot, "설정").rows.find((r) => r?.[0] === "연도")?.[1]).toBe(2012);
      await photograph(page, "new-year");
      expect(requests).toEqual([]);
      await page.close();
    });

    it("imports a plan document (.hwpx) offline and downloads it as a workbook", async () => {
      const { page, requests } = await openPage(browser);
      await page.locator("#import-file").setInputFiles(join(files, "seed.hwpx"));
      const preview = page.getByTestId("import-preview");
      await preview.waitFor();
      await expect(preview.textContent()).resolves.toContain(
        "2011년 민원봉사과: 과제 3개, 성과지표 3개"
      );
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "통합문서로 내려받기" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("2011 민원봉사과.xlsx");
      const saved = join(files, "imported.xlsx");
      await download.saveAs(saved);
      const goals = sheetOf(await readSnapshot(readFileSync(saved)), "목표");
      expect(goals.rows[3].slice(2, 3)).toEqual(["1-1"]);
      expect(requests).toEqual([]);
      await page.close();
    });

    it("consolidates several, naming the file it could not read, and downloads the consolidation", async () => {
      const { page, requests } = await openPage(browser);
      // Every text the busy spinner shows while the files are read.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __spinner: string[] }).__spinner = seen;
        new MutationObserver(() => {
          for (const label of document.querySelectorAll("[class*='fui-Spinner'] label")) {
            const text = label.textContent ?? "";
            if (text && !seen.includes(text)) seen.push(text);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page
        .locator("#files")
        .setInputFiles(
          ["민원봉사과.xlsx", "computed.xlsx", "broken.xlsx"].map((f) => join(files, f))
        );
      const card = page.getByTestId("consolidation");
      await card.waitFor();
      // Both files are 민원봉사과's: one row, the one computed last, the other named.
      await expect(card.textContent()).resolves.toContain("취합: 1개 부서");
      await expect(card.textContent()).resolves.toContain("취합 기준월 6월");
      await expect(card.textContent()).resolves.toMatch(
        /같은 부서 중복 \(제외한 파일: [^)]+\.xlsx\)/
      );
      await expect(card.textContent()).resolves.toContain("broken.xlsx");
      // Issue 29: the table has the summary sheet's column headers, so two scores and two grades
      // can be told apart; the one department's row under them.
      const table = page.getByTestId("consolidation-table");
      await expect(table.locator("th").allTextContents()).resolves.toEqual([
        "순위",
        "부서",
        "파일",
        "기준월",
        "정량",
        "정성",
        "최종점수",
        "최종등급",
        "결과 구분",
        "확인 필요",
      ]);
      const cells = await table.locator("tbody tr").first().locator("td").allTextContents();
      expect(cells.slice(1, 5)).toEqual(["민원봉사과", cells[2], "6월", "99.3"]);
      expect(cells[2]).toMatch(/\.xlsx$/);
      // Every flag the table shows is explained under it, and 잠정 too (issue 29).
      const terms = await page.getByTestId("flag-meanings").locator("dt").allTextContents();
      const shownFlags = Object.values(FLAG_WORDS)
        .map((w) => w.ko)
        .filter((word) => cells[9].includes(word));
      expect(shownFlags).toContain("같은 부서 중복");
      expect(terms).toEqual(expect.arrayContaining(shownFlags));
      // 잠정 is explained exactly when a row is provisional (this one's is 확정).
      expect(terms.includes("잠정")).toBe(cells[8].startsWith("잠정"));
      // Each flag beside its own meaning.
      await expect(
        page.getByTestId("flag-meanings").locator("dd").allTextContents()
      ).resolves.toEqual(
        [...shownFlags, ...(cells[8].startsWith("잠정") ? ["잠정"] : [])].map((word) => {
          const explain = messagesFor("ko").consolidation.explain;
          const flag = Object.entries(FLAG_WORDS).find(([, w]) => w.ko === word)?.[0];
          return flag ? explain[flag as keyof typeof FLAG_WORDS] : explain.provisional;
        })
      );
      // The grading as the CLI prints it: no committee score yet, so none complete, named.
      const grading = page.getByTestId("grading");
      await expect(grading.textContent()).resolves.toContain(
        "등급 배분 (상대평가) — 완료 0개 부서"
      );
      await expect(grading.locator("thead th").allTextContents()).resolves.toEqual([
        "등급",
        "배분",
        "실제",
        "계산",
      ]);
      await expect(page.getByTestId("incomplete").textContent()).resolves.toContain("민원봉사과");
      expect(await axeViolations(page)).toEqual([]);
      // At 1280 and at 400 px (issue 29): the wide table scrolls inside its card.
      await photograph(page, "consolidation");
      // At 400 px the department's name stays on one line (it broke as "민원봉사 / 과").
      await expect(
        table
          .locator("tbody tr")
          .first()
          .locator("td")
          .nth(1)
          .evaluate((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            return range.getClientRects().length;
          })
      ).resolves.toBe(1);
      // Where the 정성평가 is typed, said where it happens (issue 29).
      await expect(page.getByTestId("qualitative-steps").textContent()).resolves.toContain(
        "'정성평가' 시트에 부서별 점수를 입력한 뒤, 그 파일을 부서 통합문서들과 함께 다시 고르세요"
      );
      const seen = await page.evaluate(
        () => (window as unknown as { __spinner: string[] }).__spinner
      );
      expect(seen).toContain("파일 읽는 중 3 / 3");
      // The summary's committee columns: no committee score yet, so ranked by nothing, 미완료.
      await expect(card.textContent()).resolves.not.toContain("undefined");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "취합 통합문서 내려받기" }).click(),
      ]);
      const saved = join(files, "consolidation.xlsx");
      await download.saveAs(saved);
      const summary = sheetOf(await readSnapshot(readFileSync(saved)), "취합");
      // The department's row and the file not read.
      expect(summary.rows.filter((r) => String(r[0]).endsWith(".xlsx"))).toHaveLength(2);
      // No committee score yet: no report ranking nobody, but why and what to do (issue 29).
      await expect(
        page.getByRole("button", { name: "결과보고서 내려받기 (.docx)" }).count()
      ).resolves.toBe(0);
      await expect(page.getByTestId("report-refused").textContent()).resolves.toContain(
        "아직 정성평가 점수가 있는 부서가 없어 결과보고서를 만들지 않았습니다"
      );
      expect(requests).toEqual([]);
      await page.close();
    });

    it("reads a 취합 picked alone as a 취합, and names a committee score it cannot read (issue 29)", async () => {
      const saved = join(files, "consolidation.xlsx");
      // A committee member's score typed as a word in the downloaded 취합's 정성평가 (B4: 위원1's
      // column, 민원봉사과's row).
      const typed = await writeWorkbook(readFileSync(saved), {
        // 위원2–5 scored it: the department is graded all the same.
        sheets: [
          {
            name: "정성평가",
            mode: "patch",
            cells: [
              { row: 3, col: 1, value: "좋음" },
              ...[2, 3, 4, 5].map((col) => ({ row: 3, col, value: 80 + col })),
            ],
          },
        ],
      });
      writeFileSync(join(files, "committee.xlsx"), typed);
      const alone = await openPage(browser);
      await alone.page.locator("#files").setInputFiles(join(files, "committee.xlsx"));
      await alone.page.getByTestId("summary-alone").waitFor();
      // Not "'목표 / Goals' 시트가 없습니다": what to do with it instead.
      await expect(alone.page.getByTestId("outcome").textContent()).resolves.not.toContain(
        "시트가 없습니다"
      );
      await alone.page.close();
      const again = await openPage(browser);
      await again.page
        .locator("#files")
        .setInputFiles([join(files, "committee.xlsx"), join(files, "민원봉사과.xlsx")]);
      const problems = again.page.getByTestId("committee-problems");
      await problems.waitFor();
      await expect(problems.textContent()).resolves.toContain("정성평가!B4");
      expect(await axeViolations(again.page)).toEqual([]);
      // With a committee score the 기획감사실's report is offered, and made.
      const [report] = await Promise.all([
        again.page.waitForEvent("download"),
        again.page.getByRole("button", { name: "결과보고서 내려받기 (.docx)" }).click(),
      ]);
      expect(report.suggestedFilename()).toBe("2011 취합 결과보고.docx");
      const reportPath = join(files, "summary-report.docx");
      await report.saveAs(reportPath);
      const body = await (
        await JSZip.loadAsync(readFileSync(reportPath))
      )
        .file("word/document.xml")!
        .async("string");
      expect(body).toContain("2011년 주요업무 목표관리 자체평가 결과보고 (부서 종합)");
      await again.page.close();
    });
  }
);
