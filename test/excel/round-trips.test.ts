// Compute in Excel costs a constant number of round trips up to the request budget, one more per
// budget's worth beyond it, and every request stays under Excel on the web's 5 MB limit.
import { SAMPLE_2011 } from "../../src/core/sample";
import { PAYLOAD_LIMIT_BYTES } from "./excel-double";
import { computeExcel, excelWithTemplate, hostOf } from "./excel-path";
import { ExcelActionError, computeInExcel } from "../../src/excel/actions";

import { SIZES, generatePlan } from "../support/generate";

const plans = { sample: SAMPLE_2011, M: generatePlan(SIZES.M), L: generatePlan(SIZES.L) };

describe.each([1, 4, 7, 9, 17])("at ExcelApi 1.%i", (level) => {
  const readSyncs = level >= 4 ? 1 : 2;

  it.each(Object.keys(plans) as (keyof typeof plans)[])(
    "%s: template and Compute in constant round trips",
    async (size) => {
      const { excel, created } = await excelWithTemplate(level, plans[size]);
      const { report, count } = await computeExcel(excel);
      expect(report.ok).toBe(true);
      // One read (two below 1.4, where a workbook with none of our sheets needs only the list),
      // one write up to the request budget (3 MB), one more per budget's worth beyond it: the
      // sample and 30 tasks compute in at most 3 round trips at every level; 500 tasks write
      // their staleness checks (a stored copy of every row's texts) and their first 이력 record
      // (1,500 KPI rows) in one more request.
      for (const counted of [created, count]) {
        expect(counted.maxRequestBytes).toBeLessThan(4_000_000);
        expect(counted.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      }
      if (size === "L") expect(count.syncs).toBe(readSyncs + 2);
      else {
        expect(count.syncs).toBe(readSyncs + 1);
        expect(count.syncs).toBeLessThanOrEqual(3);
      }
      expect(created.syncs).toBeLessThanOrEqual(readSyncs + 1 + (size === "L" ? 1 : 0));
    },
    60_000
  );
});

describe("a year of monthly Computes (30 tasks)", () => {
  it("records every month in 이력, each Compute still one read and one write", async () => {
    const { excel } = await excelWithTemplate(9, plans.M);
    for (let month = 1; month <= 12; month++) {
      const { report, count } = await computeExcel(excel, month);
      expect(report.ok).toBe(true);
      expect([month, count.syncs]).toEqual([month, 2]);
      expect(count.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    const history = excel.sheet("이력")!;
    const months = new Set<number>();
    // Column A of the KPI records (row,col keys, 0-based; the records start below row 17).
    for (const [at, cell] of history.cells) {
      const [row, col] = at.split(",").map(Number);
      if (col === 0 && row >= 17 && typeof cell.value === "number") months.add(cell.value);
    }
    expect([...months].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  }, 60_000);
});

describe("a write split over several requests on the web", () => {
  it("that fails halfway says which sheets were already written", async () => {
    const { excel } = await excelWithTemplate(9, plans.L);
    // The 500-task Compute needs two write requests (one read first): fail the second.
    excel.failAtSync = excel.syncs + 3;
    const error = await computeInExcel(hostOf(excel), { computedAt: "2026-06-30 09:00" }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ExcelActionError);
    expect((error as ExcelActionError).reason).toBe("partial");
    const written = (error as ExcelActionError).detail.split(", ");
    expect(written.length).toBeGreaterThan(0);
    // What it names is there; what it does not name was not touched by the failed request.
    for (const name of written) expect(excel.sheet(name)?.cells.size).toBeGreaterThan(0);
  }, 60_000);
});
