// The computed sample (shares 50/50, 결재란, computed as of 6 then 12) as LibreOffice prints it to
// PDF: every page A4 in its orientation, no text below 8 points, every column's header printed
// (nothing cut off), the footer on every page, the charts drawn. And the page setup, print titles
// and chart parts as the file stores them.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { HISTORY_TABLES } from "../../src/core/year/history";
import { MIN_PRINTED_POINTS } from "../../src/core/format/page";
import { RESULT_TABLE } from "../../src/core/sheets/results";
import { GOAL_COLUMNS, MONTHLY_COLUMNS } from "../../src/core/format/schema";
import { convert } from "../../scripts/libreoffice.cjs";
import { hasProgram } from "../support/needs";
import { yearWorkbook } from "../support/year";

/**
 * A word's box height in pdftotext is its font size × this for Noto Sans CJK (the font renders use
 * for 맑은 고딕): measured on the render, 11 pt at 73 % → 10.39.
 */
const BOX_PER_POINT = 1.294;

interface Page {
  width: number;
  height: number;
  words: { text: string; y: number; height: number }[];
  text: string;
  /** The footer line, words left to right: "민원봉사과 목표 2 / 7". */
  footer: string;
}

async function printed(bytes: Uint8Array): Promise<Page[]> {
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  writeFileSync(join(dir, "book.xlsx"), bytes);
  await convert(join(dir, "book.xlsx"), "pdf", dir);
  execFileSync("pdftotext", ["-bbox", join(dir, "book.pdf"), join(dir, "book.html")]);
  const html = readFileSync(join(dir, "book.html"), "utf8");
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page) ?? [];
      const words = [
        ...page.matchAll(
          /xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ].map((m) => ({
        text: m[4],
        x: Number(m[1]),
        y: Number(m[2]),
        height: Number(m[3]) - Number(m[2]),
      }));
      // The footer sits in the bottom margin (0.6 in): below every line of the sheet.
      const footer = words
        .filter((w) => w.y > Number(height) - 0.6 * 72)
        .sort((a, b) => a.x - b.x)
        .map((w) => w.text)
        .join(" ");
      return {
        width: Number(width),
        height: Number(height),
        words,
        text: words.map((w) => w.text).join(" "),
        footer,
      };
    });
}

const footerOf = (page: Page) => /^(\S+) (\S+) (\d+) \/ (\d+)$/.exec(page.footer);
const sheetOfPage = (page: Page) => footerOf(page)?.[2];

(hasProgram("libreoffice") ? describe : describe.skip)("printed by LibreOffice", () => {
  let pages: Page[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await yearWorkbook()).twelve.bytes;
    pages = await printed(bytes);
  });

  it("puts every page on A4, 설정 portrait and the others landscape", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const sheet = sheetOfPage(page);
      expect(sheet).toBeDefined();
      const [short, long] = [595.3, 841.9];
      const expected = sheet === "설정" ? [short, long] : [long, short];
      expect([sheet, Math.round(page.width), Math.round(page.height)]).toEqual([
        sheet,
        Math.round(expected[0]),
        Math.round(expected[1]),
      ]);
    }
  });

  it("prints no text below 8 points", () => {
    for (const [i, page] of pages.entries()) {
      const smallest = Math.min(...page.words.map((w) => w.height / BOX_PER_POINT));
      expect([i + 1, sheetOfPage(page), smallest >= MIN_PRINTED_POINTS - 0.05]).toEqual([
        i + 1,
        sheetOfPage(page),
        true,
      ]);
    }
  });

  it("prints every column's header: nothing is cut off", () => {
    const textOf = (sheet: string) =>
      pages
        .filter((p) => sheetOfPage(p) === sheet)
        .map((p) => p.text.replace(/\s/g, ""))
        .join("");
    const expectHeaders = (sheet: string, headers: string[]) => {
      const text = textOf(sheet);
      for (const header of headers)
        expect([sheet, header, text.includes(header)]).toEqual([sheet, header, true]);
    };
    expectHeaders(
      "목표",
      GOAL_COLUMNS.map((c) => c.ko)
    );
    expectHeaders(
      "월별실적",
      MONTHLY_COLUMNS.map((c) => c.ko)
    );
    expectHeaders(
      "결과",
      RESULT_TABLE.map((c) => c.label.ko.replace(/\s/g, ""))
    );
    expectHeaders(
      "이력",
      HISTORY_TABLES.kpi.map((c) => c.label.ko)
    );
  });

  it("repeats the key columns on the pages of a sheet too wide for one", () => {
    const goals = pages.filter((p) => sheetOfPage(p) === "목표");
    expect(goals.length).toBeGreaterThan(1);
    for (const page of goals) expect(page.text).toContain("과제번호");
  });

  it("prints 월별실적 by half-year: 1–6월 on one page, 7–12월 on the next, never a month alone", () => {
    const monthly = pages.filter((p) => sheetOfPage(p) === "월별실적");
    // The sample's rows fit one page tall: two pages across, nothing more.
    expect(monthly).toHaveLength(2);
    // The month headers: words "N월" on the header row (where 과제번호 stands); a note may say 3월 too.
    const months = (page: Page) => {
      const header = page.words.find((w) => w.text === "과제번호")!;
      return page.words
        .filter((w) => Math.abs(w.y - header.y) < 2)
        .map((w) => /^(\d{1,2})월$/.exec(w.text)?.[1])
        .filter(Boolean)
        .map(Number);
    };
    const [first, second] = monthly.map((page) => months(page).sort((a, b) => a - b));
    expect(first).toEqual([1, 2, 3, 4, 5, 6]);
    expect(second).toEqual([7, 8, 9, 10, 11, 12]);
    // The key columns and the header row again on the second page.
    for (const word of ["과제번호", "항목", "누계", "상태"])
      expect(monthly[1].text).toContain(word);
  });

  it("numbers every page in its footer: department, sheet, n / N", () => {
    pages.forEach((page, i) =>
      expect(footerOf(page)?.slice(1)).toEqual([
        "민원봉사과",
        sheetOfPage(page),
        String(i + 1),
        String(pages.length),
      ])
    );
  });

  it("draws both charts and the 결재란 on 결과's first page", () => {
    const results = pages.find((p) => sheetOfPage(p) === "결과") as Page;
    expect(results.text).toContain("과제별 점수");
    expect(results.text).toContain("기준월별 종합점수");
    for (const role of ["결재", "담당", "팀장", "과장"]) expect(results.text).toContain(role);
  });
});

