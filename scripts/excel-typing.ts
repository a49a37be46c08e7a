// npm run -s excel:typing [-- --json]
// What Excel makes of strings written to Range.values of a General cell, as the Excel double
// models it at ExcelApi 1.17 (test/excel/excel-typing.ts cites each rule): one line per input.
import { parseArgs } from "node:util";
import { ExcelDouble } from "../test/excel/excel-double";

const INPUTS = [
  "1-1",
  "2026-11-28 14:03",
  "00123",
  "10%",
  "TRUE",
  "=1+1",
  "'abc",
  "민원24",
  "1,234",
  "1/2",
  "1e3",
  "-",
];

async function main() {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
  const excel = new ExcelDouble(17);
  excel.addSheet("S");
  const context = excel.context();
  const range = context.workbook.worksheets.getItem("S").getRange(`A1:A${INPUTS.length}`);
  range.values = INPUTS.map((input) => [input]);
  await context.sync();
  INPUTS.forEach((input, row) => {
    const cell = excel.cell("S", `A${row + 1}`)!;
    const line = cell.formula
      ? { input, type: "formula", value: cell.formula }
      : { input, type: typeof cell.value, value: cell.value };
    console.log(
      values.json
        ? JSON.stringify(line)
        : `${JSON.stringify(input).padEnd(20)} → ${line.type} ${JSON.stringify(line.value)}` +
            (cell.format.numberFormat !== "General" ? `  (format ${cell.format.numberFormat})` : "")
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
