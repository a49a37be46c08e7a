// 결과 as declared: the summary, one table row per KPI grouped by 성과목표 (task figures on the
// task's first row), a subtotal per goal and the department total, every value under its
// column's label and in its column's look.
import { evaluate, type Evaluation } from "../../../src/core/rules/evaluate";
import type { Layout } from "../../../src/core/format/read";
import type { ComputeContext } from "../../../src/core/sheets/context";
import {
  RESULTS_LAYOUT,
  RESULT_LABELS,
  RESULT_TABLE,
  resultsWrite,
} from "../../../src/core/sheets/results";
import { columnOf } from "../../../src/core/sheets/table";
import { NUMBER_FORMATS, statusStyle } from "../../../src/core/format/styles";
import type { CellWrite, SheetWrite } from "../../../src/core/format/workbook";
import { describeProblem, resultMark, statusWord } from "../../../src/core/format/words";
import { kpi, months, plan, settings } from "../rules/plan-builders";

const GOAL_1 = "1. 민원24 온라인 운영 활성화";
const GOAL_2 = "2. 고객 만족도 향상";
const evaluation = evaluate(
  plan({
    settings: settings({ asOfMonth: 6 }),
    kpis: [
      kpi({
        taskNo: "1-1",
        name: "온라인 이용건수",
        target: 1200,
        actual: months(100, 100, 100, 100, 100, 100),
      }),
      kpi({ taskNo: "1-1", name: "홍보 횟수", unit: "회", target: 12, actual: months(1, 1, 1) }),
      kpi({
        performanceGoal: GOAL_2,
        taskNo: "2-1",
        task: "고객만족도 조사",
        name: "만족도",
        unit: "%",
        type: "latest",
        target: 0.92,
        previous: 0.9,
        actual: months(null, null, null, null, null, 0.95),
      }),
    ],
  })
);

function write(lang: "ko" | "en", of: Evaluation = evaluation): SheetWrite {
  const context: ComputeContext = {
    snapshot: { sheets: [] },
    // 결과 is made from the evaluation; where the inputs stand is not its business.
    layout: {} as Layout,
    evaluation: of,
    problems: [],
    computedAt: "2011-07-01 09:00",
    describe: (p) => describeProblem(p, lang),
    mark: resultMark(of.provisional, lang),
  };
  return resultsWrite(context, lang, { staleFormula: "0", year: null, records: [] });
}

const at = (sheet: SheetWrite, row: number, key: (typeof RESULT_TABLE)[number]["key"]) =>
  sheet.cells.find((c) => c.row === row && c.col === columnOf(RESULT_TABLE, key)) as CellWrite;
const top = RESULTS_LAYOUT.tableHeaderRow;

describe("결과, declared", () => {
  const sheet = write("ko");

  it("heads its table with every column's label, in the workbook's language", () => {
    for (const lang of ["ko", "en"] as const) {
      const header = write(lang)
        .cells.filter((c) => c.row === top)
        .map((c) => c.value);
      expect(header).toEqual(RESULT_TABLE.map((c) => c.label[lang]));
    }
    expect(sheet.name).toBe("결과");
    expect(write("en").name).toBe("Results");
  });

  it("writes each KPI's figures under their labels, in the KPI's own format", () => {
    evaluation.kpis.forEach((result, i) => {
      // Goal 1's two KPIs, its subtotal, then goal 2's KPI.
      const row = top + 1 + (i < 2 ? i : 3);
      expect(at(sheet, row, "indicator").value).toBe(result.kpi.name);
      expect(at(sheet, row, "actual").value).toBe(result.actual);
      expect(at(sheet, row, "achievement").value).toBe(result.achievement);
      expect(at(sheet, row, "status").value).toBe(statusWord(result.status, "ko"));
      expect(at(sheet, row, "status").style).toBe(statusStyle(result.status));
      const format = result.kpi.unit === "%" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.count;
      expect(at(sheet, row, "actual").style?.numberFormat).toBe(format);
    });
    // 증감 where there is a previous result: 0.95 − 0.90.
    expect(at(sheet, top + 4, "change").value).toBeCloseTo(0.05, 12);
    expect(at(sheet, top + 1, "change").value).toBeNull();
  });

  it("shows a task's figures on its first KPI row only", () => {
    const task = evaluation.tasks.find((t) => t.taskNo === "1-1")!;
    expect(at(sheet, top + 1, "taskScore").value).toBe(task.score);
    expect(at(sheet, top + 1, "grade").value).toBe(task.grade);
    expect(at(sheet, top + 2, "taskScore").value).toBeNull();
    expect(at(sheet, top + 2, "grade").value).toBeNull();
  });

  it("closes each 성과목표 with its subtotal and the table with the department's total", () => {
    const [goal1, goal2] = evaluation.performanceGoals;
    expect(at(sheet, top + 3, "performanceGoal").value).toBe(
      `${GOAL_1} ${RESULT_LABELS.subtotal.ko}`
    );
    expect(at(sheet, top + 3, "taskScore").value).toBe(goal1.score);
    expect(at(sheet, top + 5, "taskScore").value).toBe(goal2.score);
    expect(at(sheet, top + 6, "performanceGoal").value).toBe(RESULT_LABELS.total.ko);
    expect(at(sheet, top + 6, "taskScore").value).toBe(evaluation.department.score);
    expect(at(sheet, top + 6, "grade").value).toBe(evaluation.department.grade);
    // Every column of a subtotal row is in the subtotal's look.
    const subtotal = sheet.cells.filter((c) => c.row === top + 3);
    expect(subtotal).toHaveLength(RESULT_TABLE.length);
    expect(subtotal.every((c) => c.style?.fill === "F2F2F2")).toBe(true);
  });

  it("sizes its columns and places its data bar by the declaration", () => {
    expect(sheet.columnWidths).toEqual(RESULT_TABLE.map((c, col) => ({ col, width: c.width })));
    const letter = String.fromCharCode(65 + columnOf(RESULT_TABLE, "achievement"));
    expect(sheet.dataBars).toEqual([
      { range: `${letter}${top + 2}:${letter}${top + 7}`, color: "5B9BD5" },
    ]);
  });

  it("writes the summary: score, grade, as-of month and the result mark", () => {
    const cell = (row: number, col: number) =>
      sheet.cells.find((c) => c.row === row && c.col === col)?.value;
    const { summaryRow, markRow } = RESULTS_LAYOUT;
    expect(cell(summaryRow, 0)).toBe(RESULT_LABELS.overall.ko);
    expect(cell(summaryRow, 1)).toBe(evaluation.department.score);
    expect(cell(summaryRow, 5)).toBe(6);
    expect(cell(markRow, 1)).toBe(resultMark(evaluation.provisional, "ko"));
  });
});