describe("the page setup and charts as the file stores them", () => {
  let zip: JSZip;
  let workbook: string;
  beforeAll(async () => {
    zip = await JSZip.loadAsync((await yearWorkbook()).twelve.bytes);
    workbook = await zip.file("xl/workbook.xml")!.async("string");
  });

  const sheetXml = async (name: string) => {
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const id = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    return zip.file(`xl/${target}`)!.async("string");
  };

  it("sets A4, the orientation, a scale of 73 % or more and the footer on every sheet", async () => {
    for (const [name, orientation] of [
      ["설정", "portrait"],
      ["목표", "landscape"],
      ["월별실적", "landscape"],
      ["결과", "landscape"],
      ["이력", "landscape"],
    ]) {
      const xml = await sheetXml(name);
      const setup = /<pageSetup paperSize="9" scale="(\d+)" orientation="(\w+)"\/>/.exec(xml);
      expect([name, setup?.[2]]).toEqual([name, orientation]);
      expect(Number(setup?.[1])).toBeGreaterThanOrEqual(73);
      expect(xml).toContain(
        "<oddFooter>&amp;L민원봉사과&amp;C&amp;A&amp;R&amp;P / &amp;N</oddFooter>"
      );
      expect(xml).not.toContain("fitToPage");
    }
  });

  it("breaks 월별실적 before July, and no other sheet", async () => {
    const july = MONTHLY_COLUMNS.findIndex((c) => c.key === "m7");
    expect(await sheetXml("월별실적")).toContain(
      `<colBreaks count="1" manualBreakCount="1"><brk id="${july}" max="1048575" man="1"/></colBreaks>`
    );
    for (const name of ["설정", "목표", "결과", "이력"]) {
      expect([name, await sheetXml(name)]).not.toEqual([
        name,
        expect.stringContaining("colBreaks"),
      ]);
    }
  });

  it("repeats header rows (and 목표's and 월별실적's key columns) as print titles", () => {
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'목표'!$C:$D,'목표'!$3:$3</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'월별실적'!$A:$B,'월별실적'!$3:$3</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'결과'!$7:$7</definedName>`
    );
  });

  it("holds 결과's two charts, drawn from 결과's cells, and no other chart part", async () => {
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((p) => zip.file(p)!.async("string")));
    expect(xml.some((x) => x.includes("<c:barChart>") && x.includes("과제별 점수"))).toBe(true);
    expect(xml.some((x) => x.includes("<c:lineChart>") && x.includes("기준월별 종합점수"))).toBe(
      true
    );
    for (const x of xml) expect(x).toMatch(/<c:f>'결과'!\$[A-E]\$\d+:\$[A-E]\$\d+<\/c:f>/);
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain('name="mbo-task-scores"');
    expect(drawing).toContain('name="mbo-scores-by-month"');
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(2);
  });
});
