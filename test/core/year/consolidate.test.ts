// 취합 evaluates and collects departments: each workbook recomputed with its own settings, and the
// flags a recipient needs — never computed, changed after Compute, settings or year unlike most
// departments', the same department twice — and files that cannot be evaluated set aside.
import { computeWorkbook } from "../../../src/core/year/compute";
import { consolidate, flagWords } from "../../../src/core/year/consolidate";
import { labelledValueCells } from "../../../src/core/format/read";
import { SETTING_ROWS } from "../../../src/core/format/schema";
import { templateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readConsolidationMonth } from "../../../src/core/committee/sheets";
import type { Problem } from "../../../src/core/format/problems";
import { SAMPLE_2011 } from "../../../src/core/format/sample";
import { consolidationWrite } from "../../../src/core/sheets/consolidation";
import { generatePlan } from "../../support/generate";
import { applied } from "../../support/snapshots";

const SIZE = { tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 };

/** A department's workbook as its staff leave it: the template with its plan, computed or not. */
function departmentWorkbook(
  department: string,
  options: { computed?: boolean; year?: number; setting?: [string, number] } = {}
): WorkbookSnapshot {
  const year = options.year ?? 2011;
  let snapshot = applied(
    templateWrite({
      lang: "ko",
      year,
      department,
      sample: { ...generatePlan(SIZE, department), year },
    })
  );
  if (options.setting) {
    const [key, value] = options.setting;
    const settings = snapshot.sheets.find((s) => s.name === "설정")!;
    const at = labelledValueCells(settings, SETTING_ROWS)[key];
    settings.rows[at.row][at.col] = value;
  }
  if (options.computed !== false) {
    const outcome = computeWorkbook(snapshot, { computedAt: `${year}-07-01 09:00` });
    if (!outcome.ok) throw new Error("not computed");
    snapshot = applied(outcome.write, snapshot);
  }
  return snapshot;
}

const flagsOf = (files: { file: string; snapshot: WorkbookSnapshot }[]) =>
  consolidate(files, [], "ko", 2011).departments.map((d) => [d.department, d.flags]);

describe("consolidation: evaluating and collecting departments", () => {
  it("flags nothing on departments computed alike", () => {
    const files = ["총무과", "재무과", "복지과"].map((d) => ({
      file: `${d}.xlsx`,
      snapshot: departmentWorkbook(d),
    }));
    expect(flagsOf(files)).toEqual([
      ["총무과", []],
      ["재무과", []],
      ["복지과", []],
    ]);
  });

  it("flags a workbook never computed, and one whose inputs changed after Compute", () => {
    const changed = departmentWorkbook("재무과");
    const goals = changed.sheets.find((s) => s.name === "목표")!;
    const row = goals.rows.findIndex((r) => r?.[2] === "1-1");
    goals.rows[row][10] = 99_999; // 목표치
    expect(
      flagsOf([
        { file: "a.xlsx", snapshot: departmentWorkbook("총무과", { computed: false }) },
        { file: "b.xlsx", snapshot: changed },
        { file: "c.xlsx", snapshot: departmentWorkbook("복지과") },
      ])
    ).toEqual([
      ["총무과", ["notComputed"]],
      // Its 결과 still shows the score before the change: both said.
      ["재무과", ["changedAfterCompute", "scoreDiffers"]],
      ["복지과", []],
    ]);
  });

  it("flags the department whose settings or year differ from most, naming the settings", () => {
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: departmentWorkbook("총무과", { setting: ["gradeS", 97] }) },
        { file: "b.xlsx", snapshot: departmentWorkbook("재무과") },
        { file: "c.xlsx", snapshot: departmentWorkbook("복지과") },
        { file: "d.xlsx", snapshot: departmentWorkbook("세무과", { year: 2012 }) },
      ],
      [],
      "ko",
      2011
    );
    expect(result.departments.map((d) => [d.department, d.flags, d.differingSettings])).toEqual([
      ["총무과", ["settingsDiffer"], ["gradeS"]],
      ["재무과", [], []],
      ["복지과", [], []],
      ["세무과", ["otherYear"], []],
    ]);
  });

  it("counts the same department sent twice once: the file computed last, flagged, the other named", () => {
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: departmentWorkbook("총무과") },
        { file: "b.xlsx", snapshot: departmentWorkbook("총무과") },
        { file: "c.xlsx", snapshot: departmentWorkbook("재무과") },
      ],
      [],
      "ko",
      2011
    );
    // Computed at the same time: the later file is kept, at the first one's place.
    expect(
      result.departments.map((d) => [d.department, d.file, d.flags, d.duplicateFiles])
    ).toEqual([
      ["총무과", "b.xlsx", ["duplicateDepartment"], ["a.xlsx"]],
      ["재무과", "c.xlsx", [], []],
    ]);
    expect(result.kpis.filter((k) => k.department === "총무과").map((k) => k.file)).toEqual(
      result.kpis.filter((k) => k.department === "총무과").map(() => "b.xlsx")
    );
    expect(flagWords(result.departments[0], "duplicateDepartment", "ko")).toBe(
      "같은 부서 중복 (제외한 파일: a.xlsx)"
    );
  });

  it("sets aside what cannot be evaluated, saying why, and keeps every department's KPIs", () => {
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: departmentWorkbook("총무과") },
        {
          file: "empty.xlsx",
          snapshot: { sheets: [{ name: "Sheet1", visibility: "visible", rows: [], merges: [] }] },
        },
      ],
      [{ file: "broken.xlsx", reason: "손상된 파일" }],
      "ko",
      2011
    );
    expect(result.skipped.map((s) => s.file)).toEqual(["broken.xlsx", "empty.xlsx"]);
    expect(result.skipped[1].reason).toContain("목표");
    expect(result.kpis).toHaveLength(SIZE.tasks * SIZE.kpisPerTask);
    expect(new Set(result.kpis.map((k) => k.department))).toEqual(new Set(["총무과"]));
  });
});

