// Compute in Excel costs a constant number of round trips up to the request budget, one more per
// budget's worth beyond it, and every request stays under Excel on the web's 5 MB limit. Request
// sizes are the double's, estimated as Office.js builds a request (object paths, instantiations,
// actions).
import { SAMPLE_2011 } from "../../src/core/format/sample";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "./excel-double";
import { DESKTOP_REQUEST_BUDGET_BYTES, WEB_REQUEST_BUDGET_BYTES } from "../../src/excel/apply";
import { computeExcel, excelWithTemplate, hostOf } from "./excel-path";
import { monthEnd } from "../support/workbooks";
import { ExcelActionError, computeInExcel } from "../../src/excel/actions";
import { errorNotice } from "../../src/outcome/notice";

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
      // One read (two below 1.4, where a workbook with none of our sheets needs only the list)
      // and one write: every size computes in at most 3 round trips at every level. The 500-task
      // write (its first 이력 record, its staleness checks) is about 3 MB on the web, where
      // calls share ranges (RangeAreas, 1.9), and about 6 MB below 1.9, one call per area: under
      // the desktop's budget, which is ours (Microsoft documents none).
      const budget = excel.web ? WEB_REQUEST_BUDGET_BYTES : DESKTOP_REQUEST_BUDGET_BYTES;
      for (const counted of [created, count]) {
        // The web's budget (4 MB) is below its payload limit (5 MB).
        expect(counted.maxRequestBytes).toBeLessThanOrEqual(budget);
        expect(counted.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      }
      expect(count.syncs).toBe(readSyncs + 1);
      expect(count.syncs).toBeLessThanOrEqual(3);
      expect(created.syncs).toBeLessThanOrEqual(readSyncs + 1);
    }
  );
});

