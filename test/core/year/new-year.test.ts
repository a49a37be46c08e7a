// 새해 양식 in the core, on any year's figures: 전년도실적 is the year's result as the rules define
// it (누계 the sum, 평균 the mean, 비율 Σ분자/Σ분모), the month named is the KPI's last with figures,
// a KPI without figures is left blank, and no actual figure survives — in Korean and English
// workbooks alike.
import fc from "fast-check";
import { newYearWorkbook } from "../../../src/core/year/newYear";
import { readWorkbook } from "../../../src/core/format/read";
import { SAMPLE_2011 } from "../../../src/core/format/sample";
import type { Lang } from "../../../src/core/format/schema";
import { label } from "../../../src/core/format/labels";
import { templateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { applied } from "../../support/snapshots";

const base = (lang: Lang) =>
  applied(templateWrite({ lang, year: 2011, department: "", sample: SAMPLE_2011 }));

/** Twelve months, each blank or a figure. */
const months = fc.array(fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), {
  minLength: 12,
  maxLength: 12,
});

const kpiFigures = fc.record({
  cumulative: months,
  average: months,
  numerator: months,
  denominator: months,
  // The sample has no 수준 KPI: its 평균 KPI is made one in about half the runs.
  averageAs: fc.constantFrom("average", "latest") as fc.Arbitrary<"average" | "latest">,
});

/** The sample's workbook with these figures typed into the KPIs' 실적 (or 분자/분모) rows. */
function withFigures(
  lang: Lang,
  figures: {
    cumulative: (number | null)[];
    average: (number | null)[];
    numerator: (number | null)[];
    denominator: (number | null)[];
    averageAs: "average" | "latest";
  }
): WorkbookSnapshot {
  const snapshot = base(lang);
  const read = readWorkbook(snapshot, 2011);
  if (!read.ok) throw new Error("the sample does not read");
  if (figures.averageAs === "latest") {
    const goals = snapshot.sheets.find((s) => s.name === read.layout.goals.sheet)!;
    read.plan.kpis.forEach((kpi, i) => {
      if (kpi.type !== "average") return;
      goals.rows[read.layout.goals.kpiRows[i]][read.layout.goals.columns.type] =
        label("latest")[lang];
    });
  }
  const monthly = snapshot.sheets.find((s) => s.name === read.layout.monthly.sheet)!;
  for (const entry of read.layout.monthly.rows) {
    if (entry.kpiIndex === undefined || entry.rowKind !== "actual") continue;
    const type = read.plan.kpis[entry.kpiIndex].type;
    const key = entry.kind === "kpi" ? type : entry.kind;
    const values = (figures as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(values)) continue;
    values.forEach((value, m) => {
      const row = (monthly.rows[entry.row] ??= []);
      row[read.layout.monthly.columns[`m${m + 1}`]] = value;
    });
  }
  return snapshot;
}

const filled = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null);
const lastMonth = (...rows: (number | null)[][]) =>
  Math.max(0, ...rows.flatMap((r) => r.map((v, i) => (v === null ? 0 : i + 1))));

