// The file adapter end to end: what it writes reads back as written, and a Compute changes only
// the parts the add-in owns.
import JSZip from "jszip";
import { readFileSync } from "fs";
import { resolve } from "path";
import { isDeepStrictEqual } from "util";
import { readWorkbook } from "../../src/core/format/read";
import { STATUS_STYLE } from "../../src/core/format/schema";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { YEAR_END_AT, computeFile, sheetOf, templateBytes } from "../support/workbooks";

const fixture = (name: string) => readFileSync(resolve(__dirname, "../fixtures/rich", name));

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("base64"));
  }
  return out;
}

describe("the template written as .xlsx", () => {
  it("reads back as a plan without problems, in Korean and in English", async () => {
    for (const lang of ["ko", "en"] as const) {
      const snapshot = await readSnapshot(await templateBytes({ lang }));
      expect(snapshot.sheets.map((s) => s.name)).toEqual(
        lang === "ko" ? ["설정", "목표", "월별실적"] : ["Settings", "Goals", "Monthly"]
      );
      const read = readWorkbook(snapshot, 2011);
      expect(read.ok && read.problems).toEqual([]);
      if (!read.ok) return;
      expect(read.plan.kpis.map((k) => [k.taskNo, k.name, k.type, k.target])).toEqual([
        ["1-1", "온라인 이용건수", "cumulative", 116000],
        ["2-1", "만족도", "average", 0.92],
        ["3-1", "처리율", "ratio", 0.95],
      ]);
      expect(read.plan.settings).toMatchObject({
        year: 2011,
        department: "민원봉사과",
        kpiShare: 70,
        exceededFrom: 1.2,
      });
      expect(read.plan.activities).toHaveLength(7);
    }
  });

  it("without the sample is an empty plan that cannot be scored but reads cleanly", async () => {
    const read = readWorkbook(await readSnapshot(await templateBytes({ sample: null })), 2011);
    expect(read.ok && read.plan.kpis).toEqual([]);
  });

  it("writes text that looks like a formula as text", async () => {
    const bytes = await writeWorkbook(null, {
      sheets: [
        {
          name: "T",
          mode: "replace",
          cells: ["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("x")'].map((value, row) => ({
            row,
            col: 0,
            value,
          })),
        },
      ],
    });
    const rows = sheetOf(await readSnapshot(bytes), "T").rows;
    expect(rows.map((r) => r[0])).toEqual(["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("x")']);
  });
});

describe("Compute on a file", () => {
  it("writes the computed columns, the results sheet and the hidden metadata", async () => {
    const { bytes } = await computeFile(await templateBytes());
    const snapshot = await readSnapshot(bytes);
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["설정", "visible"],
      ["목표", "visible"],
      ["월별실적", "visible"],
      ["결과", "visible"],
      ["이력", "visible"],
      ["_mbo_meta", "veryHidden"],
    ]);
    const goals = sheetOf(snapshot, "목표");
    const header = goals.rows[2] as string[];
    const status = header.indexOf("상태");
    expect(goals.rows[3][status]).toBe(STATUS_STYLE.atRisk.ko); // 56,500 of 116,000 by June
    const monthly = sheetOf(snapshot, "월별실적");
    const toDate = (monthly.rows[2] as string[]).indexOf("누계");
    const spending = monthly.rows.filter((r) => r[0] === "3-1" && r[2] === "예산");
    expect(spending.map((r) => r[toDate])).toEqual([
      300_000 + 450_000 + 400_000 + 380_000 + 420_000 + 410_000,
    ]);
    const results = sheetOf(snapshot, "결과");
    expect(results.rows[2].slice(0, 4)).toEqual(["종합점수", expect.any(Number), "등급", "S"]);
  });

  it("leaves every part of a workbook it does not own byte for byte, over two Computes", async () => {
    for (const name of ["rich-ooxml.xlsx", "rich-libreoffice.xlsx"]) {
      const original = await templateBytes({ base: fixture(name) });
      const before = await parts(original);
      // Twice: the second Compute replaces the first one's chart parts, and only those.
      const { bytes } = await computeFile((await computeFile(original, 6)).bytes, 12, YEAR_END_AT);
      const after = await parts(bytes);
      const charts = (m: Map<string, string>) =>
        [...m.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
      expect([name, charts(after) - charts(before)]).toEqual([name, 2]);
      const owned =
        /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
      for (const [part, content] of before) {
        if (owned.test(part)) continue;
        expect([part, after.get(part)]).toEqual([part, content]);
      }
      // The user's own chart sheet is not one Compute writes: its XML is untouched too.
      const zip = await JSZip.loadAsync(bytes);
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      expect(workbook).toContain("부서목표표");
      expect(workbook).toContain("우리부서메모");
      const originalZip = await JSZip.loadAsync(original);
      expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
        await originalZip.file("xl/worksheets/sheet1.xml")!.async("string")
      );
    }
  });

  it("rewrites only its own cells in the user's sheets: every typed cell reads back the same", async () => {
    const original = await templateBytes();
    const before = await readSnapshot(original);
    const { bytes, outcome } = await computeFile(original);
    const after = await readSnapshot(bytes);
    if (!outcome.ok) throw new Error();
    for (const name of ["설정", "목표", "월별실적"]) {
      const a = sheetOf(before, name).rows;
      const b = sheetOf(after, name).rows;
      const typed = a.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell !== null ? [{ r, c, cell }] : []))
      );
      expect(typed.length).toBeGreaterThan(0);
      const changed = typed.filter(({ r, c, cell }) => !isDeepStrictEqual(b[r]?.[c], cell));
      expect([name, changed]).toEqual([name, []]);
    }
  });
});

