// The 기획감사실's year end (issue 15): 17 departments consolidated, the committee's scores typed
// into 정성평가, one department's file changed, one gone, and the same summary consolidated again
// in place: every typed value kept, 최종점수/순위/최종등급 as the rules say, read back by
// LibreOffice; bad committee entries named by sheet and cell.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { EXIT } from "../../src/cli/files";
import { templateWrite } from "../../src/core/format/template";
import type { WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { generatePlan } from "../support/generate";
import { roundedScore } from "../support/formats";
import { hasProgram } from "../support/needs";
import { LIBREOFFICE, num } from "../support/readers";
import { computeFile, sheetOf } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "mbo-committee-"));
const summaryPath = join(dir, "summary.xlsx");
const fileOf = (i: number) => join(dir, `dept-${String(i).padStart(2, "0")}.xlsx`);
const nameOf = (i: number) => `부서 ${String(i).padStart(2, "0")}`;

async function departmentFile(i: number, strength = i): Promise<void> {
  const plan = generatePlan(
    { tasks: 3, kpisPerTask: 3, activitiesPerTask: 2 },
    nameOf(i),
    strength
  );
  const bytes = await writeWorkbook(
    null,
    templateWrite({ lang: "ko", year: 2026, department: nameOf(i), sample: plan })
  );
  writeFileSync(fileOf(i), (await computeFile(bytes)).bytes);
}

async function consolidate(files: string[]): Promise<string[]> {
  const out: string[] = [];
  const code = await main(
    ["consolidate", ...files, "-o", summaryPath],
    { out: (l) => out.push(l), err: (l) => out.push(l), now: () => "2026-12-20 10:00" },
    "ko"
  );
  expect(code).toBe(EXIT.ok);
  return out;
}

/** What the committee types: 5 members for departments 1–15 (16 and 17 not scored yet). */
const typedScores = (i: number) => [70 + ((i * 7) % 25), 75 + ((i * 3) % 20), 80, 65 + i, 90 - i];
const bonus = (i: number) => (i % 5 === 0 ? 1 : null);
const deduction = (i: number) => (i % 7 === 0 ? 0.5 : null);

const snapshotOf = async (path: string) => readSnapshot(readFileSync(path));

let firstOutput: string[];
let secondOutput: string[];
let typedBefore: WorkbookSnapshot;
let after: WorkbookSnapshot;

beforeAll(async () => {
  for (let i = 1; i <= 17; i++) await departmentFile(i);
  const all = Array.from({ length: 17 }, (_, i) => fileOf(i + 1));
  firstOutput = await consolidate(all);

  // The committee types its scores into 정성평가 (and one bad row set: a twin, 150, 많음).
  const first = await snapshotOf(summaryPath);
  const sheet = sheetOf(first, "정성평가");
  const header = sheet.rows[2] as string[];
  const col = (label: string) => header.indexOf(label);
  const cells = [];
  for (let i = 1; i <= 15; i++) {
    const row = sheet.rows.findIndex((r) => r?.[0] === nameOf(i));
    typedScores(i).forEach((score, m) =>
      cells.push({ row, col: col(`위원${m + 1}`), value: score })
    );
    if (bonus(i) !== null) cells.push({ row, col: col("가점"), value: bonus(i) });
    if (deduction(i) !== null) cells.push({ row, col: col("감점"), value: deduction(i) });
    cells.push({ row, col: col("비고"), value: `위원회 메모 ${i}` });
  }
  const extra = sheet.rows.length + 1;
  cells.push(
    { row: extra, col: 0, value: nameOf(3) }, // the same department twice
    { row: extra, col: col("위원1"), value: 10 }
  );
  const sixteen = sheet.rows.findIndex((r) => r?.[0] === nameOf(16));
  cells.push(
    { row: sixteen, col: col("위원1"), value: 150 },
    { row: sixteen, col: col("위원2"), value: "많음" }
  );
  writeFileSync(
    summaryPath,
    await writeWorkbook(readFileSync(summaryPath), {
      sheets: [{ name: "정성평가", mode: "patch", cells }],
    })
  );
  typedBefore = await snapshotOf(summaryPath);

  // Department 3's file changes (a stronger year); department 17's file is not sent again.
  await departmentFile(3, 40);
  secondOutput = await consolidate(all.filter((f) => !f.endsWith("dept-17.xlsx")));
  after = await snapshotOf(summaryPath);
});