describe("one 기준월 for the 취합 (PRODUCT.md: never a June result ranked against a December one)", () => {
  /** The sample's plan (figures January–June) as a department computed as of `month`. */
  function sampleDepartment(department: string, month: number): WorkbookSnapshot {
    const snapshot = applied(
      templateWrite({ lang: "ko", year: 2011, department, sample: { ...SAMPLE_2011, department } })
    );
    // After the year: every month has come, a Compute as of 12월 is a record.
    const outcome = computeWorkbook(snapshot, { computedAt: "2012-01-05 09:00", asOfMonth: month });
    if (!outcome.ok) throw new Error("not computed");
    return applied(outcome.write, snapshot);
  }
  const ownScore = (snapshot: WorkbookSnapshot) =>
    snapshot.sheets.find((s) => s.name === "결과")!.rows[2][1] as number;

  it("departments computed as of 12월 are ranked as of 12월, on the scores their 결과 shows", () => {
    // Issue 28: both were recomputed with 설정's blank 평가기준월 — as of 6월, the last month with
    // figures — and ranked 99.3 S where their 결과 said 80.0 C 확정.
    const a = sampleDepartment("총무과", 12);
    const b = sampleDepartment("재무과", 12);
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: a },
        { file: "b.xlsx", snapshot: b },
      ],
      [],
      "ko",
      2012
    );
    expect([result.asOfMonth, result.asOfMonthFrom]).toEqual([12, "departments"]);
    expect(result.departments.map((d) => [d.asOfMonth, d.score, d.flags])).toEqual([
      [12, ownScore(a), []],
      [12, ownScore(b), []],
    ]);
    expect(ownScore(a)).toBeLessThan(90);
  });

  it("a department whose own Compute used another month is recomputed as of the 취합's, and flagged with both", () => {
    const june = sampleDepartment("복지과", 6);
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: sampleDepartment("총무과", 12) },
        { file: "b.xlsx", snapshot: june },
        { file: "c.xlsx", snapshot: sampleDepartment("재무과", 12) },
      ],
      [],
      "ko",
      2012
    );
    const row = result.departments[1];
    // Its figures stop in June: as of 12월 its missing months are 미입력, never quietly 6월.
    expect([row.asOfMonth, row.ownMonth, row.flags]).toEqual([12, 6, ["otherMonth"]]);
    expect(row.score).toBe(result.departments[0].score);
    expect(row.score).not.toBe(ownScore(june));
    expect(flagWords(row, "otherMonth", "ko")).toBe("자체 계산 6월 · 취합 12월");
    expect(flagWords(row, "otherMonth", "en")).toBe("own Compute month 6 · consolidated month 12");
  });

  it("취합설정's 기준월 sets the month for every department", () => {
    const result = consolidate(
      [
        { file: "a.xlsx", snapshot: sampleDepartment("총무과", 12) },
        { file: "b.xlsx", snapshot: sampleDepartment("재무과", 6) },
      ],
      [],
      "ko",
      2012,
      6
    );
    expect([result.asOfMonth, result.asOfMonthFrom]).toEqual([6, "setting"]);
    expect(result.departments.map((d) => [d.asOfMonth, d.flags])).toEqual([
      [6, ["otherMonth"]],
      [6, []],
    ]);
  });

  it("a score typed over 결과's after Compute is flagged with both scores", () => {
    const a = sampleDepartment("총무과", 6);
    a.sheets.find((s) => s.name === "결과")!.rows[2][1] = 100;
    const [row] = consolidate([{ file: "a.xlsx", snapshot: a }], [], "ko", 2012).departments;
    expect(row.flags).toEqual(["scoreDiffers"]);
    expect(flagWords(row, "scoreDiffers", "ko")).toBe(
      `자체 결과 100.0 · 취합 ${row.score!.toFixed(1)}`
    );
  });

  it("reads 취합설정's 기준월: blank or missing is none, 6 or 6월 is 6, anything else a problem", () => {
    const withMonth = (value: unknown) => {
      const snapshot = applied(
        consolidationWrite(consolidate([], [], "ko", 2012), "ko", "2012-01-05 09:00")
      );
      const sheet = snapshot.sheets.find((s) => s.name === "취합설정")!;
      const row = sheet.rows.findIndex((r) => r?.[0] === "기준월");
      sheet.rows[row][1] = value as never;
      const problems: Problem[] = [];
      return [readConsolidationMonth(snapshot, problems), problems.map((p) => p.code)];
    };
    expect(readConsolidationMonth(null, [])).toBeNull();
    expect([null, "", 6, "6월", "12", 13, "상반기", 6.5].map(withMonth)).toEqual([
      [null, []],
      [null, []],
      [6, []],
      [6, []],
      [12, []],
      [null, ["badSetting"]],
      [null, ["badSetting"]],
      [null, ["badSetting"]],
    ]);
  });
});
