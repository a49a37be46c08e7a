// 취합설정 and 정성평가 as typed: labels found anywhere, values read, and anything unusable named by
// sheet and cell with the default used instead.
import type { Problem } from "../../../src/core/format/problems";
import {
  COMMITTEE_SETTINGS,
  readCommitteeSettings,
  readQualitative,
} from "../../../src/core/committee/sheets";
import { DEFAULT_GRADING } from "../../../src/core/committee/grading";
import { committeeSettingsWrite } from "../../../src/core/committee/write";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";

const sheet = (name: string, rows: WorkbookSnapshot["sheets"][number]["rows"]) => ({
  sheets: [{ name, visibility: "visible" as const, rows, merges: [] }],
});

describe("취합설정", () => {
  it("reads 절대 and the weights, and names a value it cannot use and shares that are not 100", () => {
    const problems: Problem[] = [];
    const { settings } = readCommitteeSettings(
      sheet("취합설정", [
        ["취합설정"],
        [],
        ["정량 비중", 60],
        ["정성 비중", "많이"],
        ["최고·최저 제외", 0],
        [null, "등급 방식", "절대"],
        ["배분 S", 30],
      ]),
      problems
    );
    expect(settings.quantitativeShare).toBe(60);
    expect(settings.qualitativeShare).toBe(30);
    expect(settings.dropFrom).toBeNull();
    expect(settings.method).toBe("absolute");
    expect(settings.shares.S).toBe(20); // 30 + 40 + 30 + 10 ≠ 100: the defaults
    expect(problems.map((p) => [p.code, p.cell])).toEqual([
      ["badSetting", "B4"],
      ["badDistribution", "B7"],
    ]);
  });
});

describe("정성평가", () => {
  it("reads members' scores (a 위원8 added too), 가점 and 감점; names a twin, 150 and a word", () => {
    const problems: Problem[] = [];
    const read = readQualitative(
      sheet("정성평가", [
        ["정성평가"],
        [],
        ["부서", "위원1", "위원2", "위원8", "가점", "감점", "비고"],
        ["가과", 80, 90, 70, 1, null, "메모"],
        ["나과", 150, "많음", null, null, 0.5],
        ["가과", 10],
      ]),
      problems
    );
    expect(read.memberColumns).toEqual([1, 2, 3]);
    expect(read.rows.map((r) => [r.department, r.entry])).toEqual([
      ["가과", { scores: [80, 90, 70], bonus: 1, deduction: 0 }],
      ["나과", { scores: [], bonus: 0, deduction: 0.5 }],
    ]);
    expect(problems.map((p) => [p.code, p.cell, p.shown])).toEqual([
      ["badCommitteeScore", "B5", "150"],
      ["badCommitteeScore", "C5", "많음"],
      ["duplicateDepartment", "A6", "가과"],
    ]);
  });
});

describe("a new 취합설정", () => {
  it.each(["ko", "en"] as const)(
    "is written with every setting and reads back as the defaults (%s)",
    (lang) => {
      const write = committeeSettingsWrite(null, readCommitteeSettings({ sheets: [] }, []), lang);
      expect(write?.name).toBe(lang === "ko" ? "취합설정" : "Consolidation settings");
      const rows: WorkbookSnapshot["sheets"][number]["rows"] = [];
      for (const cell of write?.cells ?? []) (rows[cell.row] ??= [])[cell.col] = cell.value;
      const problems: Problem[] = [];
      const read = readCommitteeSettings(sheet(write?.name ?? "", rows), problems);
      expect(problems).toEqual([]);
      expect(read.settings).toEqual(DEFAULT_GRADING);
      expect(Object.keys(read.valueCells)).toHaveLength(COMMITTEE_SETTINGS.length);
    }
  );
});