describe("a consolidation the committee has typed into, consolidated again", () => {
  it("keeps every value typed in 정성평가, and a backup of the summary", () => {
    const before = sheetOf(typedBefore, "정성평가").rows;
    const now = sheetOf(after, "정성평가").rows;
    const header = before[2] as string[];
    const typedCols = header
      .map((h, c) => (/^위원\d+$|^가점$|^감점$|^비고$|^부서$/.test(h ?? "") ? c : -1))
      .filter((c) => c >= 0);
    let checked = 0;
    before.forEach((row, r) =>
      typedCols.forEach((c) => {
        if (row?.[c] === null || row?.[c] === undefined) return;
        expect([r, c, now[r]?.[c]]).toEqual([r, c, row[c]]);
        checked++;
      })
    );
    expect(checked).toBeGreaterThan(15 * 6);
    expect(existsSync(summaryPath.replace(/\.xlsx$/, ".bak.xlsx"))).toBe(true);
  });

  it("marks the department whose file is gone, keeping its row", () => {
    const rows = sheetOf(after, "정성평가").rows;
    const header = rows[2] as string[];
    const row = rows.find((r) => r?.[0] === nameOf(17))!;
    expect(row[header.indexOf("취합 구분")]).toBe("이번 취합에 없음");
    expect(rows.find((r) => r?.[0] === nameOf(1))![header.indexOf("취합 구분")]).toBe("취합됨");
  });

  it("computes 정성, 최종점수, 순위 and 최종등급 as the rules say", () => {
    const summary = sheetOf(after, "취합").rows;
    const header = summary[2] as string[];
    const at = (row: unknown[], label: string) => row[header.indexOf(label)];
    const departments = summary
      .slice(3)
      .filter((r) => typeof r?.[0] === "string" && /^dept-/.test(r[0] as string));
    expect(departments).toHaveLength(16);
    // dept 16 has no committee scores: no 정성, no final, 미완료.
    const unscored = departments.find((r) => at(r, "부서") === nameOf(16))!;
    expect(["정성", "최종점수", "최종등급"].map((label) => at(unscored, label))).toEqual([
      null,
      null,
      "미완료",
    ]);
    // Reference, written out: 정성 = mean of the five after dropping one highest and one lowest.
    const finals = new Map<string, number>();
    for (const row of departments) {
      const name = at(row, "부서") as string;
      const i = Number(name.slice(3));
      const quantitative = at(row, "정량") as number;
      expect(quantitative).toBe(at(row, "종합점수"));
      if (i > 15) continue;
      const sorted = [...typedScores(i)].sort((a, b) => a - b).slice(1, -1);
      const qualitative = sorted.reduce((a, b) => a + b, 0) / 3;
      expect(at(row, "정성") as number).toBeCloseTo(qualitative, 9);
      const final = roundedScore(
        (quantitative * 70 + qualitative * 30) / 100 + (bonus(i) ?? 0) - (deduction(i) ?? 0)
      );
      expect(at(row, "최종점수")).toBe(final);
      finals.set(name, final);
    }
    // Ranks: 1 + how many scored higher; 15 complete: S 3, A 6, B 5 (4.5 → 5), C the rest 1.
    const complete = departments.filter((r) => finals.has(at(r, "부서") as string));
    for (const row of complete) {
      const final = finals.get(at(row, "부서") as string) as number;
      expect(at(row, "순위")).toBe(1 + [...finals.values()].filter((f) => f > final).length);
    }
    const byRank = [...complete].sort(
      (a, b) => (at(a, "순위") as number) - (at(b, "순위") as number)
    );
    const cuts = [3, 9, 14, 15];
    byRank.forEach((row) => {
      const higher = (at(row, "순위") as number) - 1;
      const expected = ["S", "A", "B", "C"][cuts.findIndex((c) => higher < c)];
      expect([at(row, "부서"), at(row, "최종등급")]).toEqual([at(row, "부서"), expected]);
    });
    // Listed by rank, the incomplete ones after.
    const listed = departments.map((r) => at(r, "순위"));
    expect(listed.slice(0, 15)).toEqual(
      [...listed.slice(0, 15)].sort((a, b) => (a as number) - (b as number))
    );
    expect(listed.slice(15)).toEqual([null]);
  });

  it("uses the changed file's new score", async () => {
    const changed = await readSnapshot(readFileSync(fileOf(3)));
    const summary = sheetOf(after, "취합").rows;
    const header = summary[2] as string[];
    const row = summary.find((r) => r?.[1] === nameOf(3))!;
    const results = sheetOf(changed, "결과").rows;
    expect(row[header.indexOf("정량")]).toBeCloseTo(results[2][1] as number, 9);
  });

  it("shows each grade's count against its target", () => {
    const text = sheetOf(after, "취합")
      .rows.flat()
      .filter((c): c is string => typeof c === "string");
    expect(text).toContain("20% × 15 = 3 → 3");
    expect(text).toContain("30% × 15 = 4.5 → 5");
    expect(
      text.some((t) => t.startsWith("미완료 (정성 점수 없음): ") && t.includes(nameOf(16)))
    ).toBe(true);
    expect(secondOutput.join("\n")).toContain("등급 배분 (목표 수, 실제): S 20% × 15 = 3 → 3");
  });

  it("names each bad committee entry by sheet and cell, in the output and the summary", () => {
    const output = secondOutput.join("\n");
    expect(output).toMatch(/정성평가!A\d+ \[부서 03\]: 같은 부서가 A\d+에도 있습니다/);
    expect(output).toMatch(/정성평가!B\d+ \[150\]: 0–100 사이의 숫자여야 합니다/);
    expect(output).toMatch(/정성평가!C\d+ \[많음\]: 0–100 사이의 숫자여야 합니다/);
    const summaryText = sheetOf(after, "취합").rows.flat();
    expect(summaryText).toContain("입력 점검");
    expect(summaryText).toContain("150");
  });

  it("prints each department's final result", () => {
    expect(firstOutput.join("\n")).not.toContain("→ 최종");
    expect(secondOutput.join("\n")).toMatch(
      /부서 01 \(dept-01\.xlsx\): .*→ 최종 \d+\.\d \(\d+위, [SABCD]\)/
    );
  });

  (hasProgram("libreoffice") ? it : it.skip)("reads back the same in LibreOffice", async () => {
    const shown = await LIBREOFFICE.sheetsAsShown(readFileSync(summaryPath));
    const summary = shown["취합"];
    const header = summary[2];
    const ours = sheetOf(after, "취합").rows;
    for (const row of summary.filter((r) => /^dept-/.test(r[0]))) {
      const mine = ours.find((r) => r?.[0] === row[0])!;
      for (const label of ["순위", "최종등급"]) {
        expect([row[0], label, row[header.indexOf(label)]]).toEqual([
          row[0],
          label,
          String(mine[header.indexOf(label)] ?? ""),
        ]);
      }
      const final = mine[header.indexOf("최종점수")];
      if (typeof final === "number")
        expect(num(row[header.indexOf("최종점수")])).toBeCloseTo(final, 1);
    }
    expect(Object.keys(shown)).toEqual(
      expect.arrayContaining(["정성평가", "취합설정", "취합_지표"])
    );
  });
});
