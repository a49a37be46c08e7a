// 결과보고서 (issue 23, part 2): `mbo-eval report` on a department's workbook computed through the
// year and on a 17-department 취합 with the committee's scores. The .docx is opened by LibreOffice
// Writer: its text must hold every number as the workbook shows it, and every page is rendered to
// PNG (docs/renders/report-*.png) to be looked at.
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { execFileSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { convert } from "../../scripts/libreoffice.cjs";
import { main } from "../../src/cli/main";
import { EXIT } from "../../src/cli/files";
import { templateWrite } from "../../src/core/format/template";
import { CONSOLIDATION_SHEETS, SETTING_ROWS } from "../../src/core/format/schema";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { generatePlan } from "../support/generate";
import { runCli } from "../support/cli";
import { shown } from "../support/formats";
import { hasProgram } from "../support/needs";
import { drawnBlocks, wordBreaks } from "../support/pdf";
import { computeFile, sheetOf, tableByHeader } from "../support/workbooks";
import { yearWorkbook } from "../support/year";

const dir = mkdtempSync(join(tmpdir(), "mbo-report-"));
const path = (name: string) => join(dir, name);
const RENDERS = join(__dirname, "../../docs/renders");
const withWriter = hasProgram("writer") ? it : it.skip;

/** The document's text as LibreOffice Writer reads it (one paragraph or table cell a line). */
async function writerText(docx: string): Promise<string> {
  const out = await convert(docx, "txt", join(dir, "txt"));
  const name = readdirSync(out).find(
    (f) =>
      f ===
      docx
        .split("/")
        .pop()!
        .replace(/\.docx$/, ".txt")
  );
  if (!name) throw new Error(`Writer did not open ${docx}`);
  return readFileSync(join(out, name), "utf8");
}

/** Every page of the document as PNG in docs/renders (`stem`-1.png …); the PDF and its pages. */
async function render(docx: string, stem: string): Promise<{ pdf: string; pages: number }> {
  const out = await convert(docx, "pdf", join(dir, "pdf"));
  const pdf = join(
    out,
    docx
      .split("/")
      .pop()!
      .replace(/\.docx$/, ".pdf")
  );
  for (const old of readdirSync(RENDERS).filter((f) => f.startsWith(`${stem}-`)))
    rmSync(join(RENDERS, old));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(RENDERS, stem)]);
  return { pdf, pages: readdirSync(RENDERS).filter((f) => f.startsWith(`${stem}-`)).length };
}

/**
 * The rendered PDF's line breaks inside a word or number ("미입 / 력", "Approv / al"): each
 * paragraph or cell as Writer reads it, unbroken, against its lines as drawn.
 */
async function brokenWords(docx: string, pdf: string): Promise<string[]> {
  const texts = (await writerText(docx)).split(/\r?\n/).map((l) => l.trim());
  return wordBreaks(drawnBlocks(pdf), texts);
}

const percent = (v: unknown) => shown(v as number, "percent");

