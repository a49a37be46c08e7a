// Compute in Excel costs a constant number of round trips whatever the workbook's size, and every
// request stays under Excel on the web's 5 MB limit.
import { SAMPLE_2011 } from "../../src/core/sample";
import { PAYLOAD_LIMIT_BYTES } from "./excel-double";
import { computeExcel, excelWithTemplate } from "./excel-path";
import { SIZES, generatePlan } from "../support/generate";

const plans = { sample: SAMPLE_2011, M: generatePlan(SIZES.M), L: generatePlan(SIZES.L) };

describe.each([1, 4, 9, 17])("at ExcelApi 1.%i", (level) => {
  const readSyncs = level >= 4 ? 1 : 2;

  it.each(Object.keys(plans) as (keyof typeof plans)[])(
    "%s: template and Compute in constant round trips",
    async (size) => {
      const { excel, created } = await excelWithTemplate(level, plans[size]);
      const { report, count } = await computeExcel(excel);
      expect(report.ok).toBe(true);
      // One read (two below 1.4, where a workbook with none of our sheets needs only the list),
      // one write. On Excel on the web (1.9+ here) a write splits where its payload would pass
      // the budget: only the 500-task template does. Desktop Excel has no request limit.
      const web = excel.web;
      for (const counted of [created, count]) {
        if (web) expect(counted.maxRequestBytes).toBeLessThan(4_000_000);
        expect(counted.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      }
      expect(count.syncs).toBe(readSyncs + 1);
      expect(created.syncs).toBeLessThanOrEqual(readSyncs + (web && size === "L" ? 2 : 1));
    },
    60_000
  );
});
