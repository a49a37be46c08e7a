// 이력 and the year score (PRODUCT.md, "The year"): every Compute records its month, replaces only
// that month's record, and 결과 shows the half-year scores and their weighted mean with its grade,
// or names the missing record.
import fc from "fast-check";
import { readHistory, monthRecord, HISTORY_LAYOUT } from "../../../src/core/year/history";
import { RESULTS_LAYOUT } from "../../../src/core/sheets/results";
import { summaryLines } from "../../../src/outcome/lines";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { YEAR_END_AT, computeFile, sheetOf, templateBytes } from "../../support/workbooks";

/** The workbook with 설정's half-year shares typed. */
async function withShares(bytes: Uint8Array, first: number | null, second: number | null) {
  const settings = sheetOf(await readSnapshot(bytes), "설정");
  const rowOf = (label: string) => settings.rows.findIndex((r) => r?.[0] === label);
  return writeWorkbook(bytes, {
    sheets: [
      {
        name: "설정",
        mode: "patch",
        cells: [
          { row: rowOf("상반기 비중"), col: 1, value: first },
          { row: rowOf("하반기 비중"), col: 1, value: second },
        ],
      },
    ],
  });
}

const resultsCell = (snapshot: WorkbookSnapshot, row: number, col: number) =>
  sheetOf(snapshot, "결과").rows[row]?.[col] ?? null;

describe("이력 and the year score", () => {
  let six: Awaited<ReturnType<typeof computeFile>>;
  let twelve: Awaited<ReturnType<typeof computeFile>>;
  let after: WorkbookSnapshot;
  beforeAll(async () => {
    six = await computeFile(await withShares(await templateBytes(), 50, 50), 6);
    twelve = await computeFile(six.bytes, 12, YEAR_END_AT);
    after = await readSnapshot(twelve.bytes);
  });

  it("keeps one record per as-of month: 6 and 12 after Computes as of 6 and 12", () => {
    const history = readHistory(after);
    expect([...history.months.keys()]).toEqual([6, 12]);
    if (!six.outcome.ok || !twelve.outcome.ok) throw new Error();
    expect(monthRecord(history, 6)).toMatchObject({
      score: six.outcome.evaluation.department.score,
      grade: six.outcome.evaluation.department.grade,
      mark: "확정",
    });
    expect(monthRecord(history, 12)?.score).toBe(twelve.outcome.evaluation.department.score);
    const kpiRows = history.kpiRows;
    expect(kpiRows.get(6)?.length).toBe(six.outcome.evaluation.kpis.length);
    expect(kpiRows.get(12)?.map((r) => [r.taskNo, r.indicator, r.score])).toEqual(
      twelve.outcome.evaluation.kpis.map((k) => [k.kpi.taskNo, k.kpi.name, k.score])
    );
  });

  it("shows 상반기, 하반기 and the year score with its grade in 결과", () => {
    if (!six.outcome.ok || !twelve.outcome.ok) throw new Error();
    const [h1, h2] = [six, twelve].map((c) => (c.outcome.ok ? c.outcome.evaluation : null)!);
    const { halvesRow, yearRow } = RESULTS_LAYOUT;
    expect(resultsCell(after, halvesRow, 0)).toBe("상반기 점수");
    expect(resultsCell(after, halvesRow, 1)).toBe(h1.department.score);
    expect(resultsCell(after, halvesRow, 2)).toBe("하반기 점수");
    expect(resultsCell(after, halvesRow, 3)).toBe(h2.department.score);
    const year = ((h1.department.score as number) + (h2.department.score as number)) / 2;
    expect(resultsCell(after, yearRow, 0)).toBe("연간 점수");
    expect(resultsCell(after, yearRow, 1)).toBeCloseTo(year, 9);
    expect(resultsCell(after, yearRow, 2)).toBe("연간 등급");
    const shown = Math.round(year * 10) / 10;
    const grade =
      shown >= 95 ? "S" : shown >= 90 ? "A" : shown >= 85 ? "B" : shown >= 80 ? "C" : "D";
    expect(resultsCell(after, yearRow, 3)).toBe(grade);
  });

  it("prints the year score in the CLI's summary", () => {
    if (!six.outcome.ok || !twelve.outcome.ok) throw new Error();
    const [h1, h2] = [six, twelve].map((c) =>
      c.outcome.ok ? (c.outcome.evaluation.department.score as number) : NaN
    );
    const lines = summaryLines(twelve.outcome.evaluation, "ko", twelve.outcome.year);
    expect(lines[2]).toBe(
      `연간 점수 ${((h1 + h2) / 2).toFixed(1)} (${twelve.outcome.year?.grade}등급) — 6월 ${h1.toFixed(1)} · 12월 ${h2.toFixed(1)}`
    );
    const first = summaryLines(six.outcome.evaluation, "ko", six.outcome.year);
    expect(first[2]).toBe(`연간 점수 - (-등급) — 6월 ${h1.toFixed(1)} · 12월 기록 없음`);
  });

  it("names the missing record instead of a number", async () => {
    const first = await readSnapshot(six.bytes);
    expect(resultsCell(first, RESULTS_LAYOUT.halvesRow, 3)).toBe("—");
    expect(resultsCell(first, RESULTS_LAYOUT.yearRow, 1)).toBe("—");
    expect(resultsCell(first, RESULTS_LAYOUT.yearRow, 3)).toBe("—");
    expect(resultsCell(first, RESULTS_LAYOUT.yearRow, 4)).toBe("12월 기록 없음");
  });

  it("shows no year lines without the shares, and warns when only one is set", async () => {
    const plainly = await readSnapshot((await computeFile(await templateBytes(), 6)).bytes);
    expect(resultsCell(plainly, RESULTS_LAYOUT.halvesRow, 0)).toBeNull();
    const one = await computeFile(await withShares(await templateBytes(), 50, null), 6);
    if (!one.outcome.ok) throw new Error();
    expect(one.outcome.problems.map((p) => [p.code, p.severity])).toContainEqual([
      "badHalfShares",
      "warning",
    ]);
  });

  it("replaces only its own month's record: other months' rows stay as they were", async () => {
    const again = await computeFile(twelve.bytes, 6);
    const rows = (snapshot: WorkbookSnapshot) => sheetOf(snapshot, "이력").rows;
    const before = rows(after);
    const now = rows(await readSnapshot(again.bytes));
    // The December record (department row and KPI rows) is unchanged.
    expect(now[HISTORY_LAYOUT.monthRow(12)]).toEqual(before[HISTORY_LAYOUT.monthRow(12)]);
    const december = (r: typeof before) => r.filter((row) => row?.[0] === 12);
    expect(december(now)).toEqual(december(before));
    // The write itself touched no December row.
    if (!again.outcome.ok) throw new Error();
    const write = again.outcome.write.sheets.find((s) => s.name === "이력")!;
    const touched = new Set(write.cells.map((c) => c.row));
    const decemberRows = before.flatMap((row, r) => (row?.[0] === 12 ? [r] : []));
    expect(decemberRows.length).toBeGreaterThan(0);
    expect(decemberRows.filter((r) => touched.has(r))).toEqual([]);
  });
});