describe("mbo-eval report on a department's workbook computed as of 12월", () => {
  let docx: string;
  let results: ReturnType<typeof tableByHeader>;

  beforeAll(async () => {
    const { twelve } = await yearWorkbook();
    writeFileSync(path("민원봉사과.xlsx"), twelve.bytes);
    results = tableByHeader(sheetOf(await readSnapshot(twelve.bytes), "결과"), "성과지표");
    const run = await runCli("report", path("민원봉사과.xlsx"), "--json");
    expect(JSON.parse(run.out)).toMatchObject({ ok: true });
    docx = path("민원봉사과 결과보고.docx");
  });

  it("is a Word document, A4 portrait, in 맑은 고딕, with Word's heading styles and one table style", async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const document = await zip.file("word/document.xml")!.async("string");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).not.toContain('w:orient="landscape"');
    expect(styles).toMatch(/w:eastAsia="맑은 고딕"/);
    for (const style of ["Title", "Heading1", "Heading2"]) {
      expect(styles).toContain(`w:styleId="${style}"`);
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    expect(styles).toContain('w:type="table" w:styleId="MboReportTable"');
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(document.match(/<w:tblStyle w:val="MboReportTable"\/>/g)?.length).toBe(tables);
  });

  withWriter(
    "opens in Writer with the 결재란, the title and every KPI as 결과 shows it",
    async () => {
      const text = await writerText(docx);
      expect(text).toContain("2011년 민원봉사과 주요업무 목표관리 자체평가 결과보고");
      expect(text).not.toContain("(잠정)");
      // The 결재란: its label one syllable a line in its narrow cell, then the roles.
      expect(text).toMatch(/결\r?\n재\r?\n담당\r?\n팀장\r?\n과장/);
      const kpis = results.rows.filter((r) =>
        /^\d+-\d+$/.test(String(r[results.col("과제번호")] ?? ""))
      );
      expect(kpis.length).toBe(3);
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      for (const r of kpis) {
        const unitPercent = r[results.col("단위")] === "%";
        const figure = (v: unknown) => shown(v as number, unitPercent ? "percent" : "count");
        const indicator = String(r[results.col("성과지표")]);
        const at = lines.indexOf(indicator);
        expect(at).toBeGreaterThan(0);
        // The KPI's row, cell after cell: 목표치, 실적, 달성률 as 결과 formats them.
        expect(lines.slice(at + 1, at + 4)).toEqual([
          figure(results.value(r[results.col("목표치")])),
          figure(results.value(r[results.col("실적")])),
          percent(results.value(r[results.col("달성률")])),
        ]);
      }
      expect(text).toContain("종합점수");
      expect(text).toContain("연간 점수");
    }
  );

  withWriter(
    "renders to A4 pages with no word or number broken across lines (docs/renders/report-department-*.png)",
    async () => {
      const { pdf, pages } = await render(docx, "report-department");
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(await brokenWords(docx, pdf)).toEqual([]);
    }
  );

  it("refuses a workbook never computed, and one changed after its Compute, saying why", async () => {
    const template = await writeWorkbook(
      null,
      templateWrite({
        lang: "ko",
        year: 2011,
        department: "민원봉사과",
        sample: generatePlan({ tasks: 1, kpisPerTask: 1, activitiesPerTask: 1 }),
      })
    );
    writeFileSync(path("never.xlsx"), template);
    const never = await runCli("report", path("never.xlsx"));
    expect(never.code).toBe(EXIT.problems);
    expect(never.err).toContain("아직 계산하지 않은 통합문서");
    expect(existsSync(path("never 결과보고.docx"))).toBe(false);

    const computed = readFileSync(path("민원봉사과.xlsx"));
    const goals = tableByHeader(sheetOf(await readSnapshot(computed), "목표"), "목표치");
    const row = goals.rows.findIndex((r) => r[goals.col("과제번호")] === "1-1");
    writeFileSync(
      path("changed.xlsx"),
      await writeWorkbook(computed, {
        sheets: [
          {
            name: "목표",
            mode: "patch",
            cells: [{ row: goals.headerRow + 1 + row, col: goals.col("목표치"), value: 1 }],
          },
        ],
      })
    );
    const changed = await runCli("report", path("changed.xlsx"), "--json");
    expect(changed.code).toBe(EXIT.problems);
    expect(JSON.parse(changed.out)).toMatchObject({
      ok: false,
      reason: "stale",
      error: { code: "stale" },
    });
    expect(existsSync(path("changed 결과보고.docx"))).toBe(false);
  });
});

