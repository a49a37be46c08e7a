// "Nothing to evaluate yet, and months that have not come" (PRODUCT.md; issue 28): a new year's
// first Compute, before anything is typed, scores nothing and records nothing — it used to compute
// as of 12월, record "12월 확정 0.0" in 이력 and, once January–June were typed, show the year score
// "11.4 (D) — 6월 22.7 · 12월 0.0". A Compute as of a month still ahead is a preview: 잠정, said
// why, and not recorded.
import { readHistory } from "../../../src/core/year/history";
import { newYearWorkbook } from "../../../src/core/year/newYear";
import { resultMark } from "../../../src/core/format/words";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { summaryLines } from "../../../src/outcome/lines";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { computeFile, sheetOf, tableByHeader } from "../../support/workbooks";
import { yearWorkbook } from "../../support/year";

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}월`);
const months = (snapshot: WorkbookSnapshot) =>
  [...readHistory(snapshot).months.keys()].sort((a, b) => a - b);

let lastYear: WorkbookSnapshot;
let newYear: Uint8Array;
beforeAll(async () => {
  const { twelve } = await yearWorkbook();
  lastYear = await readSnapshot(twelve.bytes);
  const made = newYearWorkbook(lastYear, 2011);
  if (!made.ok) throw new Error("new-year failed");
  newYear = await writeWorkbook(twelve.bytes, made.write);
});

/** The new workbook with 2011's January–June 실적 (and 분자/분모) typed into 2012. */
async function firstHalfTyped(into = newYear): Promise<Uint8Array> {
  const before = tableByHeader(sheetOf(lastYear, "월별실적"), "구분");
  const cells = before.rows.flatMap((row, i) => {
    const actual =
      row[before.col("구분")] === "실적" ||
      ["분자", "분모"].includes(String(row[before.col("유형")]));
    return actual
      ? MONTHS.slice(0, 6).flatMap((m) => {
          const value = row[before.col(m)];
          return typeof value === "number"
            ? [{ row: before.headerRow + 1 + i, col: before.col(m), value }]
            : [];
        })
      : [];
  });
  expect(cells.length).toBeGreaterThan(10);
  return writeWorkbook(into, { sheets: [{ name: "월별실적", mode: "patch", cells }] });
}

describe("the new year's first Compute, before anything is typed", () => {
  it.each([
    ["in January of the new year", "2012-01-10 09:00", 1],
    ["after the year, 평가기준월 blank", "2013-02-01 09:00", 12],
  ])("%s: no score, no grade, nothing in 이력, and it says so", async (_, at, month) => {
    const computed = await computeFile(newYear, undefined, at);
    if (!computed.outcome.ok) throw new Error("compute failed");
    const { evaluation } = computed.outcome;
    expect({
      month: evaluation.asOfMonth,
      department: evaluation.department,
      taskScores: evaluation.tasks.filter((t) => t.score !== null),
      kpiScores: evaluation.kpis.filter((k) => k.score !== null),
      statuses: [...new Set(evaluation.kpis.map((k) => k.status))].filter(
        (s) => s !== "noData" && s !== "notDue"
      ),
      mark: resultMark(evaluation.provisional, "ko"),
    }).toEqual({
      month,
      department: { name: "민원봉사과", score: null, grade: null },
      taskScores: [],
      kpiScores: [],
      statuses: [],
      mark: "잠정 (아직 입력된 실적 없음)",
    });
    expect(summaryLines(evaluation, "ko")[1]).toBe(
      `아직 입력된 실적이 없습니다 (기준월 ${month}월까지): 점수와 등급을 내지 않고 이력에도 남기지 않습니다`
    );
    expect(months(await readSnapshot(computed.bytes))).toEqual([]);
  });

  it("then January–June typed and computed in July: the year score waits for 12월 (not 11.4 from a 0 record)", async () => {
    const first = await computeFile(newYear, undefined, "2012-01-10 09:00");
    const withFigures = await firstHalfTyped(first.bytes);
    const july = await computeFile(withFigures, undefined, "2012-07-02 09:00");
    if (!july.outcome.ok) throw new Error("compute failed");
    expect(july.outcome.evaluation.asOfMonth).toBe(6);
    expect(months(await readSnapshot(july.bytes))).toEqual([6]);
    const year = july.outcome.year!;
    expect({
      firstHalf: year.firstHalf?.score,
      secondHalf: year.secondHalf,
      score: year.score,
    }).toEqual({
      firstHalf: july.outcome.evaluation.department.score,
      secondHalf: null,
      score: null,
    });
    expect(summaryLines(july.outcome.evaluation, "ko", year)[2]).toMatch(/12월 기록 없음$/);
  });
});

describe("a Compute as of a month that has not come", () => {
  it("is a preview: computed by the rules, marked 잠정 with why, and 이력 records nothing", async () => {
    const withFigures = await firstHalfTyped();
    const june = await computeFile(withFigures, undefined, "2012-07-02 09:00");
    const preview = await computeFile(june.bytes, 12, "2012-07-03 09:00");
    if (!preview.outcome.ok) throw new Error("compute failed");
    const { evaluation } = preview.outcome;
    expect(evaluation.asOfMonth).toBe(12);
    // As of 12월 a 미입력 KPI scores 0 as at the year end: a score, shown as a preview.
    expect(evaluation.department.score).not.toBeNull();
    expect(resultMark(evaluation.provisional, "ko")).toBe(
      "잠정 (아직 오지 않은 달의 미리보기, 이력에 남기지 않음)"
    );
    expect(months(await readSnapshot(preview.bytes))).toEqual([6]);
    // After the year the same Compute is a 12월 record (figures stopping in June count).
    const after = await computeFile(june.bytes, 12, "2013-01-05 09:00");
    expect(months(await readSnapshot(after.bytes))).toEqual([6, 12]);
  });
});
