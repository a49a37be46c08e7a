// Makes the corpus of workbooks other programs wrote (test/fixtures/foreign/, README there): our
// template, the sample and a computed workbook, each opened and saved again by openpyxl,
// LibreOffice, Gnumeric and exceljs. Run after `npm run build:cli`; the files are committed, so
// the tests read what those programs wrote once, as a user's old file would be.
const { execFileSync } = require("child_process");
const { copyFileSync, mkdirSync, mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join, resolve } = require("path");
const ExcelJS = require("exceljs");
const { closeLibreOffice, convert } = require("./libreoffice.cjs");
const { resaveWithGnumeric } = require("./gnumeric.cjs");
const { resaveWithOpenpyxl } = require("./openpyxl.cjs");

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "test", "fixtures", "foreign");
const CLI = join(ROOT, "bin", "mbo-eval.js");

async function main() {
  const work = mkdtempSync(join(tmpdir(), "foreign-"));
  mkdirSync(OUT, { recursive: true });
  const cli = (...args) => execFileSync(process.execPath, [CLI, ...args], { cwd: work });
  cli("template", "--year", "2011", "--dept", "민원봉사과", "-o", "template.xlsx");
  cli("template", "--sample", "-o", "sample.xlsx");
  cli("demo", "-o", "computed.xlsx");
  const writers = {
    openpyxl: (input, output) => resaveWithOpenpyxl(input, output),
    libreoffice: async (input, output) => {
      const folder = join(work, "lo");
      await convert(input, "xlsx", folder);
      copyFileSync(join(folder, input.split("/").pop()), output);
      rmSync(folder, { recursive: true, force: true });
    },
    gnumeric: (input, output) => resaveWithGnumeric(input, output),
    exceljs: async (input, output) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(input);
      await book.xlsx.writeFile(output);
    },
  };
  for (const source of ["template", "sample", "computed"]) {
    for (const [writer, resave] of Object.entries(writers)) {
      const output = join(OUT, `${source}-${writer}.xlsx`);
      await resave(join(work, `${source}.xlsx`), output);
      console.log(output);
    }
  }
  rmSync(work, { recursive: true, force: true });
  closeLibreOffice();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