describe("mbo-eval report on a 17-department 취합 with the committee's scores", () => {
  const summary = path("취합.xlsx");
  const nameOf = (i: number) => `부서 ${String(i).padStart(2, "0")}`;
  const fileOf = (i: number) => path(`dept-${String(i).padStart(2, "0")}.xlsx`);
  let docx: string;

  const consolidate = async () => {
    const out: string[] = [];
    const code = await main(
      ["consolidate", ...Array.from({ length: 17 }, (_, i) => fileOf(i + 1)), "-o", summary],
      { out: (l) => out.push(l), err: (l) => out.push(l), now: () => "2026-12-20 10:00" },
      "ko"
    );
    expect(code).toBe(EXIT.ok);
  };

  beforeAll(async () => {
    for (let i = 1; i <= 17; i++) {
      const plan = generatePlan({ tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 }, nameOf(i), i);
      const bytes = await writeWorkbook(
        null,
        templateWrite({ lang: "ko", year: 2026, department: nameOf(i), sample: plan })
      );
      writeFileSync(fileOf(i), (await computeFile(bytes)).bytes);
    }
    await consolidate();
    // The committee scores departments 1–16 (five members each); 17 is not scored: 미완료.
    const sheet = sheetOf(await readSnapshot(readFileSync(summary)), "정성평가");
    const header = sheet.rows[2] as string[];
    const cells = [];
    for (let i = 1; i <= 16; i++) {
      const row = sheet.rows.findIndex((r) => r?.[0] === nameOf(i));
      for (let m = 0; m < 5; m++)
        cells.push({ row, col: header.indexOf(`위원${m + 1}`), value: 70 + ((i * (m + 3)) % 27) });
    }
    // The 기획감사실's 결재 line, typed in 취합설정 beside its label.
    const settings = sheetOf(await readSnapshot(readFileSync(summary)), "취합설정");
    const approvalRow = settings.rows.findIndex((r) => r?.[0] === "결재란");
    expect(approvalRow).toBeGreaterThan(0);
    writeFileSync(
      summary,
      await writeWorkbook(readFileSync(summary), {
        sheets: [
          { name: "정성평가", mode: "patch", cells },
          {
            name: "취합설정",
            mode: "patch",
            cells: [{ row: approvalRow, col: 1, value: "담당, 팀장, 실장" }],
          },
        ],
      })
    );
    // Typed after the consolidation: the summary's grades are stale until it is consolidated again.
    const stale = await runCli("report", summary, "-o", path("stale.docx"));
    expect(stale.code).toBe(EXIT.problems);
    expect(stale.err).toContain("다시 취합한 뒤");
    await consolidate();
    const run = await runCli("report", summary, "--json");
    expect(JSON.parse(run.out)).toMatchObject({ ok: true, provisional: true });
    docx = path("취합 결과보고.docx");
  });

  withWriter(
    "holds every department's 순위, 최종점수 and 최종등급 and every KPI's 목표치, 실적, 달성률",
    async () => {
      const text = await writerText(docx);
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      expect(lines.slice(0, 12).join(" ")).toContain(
        "2026년 주요업무 목표관리 자체평가 결과보고 (부서 종합) (잠정)"
      );
      const snapshot = await readSnapshot(readFileSync(summary));
      const ranked = tableByHeader(sheetOf(snapshot, "취합"), "최종점수");
      // 취합's table: the rows with a file (the ranked scores block below repeats the names).
      const departments = ranked.rows.filter((r) =>
        /\.xlsx$/.test(String(r[ranked.col("파일")] ?? ""))
      );
      expect(departments).toHaveLength(17);
      const rankingStart = lines.indexOf("1. 부서별 순위");
      for (const r of departments) {
        const name = String(r[ranked.col("부서")]);
        const at = lines.indexOf(name, rankingStart);
        expect(at).toBeGreaterThan(rankingStart);
        const rank = ranked.value(r[ranked.col("순위")]);
        const final = ranked.value(r[ranked.col("최종점수")]);
        const grade = String(ranked.value(r[ranked.col("최종등급")]) ?? "");
        // The ranking's row: 순위, 부서, 기준월, 최종점수, 정량, 정성, 최종등급.
        expect(lines[at - 1]).toBe(rank === null ? "" : String(rank));
        expect(lines[at + 1]).toBe(`${ranked.value(r[ranked.col("기준월")])}월`);
        expect(lines[at + 2]).toBe(final === null ? "" : shown(final as number, "score"));
        expect(lines[at + 5]).toBe(grade);
      }
      expect(text).toContain("미완료 부서 (정성평가 점수 없음): 부서 17");

      const kpis = tableByHeader(sheetOf(snapshot, "취합_지표"), "성과지표");
      const kpiRows = kpis.rows.filter((r) => r[kpis.col("부서")]);
      expect(kpiRows.length).toBe(17 * 4);
      const kpiStart = lines.indexOf("3. 부서별 성과지표");
      for (const name of departments.map((r) => String(r[ranked.col("부서")]))) {
        const headingAt = lines.findIndex((l, i) => i > kpiStart && l.startsWith(`${name} — `));
        expect(headingAt).toBeGreaterThan(kpiStart);
        for (const r of kpiRows.filter((k) => k[kpis.col("부서")] === name)) {
          const figure = (v: unknown) =>
            shown(v as number, r[kpis.col("단위")] === "%" ? "percent" : "count");
          const at = lines.indexOf(String(r[kpis.col("성과지표")]), headingAt);
          expect(at).toBeGreaterThan(headingAt);
          expect(lines.slice(at + 1, at + 4)).toEqual([
            figure(kpis.value(r[kpis.col("목표치")])),
            figure(kpis.value(r[kpis.col("실적")])),
            percent(kpis.value(r[kpis.col("달성률")])),
          ]);
        }
      }
    }
  );

  withWriter(
    "renders to A4 pages with its 결재란 and no word or number broken across lines (docs/renders/report-summary-*.png)",
    async () => {
      const { pdf, pages } = await render(docx, "report-summary");
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(await brokenWords(docx, pdf)).toEqual([]);
      // The 기획감사실's 결재 line, typed in 취합설정.
      const text = await writerText(docx);
      for (const role of ["담당", "팀장", "실장"]) expect(text).toContain(role);
    }
  );
});

