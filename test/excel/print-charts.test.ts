// Through the Excel adapter (the double): 이력 and the year score, 결과's charts (ExcelApi 1.1,
// replaced on every Compute, a user's chart left alone) and the page setup (ExcelApi 1.9; below it
// Office.js cannot set it, and nothing is attempted).
import { MONTHLY_COLUMNS } from "../../src/core/format/schema";
import { CHART_PREFIX } from "../../src/core/format/workbook";
import type { ExcelDouble } from "./excel-double";
import { computeExcel, excelWithTemplate } from "./excel-path";
import { YEAR_END_AT } from "../support/workbooks";

/** Types a 설정 value beside its label, as a person would. */
function typeSetting(excel: ExcelDouble, label: string, text: string) {
  const settings = excel.sheet("설정")!;
  for (const [at, cell] of settings.cells) {
    const [row, col] = at.split(",").map(Number);
    if (col === 0 && cell.value === label) {
      excel.typeCell("설정", `B${row + 1}`, text);
      return;
    }
  }
  throw new Error(`no ${label}`);
}

async function yearInExcel(level: number) {
  const { excel } = await excelWithTemplate(level);
  typeSetting(excel, "상반기 비중", "50");
  typeSetting(excel, "하반기 비중", "50");
  typeSetting(excel, "결재란", "담당, 팀장, 과장");
  const six = await computeExcel(excel, 6);
  const twelve = await computeExcel(excel, 12, YEAR_END_AT);
  return { excel, six, twelve };
}

const valueAt = (excel: ExcelDouble, sheet: string, address: string) =>
  excel.cell(sheet, address)?.value;

describe.each([1, 7, 9, 17])("at ExcelApi 1.%i", (level) => {
  let excel: ExcelDouble;
  let scores: [number, number];
  beforeAll(async () => {
    const year = await yearInExcel(level);
    excel = year.excel;
    const score = (r: typeof year.six) =>
      r.report.ok ? (r.report.evaluation.department.score as number) : NaN;
    scores = [score(year.six), score(year.twelve)];
  });

  it("keeps the records of 6 and 12 in 이력 and shows the year score in 결과", () => {
    expect(valueAt(excel, "이력", "A9")).toBe(6);
    expect(valueAt(excel, "이력", "C9")).toBe(scores[0]);
    expect(valueAt(excel, "이력", "A15")).toBe(12);
    expect(valueAt(excel, "이력", "C15")).toBe(scores[1]);
    expect(valueAt(excel, "결과", "A6")).toBe("연간 점수");
    expect(valueAt(excel, "결과", "B6")).toBeCloseTo((scores[0] + scores[1]) / 2, 9);
    expect(valueAt(excel, "결과", "C6")).toBe("연간 등급");
  });

  it("draws 결과's two charts from its cells, once each after two Computes", () => {
    const charts = excel.sheet("결과")!.charts;
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      [`${CHART_PREFIX}task-scores`, "ColumnClustered"],
      [`${CHART_PREFIX}scores-by-month`, "LineMarkers"],
    ]);
    for (const chart of charts) {
      expect(chart.source).toMatch(/^A\d+:B\d+$|^D\d+:E\d+$/);
      expect(chart.position).not.toBeNull();
      expect(chart.title).not.toBe("");
    }
    // The categories are the table's first column: task numbers, then the months recorded.
    const [tasks, months] = charts.map((c) => c.source.split(":")[0]);
    expect(valueAt(excel, "결과", tasks)).toBe("1-1");
    expect(valueAt(excel, "결과", months)).toBe("6월");
  });

  it("sets the page layout from ExcelApi 1.9, and nothing below", () => {
    const page = excel.sheet("결과")!.page;
    const zoom = (page.zoom as { scale: number } | undefined)?.scale;
    expect({
      set: Object.keys(page).length > 0,
      zoomAtLeast73: zoom !== undefined && zoom >= 73,
      history: excel.sheet("이력")!.page.orientation,
    }).toEqual({
      set: level >= 9,
      zoomAtLeast73: level >= 9,
      history: level >= 9 ? "Landscape" : undefined,
    });
    const from19 = {
      orientation: "Landscape",
      paperSize: "A4",
      leftFooter: "민원봉사과",
      centerFooter: "&A",
      rightFooter: "&P / &N",
      printTitleRows: "$7:$7",
    };
    expect(page).toMatchObject(level >= 9 ? from19 : {});
  });

  it("breaks 월별실적 before July from ExcelApi 1.9 (PageBreakCollection); below, Excel's own breaks", () => {
    const july = MONTHLY_COLUMNS.findIndex((c) => c.key === "m7");
    expect(excel.sheet("월별실적")!.columnBreaks).toEqual(level >= 9 ? [july] : []);
    for (const sheet of ["목표", "결과", "이력"])
      expect(excel.sheet(sheet)!.columnBreaks).toEqual([]);
  });
});

describe("a user's own page breaks", () => {
  it("stay on the sheets the add-in does not break; 월별실적 gets exactly its half-year break", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.sheet("목표")!.columnBreaks = [4];
    excel.sheet("월별실적")!.columnBreaks = [3];
    expect((await computeExcel(excel, 6)).report.ok).toBe(true);
    expect(excel.sheet("목표")!.columnBreaks).toEqual([4]);
    const july = MONTHLY_COLUMNS.findIndex((c) => c.key === "m7");
    expect(excel.sheet("월별실적")!.columnBreaks).toEqual([july]);
  });
});

describe("a user's chart on 결과", () => {
  it("stays through a Compute; only the add-in's charts are replaced", async () => {
    const { excel } = await excelWithTemplate(17);
    await computeExcel(excel, 6);
    excel.sheet("결과")!.charts.push({
      name: "내 차트",
      type: "Pie",
      source: "결과!A1:B2",
      seriesBy: "Columns",
      title: "",
      legendVisible: true,
      position: null,
    });
    await computeExcel(excel, 6);
    expect(excel.sheet("결과")!.charts.map((c) => c.name)).toEqual([
      "내 차트",
      `${CHART_PREFIX}task-scores`,
    ]);
  });
});
