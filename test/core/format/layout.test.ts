// The workbook still computes the same when people rearrange it: title rows, inserted rows and
// columns, reordered rows, English names, their own sheets and columns.
import { readSnapshot } from "../../../src/xlsx/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/format/workbook";
import { applied } from "../../support/snapshots";
import { cloneSnapshot, compute, sheetOf, templateBytes } from "../../support/workbooks";

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readSnapshot(await templateBytes());
});

/** What must not change: every KPI's figures and status, every task's score, the department's. */
function results(snapshot: WorkbookSnapshot) {
  const outcome = compute(snapshot);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const e = outcome.evaluation;
  return {
    kpis: e.kpis
      .map((k) => [k.kpi.taskNo, k.kpi.name, k.actual, k.achievement, k.pace, k.status, k.score])
      .sort((a, b) => String(a[0] + String(a[1])).localeCompare(String(b[0]) + String(b[1]))),
    tasks: e.tasks.map((t) => [t.taskNo, t.score, t.grade]).sort(),
    department: [e.department.score, e.department.grade],
    asOf: e.asOfMonth,
    problems: outcome.problems,
  };
}

const edit = (change: (s: WorkbookSnapshot) => void) => {
  const copy = cloneSnapshot(sample);
  change(copy);
  return copy;
};
const insertRows = (sheet: SheetSnapshot, at: number, rows: (string | null)[][]) =>
  sheet.rows.splice(at, 0, ...rows);
const insertColumn = (sheet: SheetSnapshot, at: number, value: (row: number) => string | null) =>
  sheet.rows.forEach((row, r) => row.splice(at, 0, value(r)));

describe("layout robustness", () => {
  let expected: ReturnType<typeof results>;
  beforeAll(() => {
    expected = results(sample);
    expect(expected.problems).toEqual([]);
    expect(expected.department[0]).not.toBeNull();
  });

  it("title rows added above the headers", () => {
    const changed = edit((s) => {
      insertRows(sheetOf(s, "목표"), 0, [["우리 과 목표"], ["(2011. 1. 작성)"], []]);
      insertRows(sheetOf(s, "월별실적"), 0, [["월별 실적 — 매월 5일까지 입력"]]);
      insertRows(sheetOf(s, "설정"), 0, [["설정 시트입니다"]]);
    });
    expect(results(changed)).toEqual(expected);
  });

  it("columns inserted between and before the known ones, holding the user's own notes", () => {
    const changed = edit((s) => {
      insertColumn(sheetOf(s, "목표"), 0, (r) => (r === 2 ? "순번" : r > 2 ? String(r) : null));
      insertColumn(sheetOf(s, "목표"), 8, (r) => (r === 2 ? "메모" : r > 2 ? "=SUM(1)" : null));
      insertColumn(sheetOf(s, "월별실적"), 5, (r) => (r === 2 ? "담당" : r > 2 ? "김은아" : null));
      insertColumn(sheetOf(s, "설정"), 0, () => null);
    });
    expect(results(changed)).toEqual(expected);
  });

  it("blank rows and comment rows inserted between the data, and data rows reordered", () => {
    const changed = edit((s) => {
      const goals = sheetOf(s, "목표");
      const data = goals.rows.splice(3);
      goals.rows.push(data[2], [], ["※ 2-1은 상·하반기 조사"], data[0], data[1]);
      const monthly = sheetOf(s, "월별실적");
      const rows = monthly.rows.splice(3);
      monthly.rows.push(...rows.reverse(), [], ["※ 예시 실적입니다"]);
    });
    expect(results(changed)).toEqual(expected);
  });

  it("the user's own sheets, before and after ours", () => {
    const changed = edit((s) => {
      s.sheets.unshift({
        name: "표지",
        visibility: "visible",
        rows: [
          ["성과목표", "목표치"],
          ["x", 5],
        ],
        merges: [],
      });
      s.sheets.push({
        name: "Goals backup",
        visibility: "hidden",
        rows: [["과제번호"]],
        merges: [],
      });
    });
    expect(results(changed)).toEqual(expected);
  });

  it("the English template computes the same", async () => {
    const english = await readSnapshot(await templateBytes({ lang: "en" }));
    expect(results(english)).toEqual(expected);
  });

  it("merged goal and task cells are read by their top-left value", () => {
    const changed = edit((s) => {
      const goals = sheetOf(s, "목표");
      // 전략목표 (column A) merged over the three KPI rows; the cells below hold nothing.
      goals.rows[4][0] = null;
      goals.rows[5][0] = null;
      goals.merges.push("A4:A6");
    });
    const outcome = compute(changed);
    expect(outcome.ok && outcome.evaluation.kpis.map((k) => k.kpi.strategicGoal)).toEqual(
      Array(3).fill("명품서비스 친절 민원행정 구현")
    );
  });
});

describe("one workbook, one language, one of each sheet (issue 28)", () => {
  it("a Korean workbook whose 목표 is renamed Goals computes in Korean into its one 결과", () => {
    const first = compute(sample, 6);
    if (!first.ok) throw new Error("compute failed");
    const computed = applied(first.write, sample);
    const renamed = cloneSnapshot(computed);
    sheetOf(renamed, "목표").name = "Goals";
    const again = compute(renamed, 6);
    if (!again.ok) throw new Error("compute failed");
    const after = applied(again.write, renamed);
    // It used to add an English "Results" beside the stale 결과.
    expect(after.sheets.map((s) => s.name).filter((n) => /결과|Results/.test(n))).toEqual(["결과"]);
    expect(again.lang).toBe("ko");
    expect(sheetOf(after, "결과").rows[2][0]).toBe("종합점수");
    expect(again.evaluation.department.score).toBe(first.evaluation.department.score);
  });

  it("an English workbook with 결과 named in Korean rewrites that sheet, in English", async () => {
    const english = await readSnapshot(await templateBytes({ lang: "en" }));
    const first = compute(english, 6);
    if (!first.ok) throw new Error("compute failed");
    const computed = applied(first.write, english);
    sheetOf(computed, "Results").name = "결과";
    const again = compute(computed, 6);
    if (!again.ok) throw new Error("compute failed");
    const after = applied(again.write, computed);
    expect(after.sheets.map((s) => s.name).filter((n) => /결과|Results/.test(n))).toEqual(["결과"]);
    expect(sheetOf(after, "결과").rows[2][0]).toBe("Overall score");
  });
});