describe("mbo-eval report in English: a department's year and a 취합", () => {
  const QUALITATIVE_EN = CONSOLIDATION_SHEETS.qualitative.en;
  const SETTINGS_EN = CONSOLIDATION_SHEETS.settings.en;
  const APPROVAL_EN = SETTING_ROWS.find((r) => r.key === "approvalRoles")!.en;
  withWriter(
    "renders every page with no word broken across lines (docs/renders/report-*-en-*.png)",
    async () => {
      const { twelve } = await yearWorkbook("en");
      writeFileSync(path("en.xlsx"), twelve.bytes);
      const files: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const plan = generatePlan(
          { tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 },
          `Dept ${i}`,
          i
        );
        const bytes = await writeWorkbook(
          null,
          templateWrite({ lang: "en", year: 2026, department: `Dept ${i}`, sample: plan })
        );
        files.push(path(`en-dept-${i}.xlsx`));
        writeFileSync(files[i - 1], (await computeFile(bytes)).bytes);
      }
      const consolidateEn = () =>
        main(
          ["consolidate", ...files, "-o", path("en-summary.xlsx")],
          { out: () => undefined, err: () => undefined, now: () => "2026-12-20 10:00" },
          "en"
        );
      expect(await consolidateEn()).toBe(EXIT.ok);
      // The committee's scores (five members a department) and the 결재 line, then again.
      const made = await readSnapshot(readFileSync(path("en-summary.xlsx")));
      const qualitative = sheetOf(made, QUALITATIVE_EN);
      const headerRow = qualitative.rows.findIndex((r) => r?.some((c) => c === "Member 1"));
      const header = qualitative.rows[headerRow] as string[];
      const scores = [1, 2, 3].flatMap((d) => {
        const row = qualitative.rows.findIndex((r) => r?.[0] === `Dept ${d}`);
        return [1, 2, 3, 4, 5].map((m) => ({
          row,
          col: header.indexOf(`Member ${m}`),
          value: 70 + ((d * (m + 3)) % 27),
        }));
      });
      const settings = sheetOf(made, SETTINGS_EN);
      const approvalRow = settings.rows.findIndex((r) => r?.[0] === APPROVAL_EN);
      writeFileSync(
        path("en-summary.xlsx"),
        await writeWorkbook(readFileSync(path("en-summary.xlsx")), {
          sheets: [
            { name: QUALITATIVE_EN, mode: "patch", cells: scores },
            {
              name: SETTINGS_EN,
              mode: "patch",
              cells: [{ row: approvalRow, col: 1, value: "Officer, Team leader, Director" }],
            },
          ],
        })
      );
      expect(await consolidateEn()).toBe(EXIT.ok);
      for (const [input, stem] of [
        ["en.xlsx", "report-department-en"],
        ["en-summary.xlsx", "report-summary-en"],
      ]) {
        const out = path(`${stem}.docx`);
        const run = await runCli("report", path(input), "-o", out);
        expect(run.code).toBe(EXIT.ok);
        const { pdf } = await render(out, stem);
        expect({ stem, broken: await brokenWords(out, pdf) }).toEqual({ stem, broken: [] });
      }
      // The English 결재란: its label turned upright in a narrow cell, each role whole.
      const text = await writerText(path("report-department-en.docx"));
      const summaryText = await writerText(path("report-summary-en.docx"));
      for (const role of ["Officer", "Team leader", "Director"]) {
        expect(text).toContain(role);
        expect(summaryText).toContain(role);
      }
    }
  );
});
