// 결과보고서 described by the core (before any .docx): what a department's report says, in the
// workbook's language, with 잠정 in the title when the result is not final, and why a workbook is
// refused.
import { computeWorkbook } from "../../../src/core/year/compute";
import { workbookReport } from "../../../src/core/report/workbookReport";
import type { ReportDocument, ReportTable } from "../../../src/core/report/document";
import { readWorkbook } from "../../../src/core/format/read";
import { SAMPLE_2011 } from "../../../src/core/format/sample";
import type { Lang } from "../../../src/core/format/schema";
import { templateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { applied } from "../../support/snapshots";
import { Consolidator } from "../../../src/core/year/consolidate";
import { consolidationWrite } from "../../../src/core/sheets/consolidation";
import { generatePlan } from "../../support/generate";

const sample = (lang: Lang) =>
  applied(templateWrite({ lang, year: 2011, department: "", sample: SAMPLE_2011 }));

function computed(snapshot: WorkbookSnapshot, asOfMonth: number): WorkbookSnapshot {
  const outcome = computeWorkbook(snapshot, { computedAt: "2011-07-01 09:00", asOfMonth });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return applied(outcome.write, snapshot);
}

const tables = (document: ReportDocument) =>
  document.blocks.filter((b): b is ReportTable => b.kind === "table");

describe("a department's results report", () => {
  it("says 잠정 in its title when a KPI has no figures as of the month", () => {
    const snapshot = sample("ko");
    const read = readWorkbook(snapshot, 2011);
    if (!read.ok) throw new Error("sample");
    // 2-1's figures taken out: 미입력 as of 6월, so the result is 잠정.
    const monthly = snapshot.sheets.find((s) => s.name === "월별실적")!;
    for (const entry of read.layout.monthly.rows) {
      if (entry.kpiIndex !== 1 || entry.rowKind !== "actual") continue;
      for (let m = 1; m <= 12; m++)
        monthly.rows[entry.row][read.layout.monthly.columns[`m${m}`]] = null;
    }
    const outcome = workbookReport(computed(snapshot, 6), 2011);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.provisional).toBe(true);
    expect(outcome.document.title).toBe(
      "2011년 민원봉사과 주요업무 목표관리 자체평가 결과보고 (잠정)"
    );
    const facts = tables(outcome.document)[0].rows.map((r) => r.cells);
    expect(facts).toContainEqual(["결과 구분", "잠정 (미입력 1건)"]);
    expect(facts).toContainEqual(["기준월", "6월"]);
    // Issue 28: 2-1's only KPI 미입력, its 성과목표 scored on its activities alone with no 잠정
    // beside it. The other goals stay as they are.
    const headings = outcome.document.blocks
      .filter((b) => b.kind === "heading" && b.level === 2)
      .map((b) => (b as { text: string }).text);
    expect(headings.filter((h) => h.includes("잠정"))).toEqual([
      "2. 친절 민원행정 구현 — 점수 99.3, 등급 S — 잠정 (미입력 1건)",
    ]);
    expect(headings).toHaveLength(3);
  });

  it("lists each problem once with its own marker, no bullet before the ✖ (issue 30)", () => {
    const snapshot = sample("ko");
    const monthly = snapshot.sheets.find((s) => s.name === "월별실적")!;
    monthly.rows[4][6] = "많음"; // G5: a word where a figure goes
    const outcome = workbookReport(computed(snapshot, 6), 2011);
    if (!outcome.ok) throw new Error(outcome.reason);
    const blocks = outcome.document.blocks;
    const at = blocks.findIndex((b) => b.kind === "heading" && b.text === "4. 입력 점검");
    expect(
      blocks.slice(at + 1).map((b) => [b.kind, "text" in b ? b.text.split(" ")[0] : ""])
    ).toEqual([["paragraph", "✖"]]);
  });

  it("is written in the workbook's language, with 결과's columns and formats", () => {
    const outcome = workbookReport(computed(sample("en"), 6), 2011);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.document.lang).toBe("en");
    expect(outcome.document.title).toBe("2011 민원봉사과 MBO self-evaluation results report");
    const goalTables = tables(outcome.document).slice(1, 4);
    expect(goalTables[0].columns.map((c) => c.label)).toEqual([
      "Task no.",
      "Task",
      "Indicator",
      "Target",
      "Actual",
      "Achievement",
      "Status",
      "Execution",
      "Task score",
      "Grade",
    ]);
    // 1-1's target as 결과 formats a count; 2-1's as a percentage.
    expect(goalTables[0].rows[0].cells[3]).toBe("116,000");
    expect(goalTables[1].rows[0].cells[3]).toBe("92.0%");
    expect(goalTables[0].columns[3].align).toBe("right");
  });

  it("is refused for a workbook never computed, and one whose inputs changed since", () => {
    expect(workbookReport(sample("ko"), 2011)).toMatchObject({ ok: false, reason: "notComputed" });
    const after = computed(sample("ko"), 6);
    const goals = after.sheets.find((s) => s.name === "목표")!;
    const header = goals.rows.findIndex((r) => r?.includes("목표치"));
    goals.rows[header + 1][goals.rows[header].indexOf("목표치")] = 1;
    expect(workbookReport(after, 2011)).toMatchObject({ ok: false, reason: "stale" });
    expect(workbookReport({ sheets: [] }, 2011)).toMatchObject({
      ok: false,
      reason: "notAWorkbook",
    });
  });
});