describe("새해 양식 on any figures", () => {
  it.each(["ko", "en"] as const)(
    "carries the year's results and clears every actual, 수준 KPIs included in over 30 % of runs, counted (%s)",
    (lang) => {
      let runs = 0;
      let withLatest = 0;
      fc.assert(
        fc.property(kpiFigures, (figures) => {
          runs++;
          const snapshot = withFigures(lang, figures);
          const outcome = newYearWorkbook(snapshot, 2011);
          if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
          expect(outcome.year).toBe(2012);
          // Figures as the reader takes them (a % KPI's 92 is 92 %): the rules' inputs.
          const before = readWorkbook(snapshot, 2011);
          if (!before.ok) throw new Error("the workbook does not read");
          const sum = (v: readonly (number | null)[]) => filled(v).reduce((a, b) => a + b, 0);
          const expected: Record<string, { value: number | null; month: number }> = {};
          for (const kpi of before.plan.kpis) {
            const actual = [...(kpi.actual ?? [])];
            const numerator = [...(kpi.numerator ?? [])];
            const denominator = [...(kpi.denominator ?? [])];
            expected[kpi.taskNo] =
              kpi.type === "ratio"
                ? {
                    value: sum(denominator) > 0 ? sum(numerator) / sum(denominator) : null,
                    month: lastMonth(numerator, denominator),
                  }
                : {
                    value: filled(actual).length
                      ? kpi.type === "cumulative"
                        ? sum(actual)
                        : kpi.type === "latest"
                          ? filled(actual)[filled(actual).length - 1]
                          : sum(actual) / filled(actual).length
                      : null,
                    month: lastMonth(actual),
                  };
          }
          if (before.plan.kpis.some((k) => k.type === "latest")) withLatest++;
          const next = applied(outcome.write, snapshot);
          const read = readWorkbook(next, 2012);
          if (!read.ok) throw new Error("the new workbook does not read");
          for (const kpi of read.plan.kpis) {
            const want = expected[kpi.taskNo];
            // A % result above 150 % is written as 결과 shows it ("152.7%"): a bare 1.527 would
            // read as 1.527 % next year.
            const shownOnly = want.value !== null && kpi.unit === "%" && want.value > 1.5;
            const tolerance = shownOnly ? 0.0005 + 1e-12 : 1e-9;
            const mine = outcome.carried.filter((c) => c.taskNo === kpi.taskNo);
            expect({
              taskNo: kpi.taskNo,
              previous:
                kpi.previous === null || want.value === null
                  ? kpi.previous
                  : Math.abs(kpi.previous - want.value) <= tolerance,
              listed: mine
                .filter((c) => c.kind === "previous" || c.kind === "previousBlank")
                .map((c) => [c.kind, c.kind === "previous" ? c.month : null]),
            }).toEqual({
              taskNo: kpi.taskNo,
              previous: want.value === null ? null : true,
              listed: [want.value === null ? ["previousBlank", null] : ["previous", want.month]],
            });
            for (const row of [kpi.actual, kpi.numerator, kpi.denominator])
              expect((row ?? []).every((v) => v === null)).toBe(true);
          }
          expect(read.plan.settings.year).toBe(2012);
          expect(read.plan.activities.every((a) => a.actual.every((v) => v === null))).toBe(true);
        }),
        { numRuns: 40, seed: 2026 }
      );
      expect(withLatest / runs).toBeGreaterThan(0.3);
    }
  );

  it("writes the new year into a 설정 that had no 연도 row (a blank 연도 is the year it is read in)", () => {
    const snapshot = base("ko");
    const settings = snapshot.sheets.find((s) => s.name === "설정")!;
    settings.rows = settings.rows.filter((r) => r?.[0] !== "연도");
    const outcome = newYearWorkbook(snapshot, 2011);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const read = readWorkbook(applied(outcome.write, snapshot), 2026);
    expect(read.ok && read.plan.settings.year).toBe(2012);
  });

  it("cuts a 비고 that its note would take past a cell's 32,767 characters, and says so", () => {
    const snapshot = base("ko");
    const goals = snapshot.sheets.find((s) => s.name === "목표")!;
    const header = goals.rows[2] as unknown[];
    const notesCol = header.indexOf("비고");
    const row = goals.rows.findIndex((r, i) => i > 2 && r?.[header.indexOf("성과지표")]);
    expect([notesCol >= 0, row > 2]).toEqual([true, true]);
    const long = "담당자 메모 ".repeat(5000).slice(0, 32_760);
    goals.rows[row][notesCol] = long;
    const outcome = newYearWorkbook(snapshot, 2011);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const note = applied(outcome.write, snapshot).sheets.find((s) => s.name === "목표")!.rows[row][
      notesCol
    ] as string;
    // The person's text whole, the note cut; an input sheet's text keeps one character for
    // Excel's quote prefix.
    expect([note.length, note.startsWith(long), note.endsWith("…")]).toEqual([32_766, true, true]);
    expect(outcome.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ["textCut", "목표", `${String.fromCharCode(65 + notesCol)}${row + 1}`],
    ]);
  });

  it("is refused for a workbook without 목표 or 월별실적, naming the sheet", () => {
    const outcome = newYearWorkbook({ sheets: [] }, 2011);
    expect(outcome).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ code: "missingSheet" })]),
    });
  });
});
