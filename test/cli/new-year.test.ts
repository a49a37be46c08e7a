// 새해 양식 (issue 23, part 1): next year's workbook from this year's, through the CLI as a person
// runs it — on the sample computed through the year and on a workbook imported from the seed plan.
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT } from "../../src/cli/files";
import { computeWorkbook } from "../../src/core/year/compute";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { runCli } from "../support/cli";
import { hasFile, hasProgram } from "../support/needs";
import { LIBREOFFICE } from "../support/readers";
import { sheetOf, tableByHeader } from "../support/workbooks";
import { yearWorkbook } from "../support/year";

const dir = mkdtempSync(join(tmpdir(), "mbo-new-year-"));
const path = (name: string) => join(dir, name);
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const labelled = (sheet: SheetSnapshot, label: string) =>
  sheet.rows.find((r) => r?.[0] === label)?.[1] ?? null;

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}월`);

/** Every month figure of 월별실적's rows of one 구분 or 유형, row by row. */
function monthFigures(snapshot: WorkbookSnapshot, keep: (kind: string, row: string) => boolean) {
  const t = tableByHeader(sheetOf(snapshot, "월별실적"), "구분");
  return t.rows
    .filter((r) => keep(String(r[t.col("유형")] ?? ""), String(r[t.col("구분")] ?? "")))
    .map((r) => MONTHS.map((m) => r[t.col(m)] ?? null));
}

const isActual = (kind: string, row: string) =>
  row === "실적" || kind === "분자" || kind === "분모";

describe("mbo-eval new-year on the sample computed as of 12월", () => {
  let original: WorkbookSnapshot;
  let made: WorkbookSnapshot;
  let out: string;
  let json: Record<string, unknown>;
  let before: string;

  beforeAll(async () => {
    const { twelve } = await yearWorkbook();
    writeFileSync(path("민원봉사과 2011.xlsx"), twelve.bytes);
    before = hash(path("민원봉사과 2011.xlsx"));
    original = await readSnapshot(twelve.bytes);
    const run = await runCli("new-year", path("민원봉사과 2011.xlsx"), "--json");
    json = JSON.parse(run.out);
    out = path("민원봉사과 2012.xlsx");
    made = await readSnapshot(readFileSync(out));
  });

  it("writes 민원봉사과 2012.xlsx beside the original and leaves the original untouched", () => {
    expect(json.ok).toBe(true);
    expect(json.output).toBe(out);
    expect(json.year).toBe(2012);
    expect(hash(path("민원봉사과 2011.xlsx"))).toBe(before);
  });

  it("turns 연도 to 2012, empties 평가기준월 and carries every other setting", () => {
    const settings = sheetOf(made, "설정");
    const was = sheetOf(original, "설정");
    expect(labelled(settings, "연도")).toBe(2012);
    expect(labelled(settings, "평가기준월")).toBeNull();
    for (const label of [
      "부서",
      "임무",
      "상반기 비중",
      "하반기 비중",
      "결재란",
      "등급 S",
      "초과달성 기준",
    ])
      expect(labelled(settings, label)).toEqual(labelled(was, label));
  });

  it("gives 1-1 the year's 온라인 이용건수 as 결과 showed it as its 전년도실적", () => {
    const results = tableByHeader(sheetOf(original, "결과"), "성과지표");
    const shown = results.rows.find(
      (r) =>
        r[results.col("과제번호")] === "1-1" && r[results.col("성과지표")] === "온라인 이용건수"
    );
    const goals = tableByHeader(sheetOf(made, "목표"), "성과지표");
    const row = goals.rows.find((r) => r[goals.col("과제번호")] === "1-1");
    expect(shown).toBeDefined();
    expect(results.value(shown?.[results.col("실적")])).toBeGreaterThan(0);
    expect(row?.[goals.col("전년도실적")]).toBe(results.value(shown?.[results.col("실적")]));
  });

  it("keeps goals, targets and 계획, clears every 실적 and every computed cell", () => {
    const goals = tableByHeader(sheetOf(made, "목표"), "성과지표");
    const was = tableByHeader(sheetOf(original, "목표"), "성과지표");
    const kpiRows = (t: typeof goals) => t.rows.filter((r) => r[t.col("성과지표")]);
    expect(kpiRows(goals).length).toBe(kpiRows(was).length);
    kpiRows(goals).forEach((r, i) => {
      for (const key of [
        "전략목표",
        "성과목표",
        "과제번호",
        "전략과제",
        "성과지표",
        "단위",
        "지표유형",
        "방향",
        "목표치",
        "가중치",
        "사업비",
        "예산과목",
      ])
        expect(r[goals.col(key)] ?? null).toEqual(kpiRows(was)[i][was.col(key)] ?? null);
      for (const key of ["실적", "달성률", "진도율", "상태", "점수"])
        expect(r[goals.col(key)] ?? null).toBeNull();
      expect(String(r[goals.col("비고")])).toContain("[2012 확인]");
    });
    const actuals = monthFigures(made, isActual);
    expect(actuals.length).toBeGreaterThan(0);
    expect(actuals.flat().every((v) => v === null)).toBe(true);
    expect(
      monthFigures(original, isActual)
        .flat()
        .some((v) => v !== null)
    ).toBe(true);
    const plans = (s: WorkbookSnapshot) =>
      monthFigures(s, (kind, row) => row === "계획" && kind !== "분자" && kind !== "분모");
    // Every 계획 figure carried, except a "매일" row's February: 2012 has 29 days (issue 28: it
    // kept 28), the only difference, listed.
    const differences = plans(made).flatMap((row, r) =>
      row.flatMap((v, m) =>
        v === plans(original)[r][m] ? [] : [[m + 1, plans(original)[r][m], v]]
      )
    );
    expect(differences).toEqual([[2, 28, 29]]);
    const carried = json.carried as { kind: string; taskNo: string; shown: string }[];
    expect(carried.filter((c) => c.kind === "calendar").map((c) => [c.taskNo, c.shown])).toEqual([
      ["3-1", "2월 28→29"],
    ]);
    expect(
      plans(made)
        .flat()
        .some((v) => v !== null)
    ).toBe(true);
    const monthly = tableByHeader(sheetOf(made, "월별실적"), "구분");
    for (const r of monthly.rows)
      for (const key of ["누계", "이행률", "상태"]) expect(r[monthly.col(key)] ?? null).toBeNull();
  });

  it("has no 결과, no 이력 and no metadata of 2011", () => {
    const names = made.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["설정", "목표", "월별실적"]));
    expect(names).not.toContain("결과");
    expect(names).not.toContain("이력");
    expect(names).not.toContain("_mbo_meta");
    expect(original.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["결과", "이력"]));
  });

  it("lists every target, budget and previous result to confirm, and notes each in 비고", () => {
    const carried = json.carried as { kind: string; taskNo: string; cell: string; shown: string }[];
    const goals = tableByHeader(sheetOf(made, "목표"), "성과지표");
    const kpis = goals.rows.filter((r) => r[goals.col("성과지표")]);
    expect(carried.filter((c) => c.kind === "target")).toHaveLength(kpis.length);
    expect(carried.filter((c) => c.kind.startsWith("previous"))).toHaveLength(kpis.length);
    const budgets = kpis.filter((r) => Number(r[goals.col("사업비")] ?? 0) > 0);
    expect(carried.filter((c) => c.kind === "budget")).toHaveLength(budgets.length);
    const firstTarget = carried.find((c) => c.kind === "target" && c.taskNo === "1-1");
    expect(firstTarget?.shown).toBe("116,000");
    const note = String(kpis[0][goals.col("비고")]);
    expect(note).toContain("목표치(116,000)는 2011년 값");
    // The sample's figures end in June: the previous result is named as of then.
    expect(note).toContain("전년도실적은 2011년 6월까지");
    expect((json.messages as string[]).join("\n")).toContain(
      "[1-1] 온라인 이용건수: 목표치 116,000 (2011년 값 그대로)"
    );
  });

  it.each([undefined, 1, 6])(
    "computes (as of %s) to 미입력/미도래 everywhere: no figure or score from 2011",
    (asOfMonth) => {
      const outcome = computeWorkbook(made, { computedAt: "2012-01-10 09:00", asOfMonth });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      expect(outcome.evaluation.settings.year).toBe(2012);
      for (const kpi of outcome.evaluation.kpis) {
        expect(kpi.actual).toBeNull();
        expect(["noData", "notDue"]).toContain(kpi.status);
        // Nothing typed yet scores nothing (0 at the year end, by the rules), never 2011's score.
        expect(kpi.score ?? 0).toBe(0);
      }
      for (const activity of outcome.evaluation.activities) expect(activity.doneToDate).toBe(0);
      expect(outcome.evaluation.department.score ?? 0).toBe(0);
    }
  );

  (hasProgram("libreoffice") ? it : it.skip)(
    "opens in LibreOffice with the new year's sheets",
    async () => {
      const shown = await LIBREOFFICE.sheetsAsShown(readFileSync(out));
      expect(Object.keys(shown).sort()).toEqual(["목표", "설정", "월별실적"].sort());
      expect(shown["설정"].find((r) => r[0] === "연도")?.[1]).toBe("2012");
    }
  );

  it("never writes over the original, nor over an existing file without --replace", async () => {
    const same = await runCli(
      "new-year",
      path("민원봉사과 2011.xlsx"),
      "-o",
      path("민원봉사과 2011.xlsx")
    );
    expect(same.code).toBe(EXIT.usage);
    expect(same.err).toContain("원본과 다른 파일");
    const again = await runCli("new-year", path("민원봉사과 2011.xlsx"));
    expect(again.code).toBe(EXIT.unwritable);
    expect(again.err).toContain("--replace");
    expect(hash(path("민원봉사과 2011.xlsx"))).toBe(before);
    const replaced = await runCli("new-year", path("민원봉사과 2011.xlsx"), "--replace");
    expect(replaced.code).toBe(EXIT.ok);
  });
});

describe("mbo-eval new-year on a workbook imported from the seed plan", () => {
  const seed = join(__dirname, "../../../shared/seed/000_7c8b5f2b24e2ab54.txt");
  const run = hasFile(seed, "the seed plan (../shared/seed)") ? it : it.skip;

  run(
    "names the last month with figures, leaves a KPI without figures blank and lists it",
    async () => {
      writeFileSync(path("plan.txt"), readFileSync(seed));
      expect((await runCli("import", path("plan.txt"))).code).toBe(EXIT.ok);
      // Figures typed for the first KPI's 실적 row, January to September only.
      const bytes = readFileSync(path("plan.xlsx"));
      const snapshot = await readSnapshot(bytes);
      const monthly = tableByHeader(sheetOf(snapshot, "월별실적"), "구분");
      const first = monthly.rows.findIndex(
        (r) =>
          r[monthly.col("구분")] === "실적" &&
          ["지표", "분자"].includes(String(r[monthly.col("유형")]))
      );
      const isRatio = monthly.rows[first][monthly.col("유형")] === "분자";
      const row = monthly.headerRow + 1 + first;
      const cells = MONTHS.slice(0, 9).flatMap((m) => [
        { row, col: monthly.col(m), value: 10 },
        ...(isRatio ? [{ row: row + 1, col: monthly.col(m), value: 20 }] : []),
      ]);
      writeFileSync(
        path("plan.xlsx"),
        await writeWorkbook(bytes, { sheets: [{ name: "월별실적", mode: "patch", cells }] })
      );
      const result = await runCli(
        "new-year",
        path("plan.xlsx"),
        "-o",
        path("plan 2012.xlsx"),
        "--json"
      );
      const json = JSON.parse(result.out);
      expect(json.ok).toBe(true);
      const carried = json.carried as {
        kind: string;
        month?: number;
        status?: string;
        shown: string;
      }[];
      const previous = carried.filter((c) => c.kind === "previous");
      expect(previous).toHaveLength(1);
      expect(previous[0].month).toBe(9);
      const blanks = carried.filter((c) => c.kind === "previousBlank");
      expect(blanks.length).toBeGreaterThan(0);
      expect(blanks.every((c) => c.status === "noData")).toBe(true);
      const made = await readSnapshot(readFileSync(path("plan 2012.xlsx")));
      expect(
        monthFigures(made, isActual)
          .flat()
          .every((v) => v === null)
      ).toBe(true);
      const goals = tableByHeader(sheetOf(made, "목표"), "성과지표");
      const notes = goals.rows
        .filter((r) => r[goals.col("성과지표")])
        .map((r) => String(r[goals.col("비고")]));
      expect(notes[0]).toContain("9월까지");
      expect(notes.slice(1).every((n) => n.includes("전년도실적 없음"))).toBe(true);
      const outcome = computeWorkbook(made, { computedAt: "2012-01-10 09:00" });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      expect(outcome.evaluation.kpis.every((k) => k.actual === null)).toBe(true);
    }
  );
});
