// 취합 of 20 generated department workbooks with varied settings, one changed after Compute, one
// never computed, one of another year, a department twice, and one corrupt file.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { EXIT } from "../../src/cli/files";
import { SETTING_ROWS } from "../../src/core/format/schema";
import { templateWrite } from "../../src/core/format/template";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { convert } from "../../scripts/libreoffice.cjs";
import { builtCli, root } from "../support/build";
import { hasProgram } from "../support/needs";
import { generatePlan } from "../support/generate";
import { computeFile, sheetOf } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "mbo-consolidate-"));
const settingRow = (key: string) => 2 + SETTING_ROWS.findIndex((s) => s.key === key);
const setSetting = (bytes: Uint8Array, key: string, value: number) =>
  writeWorkbook(bytes, {
    sheets: [{ name: "설정", mode: "patch", cells: [{ row: settingRow(key), col: 1, value }] }],
  });

let files: string[] = [];
let output = "";
let code = -1;

beforeAll(async () => {
  for (let i = 1; i <= 20; i++) {
    // Department 20 repeats department 19's name.
    const department = i === 20 ? "부서 19" : `부서 ${i}`;
    const plan = generatePlan({ tasks: 3, kpisPerTask: 3, activitiesPerTask: 2 }, department, i);
    let bytes = await writeWorkbook(
      null,
      templateWrite({ lang: "ko", year: 2026, department, sample: plan })
    );
    if (i >= 7 && i <= 9) bytes = await setSetting(bytes, "gradeS", 90); // settings differ from most
    if (i === 4) bytes = await setSetting(bytes, "year", 2025); // another year
    if (i === 11) {
      // A typo in one monthly figure: its result is 잠정.
      bytes = await writeWorkbook(bytes, {
        sheets: [{ name: "월별실적", mode: "patch", cells: [{ row: 4, col: 6, value: "많음" }] }],
      });
    }
    if (i !== 5) bytes = (await computeFile(bytes)).bytes; // 5 is never computed
    if (i === 6) {
      // Changed after Compute: one monthly figure edited.
      bytes = await writeWorkbook(bytes, {
        sheets: [{ name: "월별실적", mode: "patch", cells: [{ row: 4, col: 6, value: 1 }] }],
      });
    }
    const file = join(dir, `dept-${String(i).padStart(2, "0")}.xlsx`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  writeFileSync(join(dir, "broken.xlsx"), Buffer.from("PK\u0003\u0004 not really a workbook"));
  files = [...files, join(dir, "broken.xlsx")];
  const out: string[] = [];
  code = await main(
    ["consolidate", ...files, "-o", join(dir, "summary.xlsx")],
    { out: (l) => out.push(l), err: (l) => out.push(l), now: () => "2026-07-01 09:00" },
    "ko"
  );
  output = out.join("\n");
});

describe("mbo-eval consolidate", () => {
  it("writes the summary and prints a line per department, with the corrupt file named and skipped", () => {
    // A file was skipped: exit 1, so that a script can tell (PRODUCT.md "Consolidation").
    expect(code).toBe(EXIT.problems);
    expect(output).toContain("취합: 19개 부서");
    expect(output).toMatch(/✖ broken\.xlsx: 손상되었거나 읽을 수 없는/);
    expect(output.split("\n").filter((l) => /^ {2}부서 \d+ \(dept-/.test(l))).toHaveLength(19);
  });

  it("flags settings, year, changes after Compute, never computed and duplicates", async () => {
    const summary = sheetOf(await readSnapshot(readFileSync(join(dir, "summary.xlsx"))), "취합");
    const header = summary.rows[2] as string[];
    const flagsCol = header.indexOf("확인 필요");
    const flagsOf = (file: string) =>
      String(summary.rows.find((r) => r[0] === file)?.[flagsCol] ?? "");
    for (const i of [7, 8, 9]) {
      expect(flagsOf(`dept-0${i}.xlsx`)).toContain("설정이 다수와 다름 (등급 S)");
    }
    expect(flagsOf("dept-04.xlsx")).toContain("다른 연도");
    expect(flagsOf("dept-05.xlsx")).toContain("계산 안 됨");
    expect(flagsOf("dept-06.xlsx")).toContain("계산 후 변경됨");
    // 부서 19 in two files: one row, the file computed last (the later file at equal times).
    expect(flagsOf("dept-19.xlsx")).toBe("");
    expect(summary.rows.some((r) => r[0] === "dept-19.xlsx")).toBe(false);
    expect(flagsOf("dept-20.xlsx")).toBe("같은 부서 중복 (제외한 파일: dept-19.xlsx)");
    expect(flagsOf("dept-10.xlsx")).toBe("");
    // 90.7 is S under its own bands (S from 90), where the others' (S from 95) would give A.
    const seven = summary.rows.find((r) => r[0] === "dept-07.xlsx")!;
    expect(seven[header.indexOf("종합점수")]).toBeGreaterThanOrEqual(90);
    expect(seven[header.indexOf("종합점수")]).toBeLessThan(95);
    expect(seven[header.indexOf("등급")]).toBe("S");
    // Each department recomputed with its own settings: S needs 90 in 7–9, 95 elsewhere.
    const scoreCol = header.indexOf("종합점수");
    const gradeCol = header.indexOf("등급");
    for (const row of summary.rows.slice(3, 22)) {
      const score = Math.round((row[scoreCol] as number) * 10) / 10;
      const own = ["dept-07.xlsx", "dept-08.xlsx", "dept-09.xlsx"].includes(String(row[0]))
        ? 90
        : 95;
      expect([row[0], score, row[gradeCol] === "S"]).toEqual([row[0], score, score >= own]);
    }
  });

  it("marks each department's result 확정 or 잠정, in a column and in the printed line", async () => {
    const summary = sheetOf(await readSnapshot(readFileSync(join(dir, "summary.xlsx"))), "취합");
    const header = summary.rows[2] as string[];
    const mark = (file: string) =>
      summary.rows.find((r) => r[0] === file)?.[header.indexOf("결과 구분")];
    expect(header.indexOf("결과 구분")).toBe(header.indexOf("등급") + 1);
    expect(mark("dept-11.xlsx")).toBe("잠정 (오류 1건)");
    expect(mark("dept-10.xlsx")).toBe("확정");
    expect(output).toMatch(/부서 11 \(dept-11\.xlsx\): [\d.]+ [SABCD], \d+월, 잠정 \(오류 1건\)/);
  });

  it("lists every KPI row with its department", async () => {
    const kpis = sheetOf(await readSnapshot(readFileSync(join(dir, "summary.xlsx"))), "취합_지표");
    expect(kpis.rows.length - 1).toBe(19 * 9);
    expect(new Set(kpis.rows.slice(1).map((r) => r[0])).size).toBe(19);
  });

  it("ranks the departments' scores in a table and a column chart, set for A4 landscape", async () => {
    const bytes = readFileSync(join(dir, "summary.xlsx"));
    const summary = sheetOf(await readSnapshot(bytes), "취합");
    const title = summary.rows.findIndex((r) => r?.[1] === "부서별 종합점수 (높은 순)");
    expect(title).toBeGreaterThan(20);
    const ranked = summary.rows.slice(title + 2).filter((r) => typeof r?.[2] === "number");
    const scores = ranked.map((r) => r[2] as number);
    // Every department file read is recomputed (the one never computed too); the broken one is not.
    expect(scores.length).toBe(19);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async("string");
    expect(chart).toContain(`<c:f>'취합'!$B$${title + 3}:$B$${title + 2 + scores.length}</c:f>`);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" scale="\d+" orientation="landscape"\/>/);
  });

  (hasProgram("libreoffice") ? it : it.skip)("opens in LibreOffice", async () => {
    const out = await convert(join(dir, "summary.xlsx"), "csv", join(dir, "csv"));
    const sheet = readdirSync(out).find((f) => f.endsWith("-취합.csv"))!;
    const lines = readFileSync(join(out, sheet), "utf8").split("\n");
    expect(lines.filter((l) => l.startsWith("dept-"))).toHaveLength(19);
    expect(lines.some((l) => l.startsWith("broken.xlsx,"))).toBe(true);
  });
});

describe("the installed CLI, which reads many files in worker threads", () => {
  it("gives the same departments, in the same order, with the same skipped file", async () => {
    await builtCli();
    // 21 files: with two cores or more the installed CLI shares them among threads
    // (src/cli/consolidateFiles.ts); in-process above, the same files were read one by one.
    expect(availableParallelism()).toBeGreaterThanOrEqual(2);
    const json = (args: string[]) => {
      const run = spawnSync(process.execPath, [join(root, "bin/mbo-eval.js"), ...args], {
        encoding: "utf8",
      });
      return JSON.parse(run.stdout) as { departments: unknown[]; skipped: unknown[] };
    };
    const threaded = json(["consolidate", ...files, "-o", join(dir, "threaded.xlsx"), "--json"]);
    const lines: string[] = [];
    await main(
      ["consolidate", ...files, "-o", join(dir, "in-process.xlsx"), "--json"],
      { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => "2026-07-01 09:00" },
      "ko"
    );
    const inProcess = JSON.parse(lines.join("\n")) as typeof threaded;
    expect(threaded.departments).toHaveLength(19);
    expect(threaded.departments).toEqual(inProcess.departments);
    expect(threaded.skipped).toEqual(inProcess.skipped);
    const rows = async (name: string) =>
      sheetOf(await readSnapshot(readFileSync(join(dir, name))), "취합_지표").rows;
    expect(await rows("threaded.xlsx")).toEqual(await rows("in-process.xlsx"));
  });
});