describe("a 취합's results report", () => {
  /** Two departments consolidated into a summary in `lang`, the committee scoring only the first. */
  function summary(lang: Lang): WorkbookSnapshot {
    const consolidator = new Consolidator(lang, 2026);
    for (const [i, name] of ["기획예산과", "세무과"].entries()) {
      const plan = generatePlan({ tasks: 2, kpisPerTask: 1, activitiesPerTask: 1 }, name, i + 2);
      const department = applied(
        templateWrite({ lang, year: 2026, department: name, sample: plan })
      );
      consolidator.add(`${name}.xlsx`, computed(department, 6));
    }
    const consolidation = consolidator.finish();
    const first = applied(consolidationWrite(consolidation, lang, "2026-12-20 10:00"));
    const sheet = first.sheets.find(
      (s) => s.name === (lang === "ko" ? "정성평가" : "Qualitative")
    )!;
    const header = sheet.rows.findIndex((r) => r?.includes(lang === "ko" ? "위원1" : "Member 1"));
    const row = sheet.rows.findIndex((r) => r?.[0] === "기획예산과");
    for (let m = 1; m <= 5; m++)
      sheet.rows[row][sheet.rows[header].indexOf(lang === "ko" ? `위원${m}` : `Member ${m}`)] =
        80 + m;
    return applied(consolidationWrite(consolidation, lang, "2026-12-20 10:00", first), first);
  }

  it.each(["ko", "en"] as const)(
    "ranks, grades and lists the KPIs in the summary's language (%s)",
    (lang) => {
      const outcome = workbookReport(summary(lang), 2026);
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(outcome.document.lang).toBe(lang);
      // 세무과 has no committee score: incomplete, so the report is provisional.
      expect(outcome.provisional).toBe(true);
      expect(outcome.document.title).toBe(
        lang === "ko"
          ? "2026년 주요업무 목표관리 자체평가 결과보고 (부서 종합) (잠정)"
          : "2026 MBO self-evaluation results report (all departments) (provisional)"
      );
      const [ranking] = tables(outcome.document);
      expect(ranking.rows.map((r) => r.cells[1])).toEqual(["기획예산과", "세무과"]);
      expect(ranking.rows[0].cells[0]).toBe("1");
      // The month the ranking is as of, in its own column (issue 30: the ranking had none).
      expect(ranking.columns[2].label).toBe(lang === "ko" ? "기준월" : "As-of month");
      // Both departments computed as of 6월: the 취합 ranks them as of 6월.
      expect(ranking.rows.map((r) => r.cells[2])).toEqual(
        lang === "ko" ? ["6월", "6월"] : ["6", "6"]
      );
      expect(ranking.rows[1].cells[6]).toBe(lang === "ko" ? "미완료" : "incomplete");
      expect(outcome.document.fileStem).toBe(lang === "ko" ? "2026 취합" : "2026 Summary");
    }
  );
});
