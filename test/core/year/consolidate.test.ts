// 취합 evaluates and collects departments: each workbook recomputed with its own settings, and the
// flags a recipient needs — never computed, changed after Compute, settings or year unlike most
// departments', the same department twice — and files that cannot be evaluated set aside.
import { computeWorkbook } from "../../../src/core/year/compute";
import { consolidate } from "../../../src/core/year/consolidate";
import { labelledValueCells } from "../../../src/core/format/read";
import { SETTING_ROWS } from "../../../src/core/format/schema";
import { templateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
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
      ["재무과", ["changedAfterCompute"]],
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

  it("flags the same department sent twice, both rows", () => {
    expect(
      flagsOf([
        { file: "a.xlsx", snapshot: departmentWorkbook("총무과") },
        { file: "b.xlsx", snapshot: departmentWorkbook("총무과") },
        { file: "c.xlsx", snapshot: departmentWorkbook("재무과") },
      ])
    ).toEqual([
      ["총무과", ["duplicateDepartment"]],
      ["총무과", ["duplicateDepartment"]],
      ["재무과", []],
    ]);
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