describe("any sequence of Computes", () => {
  // A figure is typed before each Compute, so a month computed again records another score than
  // its first Compute: the latest record can be told from the first. The share of runs where
  // that happens is counted and asserted.
  it("leaves one record per month computed, each the latest Compute's (property; a month recomputed with another score in over half the runs, counted)", async () => {
    const base = await templateBytes();
    let runs = 0;
    let told = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            month: fc.constantFrom(6, 12),
            figure: fc.integer({ min: 0, max: 50_000 }),
          }),
          { minLength: 3, maxLength: 4 }
        ),
        async (steps) => {
          runs++;
          let bytes = base;
          const first = new Map<number, number | null>();
          const latest = new Map<number, number | null>();
          for (const { month, figure } of steps) {
            // 월별실적 G5: the first KPI's January 실적.
            bytes = await writeWorkbook(bytes, {
              sheets: [
                { name: "월별실적", mode: "patch", cells: [{ row: 4, col: 6, value: figure }] },
              ],
            });
            const computed = await computeFile(bytes, month, YEAR_END_AT);
            if (!computed.outcome.ok) throw new Error("compute failed");
            const score = computed.outcome.evaluation.department.score;
            if (!first.has(month)) first.set(month, score);
            latest.set(month, score);
            bytes = computed.bytes;
          }
          if ([...latest].some(([month, score]) => first.get(month) !== score)) told++;
          const history = readHistory(await readSnapshot(bytes));
          expect([...history.months.keys()].sort((a, b) => a - b)).toEqual(
            [...latest.keys()].sort((a, b) => a - b)
          );
          for (const [month, score] of latest)
            expect(monthRecord(history, month)?.score).toBe(score);
        }
      ),
      { numRuns: 15, seed: 2026 }
    );
    expect(told / runs).toBeGreaterThan(0.5);
  });
});
