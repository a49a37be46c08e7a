// npm run bench:excel [-- --json] [-- --level N]
// Round trips and request sizes of template creation and Compute on the Excel path (through the
// in-memory Excel double), for the sample, a 30-task and a 500-task workbook.
import { SAMPLE_2011 } from "../src/core/format/sample";
import { computeExcel, excelWithTemplate } from "../test/excel/excel-path";
import { SIZES, generatePlan } from "../test/support/generate";

const args = process.argv.slice(2);
const json = args.includes("--json");
const levelArg = args.indexOf("--level");
// Office 2016 (desktop, 1.1), Office 2019 (desktop, 1.7), Excel on the web (1.9+, 5 MB limit).
const levels = levelArg >= 0 ? [Number(args[levelArg + 1])] : [1, 7, 9];

const plans = [
  { size: "sample", plan: SAMPLE_2011 },
  { size: "M (30 tasks)", plan: generatePlan(SIZES.M) },
  { size: "L (500 tasks)", plan: generatePlan(SIZES.L) },
];

async function main() {
  const rows: Record<string, string | number>[] = [];
  for (const level of levels) {
    for (const { size, plan } of plans) {
      const { excel, created } = await excelWithTemplate(level, plan);
      const platform = excel.web ? "web" : "desktop";
      const { count } = await computeExcel(excel);
      for (const [action, c] of [
        ["template", created],
        ["compute", count],
      ] as const) {
        rows.push({
          size,
          action,
          level: `1.${level}`,
          platform,
          syncs: c.syncs,
          maxRequestBytes: c.maxRequestBytes,
          requestCount: c.requestCount,
          maxResponseBytes: c.maxResponseBytes,
        });
      }
    }
  }
  if (json) {
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  const header = [
    "size",
    "action",
    "level",
    "platform",
    "syncs",
    "requestCount",
    "maxRequestBytes",
    "maxResponseBytes",
  ];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`| ${header.map(() => "---").join(" | ")} |`);
  for (const row of rows) console.log(`| ${header.map((h) => row[h]).join(" | ")} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