describe("a year of monthly Computes (30 tasks)", () => {
  it("records every month in 이력, each Compute still one read and one write", async () => {
    const { excel } = await excelWithTemplate(9, plans.M);
    for (let month = 1; month <= 12; month++) {
      const { report, count } = await computeExcel(excel, month, monthEnd(month, plans.M.year));
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
  });
});

describe("a write split over several requests on the web", () => {
  it("that fails halfway says which sheets were already written", async () => {
    // 800 tasks pass the web's 4 MB budget: one read, then two write requests. Fail the second.
    const { excel } = await excelWithTemplate(9, generatePlan({ ...SIZES.L, tasks: 800 }));
    excel.failAtSync = excel.syncs + 3;
    const error = await computeInExcel(hostOf(excel), { computedAt: "2027-01-05 09:00" }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ExcelActionError);
    expect((error as ExcelActionError).reason).toBe("partial");
    const written = (error as ExcelActionError).detail.split(", ");
    expect(written.length).toBeGreaterThan(0);
    // What it names is there; what it does not name was not touched by the failed request.
    for (const name of written) expect(excel.sheet(name)?.cells.size).toBeGreaterThan(0);
  });
});

describe("a write that fails in the middle of a request", () => {
  /** Each sheet of the double as its cells' values, to tell touched sheets from untouched. */
  const cellsOf = (excel: ExcelDouble) =>
    new Map(
      excel.sheets.map((sheet) => [
        sheet.name,
        JSON.stringify([...sheet.cells].map(([at, cell]) => [at, cell.value, cell.formula])),
      ])
    );

  it.each([1, 9])(
    "names every sheet written before the failing operation, and only those (ExcelApi 1.%i)",
    async (level) => {
      const { excel } = await excelWithTemplate(level);
      const before = cellsOf(excel);
      // Compute's write is one request: it fails at its first write into 이력, after the
      // input sheets' computed columns and 결과 were written in the same request.
      excel.failOperation = (describe) => /"values":\["이력!/.test(JSON.stringify(describe));
      const error = await computeInExcel(hostOf(excel), { computedAt: "2027-01-05 09:00" }).catch(
        (e: unknown) => e
      );
      expect(excel.failOperation).toBeNull(); // the failure was met
      expect(error).toBeInstanceOf(ExcelActionError);
      expect((error as ExcelActionError).reason).toBe("partial");
      const named = (error as ExcelActionError).detail.split(", ").sort();
      const after = cellsOf(excel);
      const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
      // Every sheet changed is named; 이력 is named too (its writes had begun, none went through).
      expect(named).toEqual(
        [...changed, "이력"].filter((n, i, all) => all.indexOf(n) === i).sort()
      );
      expect(named).toEqual(expect.arrayContaining(["결과", "목표", "월별실적"]));
      // What the user is told names them.
      const notice = errorNotice(error, "ko");
      expect(notice?.intent).toBe("error");
      for (const sheet of named) expect(notice?.text).toContain(sheet);
    }
  );
});

describe("이력 read in part (ExcelApi 1.4 on): its department table and its records' 기준월", () => {
  // 30 tasks here; MBO_YEAR_SIZE=L runs it at 500 (about a minute): the numbers in docs/excel.md.
  const yearSize = process.env.MBO_YEAR_SIZE === "L" ? "L" : "M";
  it(`a year of monthly Computes (${yearSize}): December's read is about January's`, async () => {
    const { excel } = await excelWithTemplate(9, plans[yearSize]);
    const responses: number[] = [];
    for (let month = 1; month <= 12; month++) {
      const { report, count } = await computeExcel(
        excel,
        month,
        monthEnd(month, plans[yearSize].year)
      );
      expect([month, report.ok, count.syncs]).toEqual([month, true, 2]);
      responses.push(count.maxResponseBytes);
    }
    // With every record read (and the metadata's stored checks, which Compute does not need) the
    // read doubled over the year: 500 tasks, 2.3 MB in January, 4.7 MB in December, near the
    // web's 5 MB. Now December adds only the computed columns' values and 이력's 기준월 column.
    expect(responses[11] - responses[0]).toBeLessThan(0.2 * responses[0]);
    // December's read measured: M (30 tasks) about 0.16 MB, L (500 tasks) about 2.4 MB.
    expect(responses[11]).toBeLessThan({ M: 300_000, L: 3_000_000 }[yearSize]);
  });

  /** The cells of a sheet of the double, by address: their values. */
  const valuesOf = (excel: ExcelDouble, sheet: string) =>
    Object.fromEntries([...excel.sheet(sheet)!.cells].map(([at, cell]) => [at, cell.value]));

  it("an earlier month recomputed with a KPI added: one more read, 이력 as a whole read writes it", async () => {
    const histories: Record<string, unknown>[] = [];
    for (const level of [1, 9]) {
      const { excel } = await excelWithTemplate(level, SAMPLE_2011);
      for (const month of [3, 6, 9])
        expect((await computeExcel(excel, month, monthEnd(month))).report.ok).toBe(true);
      // A KPI typed below 목표's last row: 6월's record gets one more row, 9월's must move down.
      const goals = excel.sheet("목표")!;
      const last = Math.max(...[...goals.cells.keys()].map((at) => Number(at.split(",")[0])));
      const row = last + 2;
      excel.typeCell("목표", `C${row}`, "1-1");
      excel.typeCell("목표", `G${row}`, "추가 지표");
      excel.typeCell("목표", `H${row}`, "건");
      excel.typeCell("목표", `K${row}`, "100");
      const { report, count } = await computeExcel(excel, 6);
      expect(report.ok).toBe(true);
      // 1.1 reads twice (the list, then the sheets, 이력 whole); from 1.4 once in part, then 이력
      // whole; one write.
      expect([level, count.syncs]).toEqual([level, 3]);
      histories.push(valuesOf(excel, "이력"));
    }
    expect(histories[1]).toEqual(histories[0]);
    const months = Object.entries(histories[1])
      .filter(([at]) => at.endsWith(",0") && Number(at.split(",")[0]) > 16)
      .map(([, value]) => value);
    expect(months.filter((m) => m === 6).length).toBe(months.filter((m) => m === 3).length + 1);
    expect(months.filter((m) => m === 9).length).toBe(months.filter((m) => m === 3).length);
  });
});