describe("sheets taken out and looks kept (새해 양식's write)", () => {
  const workbookXml = async (bytes: Uint8Array) =>
    (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");

  it("removes a sheet with its charts, moves later sheets' print titles and keeps a cleared cell's look", async () => {
    const computed = (await computeFile(await templateBytes(), 6)).bytes;
    // A user's sheet after 결과 and 이력, printed with its first row repeated.
    const withMemo = await writeWorkbook(computed, {
      sheets: [
        {
          name: "메모",
          mode: "patch",
          cells: [{ row: 0, col: 0, value: "부서 메모" }],
          page: {
            orientation: "portrait",
            scale: 100,
            repeatRows: { first: 0, last: 0 },
            footer: { left: "", center: "", right: "" },
            margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
          },
        },
      ],
    });
    const before = await readSnapshot(withMemo);
    const memoBefore = before.sheets.findIndex((s) => s.name === "메모");
    expect(await workbookXml(withMemo)).toContain(`localSheetId="${memoBefore}">'메모'!$1:$1`);
    const zipBefore = await JSZip.loadAsync(withMemo);
    expect(Object.keys(zipBefore.files).some((f) => f.startsWith("xl/charts/"))).toBe(true);

    // A month cell of 1-1's 실적 row (a count format) emptied, its look kept.
    const monthly = sheetOf(before, "월별실적");
    const row = monthly.rows.findIndex((r) => r?.[0] === "1-1" && r?.[3] === "실적");
    const sheetXml = async (bytes: Uint8Array) =>
      (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet3.xml")!.async("string");
    const styleAt = (xml: string) => new RegExp(`<c r="F${row + 1}"( s="(\\d+)")?`).exec(xml)?.[2];
    expect(styleAt(await sheetXml(withMemo))).toBeDefined();

    // Two workbook names of the user's: one into 메모 (kept), one into 결과 (it would read #REF!).
    const named = await JSZip.loadAsync(withMemo);
    const book = await named.file("xl/workbook.xml")!.async("string");
    named.file(
      "xl/workbook.xml",
      book.replace(
        "</definedNames>",
        '<definedName name="메모칸">메모!$A$1</definedName><definedName name="결과칸">결과!$B$3</definedName></definedNames>'
      )
    );
    const withNames = await named.generateAsync({ type: "uint8array" });
    const after = await writeWorkbook(withNames, {
      sheets: [
        { name: "월별실적", mode: "patch", cells: [{ row, col: 5, value: null, keepStyle: true }] },
      ],
      removeSheets: ["결과", "이력", "_mbo_meta"],
      activeSheet: "목표",
    });
    const snapshot = await readSnapshot(after);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["설정", "목표", "월별실적", "메모"]);
    const xml = await workbookXml(after);
    expect(xml).toContain(`localSheetId="3">'메모'!$1:$1`);
    expect(xml).not.toMatch(/결과|이력|_mbo_meta/);
    expect(xml).toContain('<definedName name="메모칸">메모!$A$1</definedName>');
    const zip = await JSZip.loadAsync(after);
    const parts = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    expect(parts.filter((f) => /^xl\/(charts|drawings)\//.test(f))).toEqual([]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const part of types.match(/PartName="\/([^"]+)"/g) ?? []) {
      const name = /PartName="\/([^"]+)"/.exec(part)![1];
      expect(zip.file(name)).not.toBeNull();
    }
    expect(sheetOf(snapshot, "월별실적").rows[row][5] ?? null).toBeNull();
    expect(styleAt(await sheetXml(after))).toBe(styleAt(await sheetXml(withMemo)));
  });
});
