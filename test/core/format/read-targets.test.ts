// Targets typed as people write them in plans: with a comparison word ("5건 이하", "95% 이상") and
// in Korean number words ("11만 6천건"). The word says the direction when 방향 is blank, and a
// 방향 that says otherwise is a problem on the target's cell.
import { evaluate } from "../../../src/core/rules/evaluate";
import { readWorkbook } from "../../../src/core/format/read";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { cloneSnapshot, sheetOf, templateBytes } from "../../support/workbooks";

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readSnapshot(await templateBytes());
});

/** The sample with 1-1's target and 방향 typed as given. */
function typed(target: string, direction: string | null) {
  const read = readWorkbook(sample, 2011);
  if (!read.ok) throw new Error("sample unreadable");
  const { sheet, columns, kpiRows } = read.layout.goals;
  const copy = cloneSnapshot(sample);
  const row = sheetOf(copy, sheet).rows[kpiRows[0]];
  row[columns.target] = target;
  row[columns.direction] = direction;
  const again = readWorkbook(copy, 2011);
  if (!again.ok) throw new Error("unreadable");
  const cell = `${String.fromCharCode(65 + columns.target)}${kpiRows[0] + 1}`;
  return { read: again, kpi: again.plan.kpis[0], cell };
}

describe("a target with a comparison word", () => {
  it("'이상' with 방향 blank: higher is better, as the default, nothing to say", () => {
    const { read, kpi } = typed("116,000건 이상", null);
    expect(kpi).toMatchObject({ target: 116_000, direction: "higher", hasError: false });
    expect(read.problems).toEqual([]);
  });

  it("'이하' with 방향 blank: lower is better, said as a warning on the target's cell", () => {
    const { read, kpi, cell } = typed("5건 이하", null);
    expect(kpi).toMatchObject({ target: 5, direction: "lower", hasError: false });
    expect(read.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "directionFromTarget",
        sheet: "목표",
        cell,
        shown: "5건 이하",
      }),
    ]);
  });

  it("'0건 이하' (사고 0건): a valid lower-is-better target of 0", () => {
    const { kpi } = typed("0건 이하", null);
    expect(kpi).toMatchObject({ target: 0, direction: "lower", hasError: false });
  });

  it("a 방향 that contradicts the word is an error on the target, and the KPI is 오류", () => {
    const { read, kpi, cell } = typed("3일 이내", "상향");
    expect(kpi.hasError).toBe(true);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "error", code: "directionContradicts", cell }),
    ]);
    expect(evaluate(read.plan).kpis[0].status).toBe("error");
  });

  it("a 방향 that agrees says nothing", () => {
    const { read, kpi } = typed("10건 미만", "하향");
    expect(kpi).toMatchObject({ target: 10, direction: "lower", hasError: false });
    expect(read.problems).toEqual([]);
  });

  it("Korean number words: 11만 6천건 is 116,000", () => {
    const { read, kpi } = typed("11만 6천건", null);
    expect(kpi.target).toBe(116_000);
    expect(read.problems).toEqual([]);
  });
});
