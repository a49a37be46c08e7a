// 취합 as declared, and the committee's part of it: departments ranked by the committee's final
// score once it has scored them (read order before), each value under its column's label in the
// look its value calls for; a department read twice graded once.
import { committeeOutcome } from "../../../src/core/committee/outcome";
import { consolidate, type Consolidation } from "../../../src/core/year/consolidate";
import { computeWorkbook } from "../../../src/core/year/compute";
import { CONSOLIDATION_SHEETS, STATUS_STYLE } from "../../../src/core/format/schema";
import { consolidationWrite } from "../../../src/core/sheets/consolidation";
import { SUMMARY_TABLE, summarySheet } from "../../../src/core/sheets/summary";
import { SUMMARY_KPI_TABLE } from "../../../src/core/sheets/summaryKpis";
import { columnOf } from "../../../src/core/sheets/table";
import { GRADE_FILL, statusStyle } from "../../../src/core/format/styles";
import { templateWrite } from "../../../src/core/format/template";
import type { CellWrite, SheetWrite, WorkbookSnapshot } from "../../../src/core/format/workbook";
import { statusWord } from "../../../src/core/format/words";
import { generatePlan } from "../../support/generate";
import { applied } from "../../support/snapshots";

const NAMES = ["총무과", "재무과", "복지과"];

function departmentWorkbook(department: string, seed: number): WorkbookSnapshot {
  const plan = generatePlan({ tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 }, department, seed);
  const snapshot = applied(templateWrite({ lang: "ko", year: 2011, department, sample: plan }));
  const outcome = computeWorkbook(snapshot, { computedAt: "2011-07-01 09:00", asOfMonth: 6 });
  if (!outcome.ok) throw new Error("not computed");
  return applied(outcome.write, snapshot);
}

const consolidation: Consolidation = consolidate(
  [
    ...NAMES.map((d, i) => ({ file: `${d}.xlsx`, snapshot: departmentWorkbook(d, i + 1) })),
    // 총무과 sent twice.
    { file: "총무과 (2).xlsx", snapshot: departmentWorkbook("총무과", 1) },
  ],
  [{ file: "broken.xlsx", reason: "손상된 파일" }],
  "ko",
  2011
);

const TITLE = "취합 (2011-12-20 10:00)";
const HEADER = 2;
const cellIn = (sheet: SheetWrite, row: number, key: string): CellWrite =>
  sheet.cells.find((c) => c.row === row && c.col === columnOf(SUMMARY_TABLE, key)) as CellWrite;
const rowOf = (sheet: SheetWrite, file: string) =>
  sheet.cells.find((c) => c.col === 0 && c.value === file && c.row > HEADER)!.row;

/** The summary with the committee's scores typed into 정성평가 (scores by department). */
function withScores(scores: Record<string, number>): WorkbookSnapshot {
  const first = applied(consolidationWrite(consolidation, "ko", "2011-12-20 10:00"));
  const sheet = first.sheets.find((s) => s.name === CONSOLIDATION_SHEETS.qualitative.ko)!;
  for (const [department, score] of Object.entries(scores)) {
    const row = sheet.rows.findIndex((r) => r?.[0] === department);
    sheet.rows[row][1] = score;
  }
  return first;
}

describe("취합, declared", () => {
  it("before the committee scores: every department in read order, 미완료 in red", () => {
    const committee = committeeOutcome(consolidation, null);
    const sheet = summarySheet(consolidation, committee, "ko", TITLE);
    expect(sheet.cells.filter((c) => c.row === HEADER).map((c) => c.value)).toEqual(
      SUMMARY_TABLE.map((c) => c.label.ko)
    );
    const files = consolidation.departments.map((d) => d.file);
    // 총무과 sent twice: one row, its later file's.
    expect(files).toEqual(["총무과 (2).xlsx", "재무과.xlsx", "복지과.xlsx"]);
    expect(files.map((f) => rowOf(sheet, f))).toEqual([3, 4, 5]);
    const grade = cellIn(sheet, 3, "finalGrade");
    expect(grade.value).toBe("미완료");
    expect(grade.style?.color).toBe("C00000");
    expect(committee.graded.map((g) => g !== null)).toEqual([true, true, true]);
  });

  it("after it: ranked by final score, each grade in its colour, the duplicate flagged", () => {
    const existing = withScores({ 총무과: 60, 재무과: 95, 복지과: 80 });
    const committee = committeeOutcome(consolidation, existing);
    const sheet = summarySheet(consolidation, committee, "ko", TITLE);
    const ranked = committee.grading.ranked.filter((d) => !d.incomplete);
    expect(ranked.map((d) => d.rank)).toEqual([1, 2, 3]);
    ranked.forEach((d, i) => {
      const row = HEADER + 1 + i;
      expect(cellIn(sheet, row, "department").value).toBe(d.department);
      expect(cellIn(sheet, row, "rank").value).toBe(d.rank);
      expect(cellIn(sheet, row, "final").value).toBe(d.final);
      expect(cellIn(sheet, row, "finalGrade").value).toBe(d.grade);
      expect(cellIn(sheet, row, "finalGrade").style?.fill).toBe(GRADE_FILL[d.grade as string]);
    });
    const twice = rowOf(sheet, "총무과 (2).xlsx");
    expect(cellIn(sheet, twice, "flags").value).toBe("같은 부서 중복 (제외한 파일: 총무과.xlsx)");
    expect(cellIn(sheet, twice, "flags").style?.fill).toBe(STATUS_STYLE.atRisk.fill);
    expect(cellIn(sheet, HEADER + 1, "flags").style?.fill).toBeUndefined();
  });

  it("marks a provisional result in its column, and lists the files not read below", () => {
    const committee = committeeOutcome(consolidation, null);
    const sheet = summarySheet(consolidation, committee, "ko", TITLE);
    consolidation.departments.forEach((d) => {
      const mark = cellIn(sheet, rowOf(sheet, d.file), "mark");
      expect(mark.value).toMatch(d.provisional ? /^잠정/ : /^확정$/);
      expect(mark.style?.fill !== undefined).toBe(d.provisional !== null);
    });
    const notRead = sheet.cells.find((c) => c.value === "읽지 못한 파일")!;
    const broken = sheet.cells.find((c) => c.row === notRead.row + 1 && c.col === 0);
    expect(broken?.value).toBe("broken.xlsx");
  });

  it("writes 취합_지표 as declared: every department's KPIs, status in words and colour", () => {
    const kpis = consolidationWrite(consolidation, "ko", "2011-12-20 10:00").sheets.find(
      (s) => s.name === CONSOLIDATION_SHEETS.kpis.ko
    )!;
    expect(kpis.cells.filter((c) => c.row === 0).map((c) => c.value)).toEqual(
      SUMMARY_KPI_TABLE.map((c) => c.label.ko)
    );
    consolidation.kpis.forEach((k, i) => {
      const status = kpis.cells.find(
        (c) => c.row === i + 1 && c.col === columnOf(SUMMARY_KPI_TABLE, "status")
      );
      expect(status?.value).toBe(statusWord(k.status, "ko"));
      expect(status?.style).toBe(statusStyle(k.status));
    });
  });
});
