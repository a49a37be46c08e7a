// npm run -s excel:replay -- --level L --as-of M -o OUT.xlsx   (L: 1.17, or 17)
// Creates the template, loads the sample and computes as of month M through the Excel adapter on
// the Excel double at ExcelApi 1.L, then saves the double's workbook (cell types as it holds them)
// through the file adapter, to compare with `mbo-eval template --sample` + `compute --as-of M`.
import { writeFileSync } from "fs";
import { parseArgs } from "node:util";
import { localTimestamp } from "../src/core/rules/time";
import { requirementLevel } from "../src/excel/requirements";
import { replay } from "../test/excel/replay";

async function main() {
  const { values } = parseArgs({
    options: {
      level: { type: "string", default: "17" },
      "as-of": { type: "string", default: "6" },
      output: { type: "string", short: "o" },
    },
  });
  const level = requirementLevel(values.level);
  const asOf = Number(values["as-of"]);
  if (level === null || !Number.isInteger(asOf) || asOf < 1 || asOf > 12 || !values.output) {
    throw new Error("usage: excel:replay -- --level L --as-of M -o OUT.xlsx");
  }
  const { bytes, excel, report } = await replay(level, asOf, localTimestamp(new Date()));
  writeFileSync(values.output, bytes);
  console.log(
    `ExcelApi 1.${level}: ${report.ok ? "computed" : "not computed"}, ${excel.syncs} round trips for create, sample and compute; ` +
      `wrote ${values.output}`
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
