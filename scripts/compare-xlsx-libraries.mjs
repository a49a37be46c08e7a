// Measures the .xlsx libraries we could build the file adapter on (docs/decisions/0001-xlsx-library.md):
// (a) what survives a round trip (read, add a sheet and cells, write) of workbooks made by another
//     program holding a chart, an image, a comment, defined names, data validation and conditional
//     formats; (b) reading the LibreOffice-saved file; (c) browser bundle size.
//   node scripts/compare-xlsx-libraries.mjs
import JSZip from "jszip";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const LIBRARIES = ["exceljs", "@protobi/exceljs"];
const FIXTURES = ["test/fixtures/rich/rich-ooxml.xlsx", "test/fixtures/rich/rich-libreoffice.xlsx"];

/** What a user put in the fixture, looked up in a saved file's parts. */
async function contents(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files);
  const text = async (pattern) =>
    (
      await Promise.all(
        names.filter((n) => pattern.test(n)).map((n) => zip.file(n).async("string"))
      )
    ).join("\n");
  const sheets = await text(/^xl\/worksheets\/sheet\d+\.xml$/);
  const workbook = await text(/^xl\/workbook\.xml$/);
  const comments = await text(/^xl\/comments\d*\.xml$/);
  const drawingLinks = await text(/^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/);
  // A part is kept only if the sheet's drawing still points at it.
  return {
    chart:
      names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)) &&
      /charts\/chart\d+\.xml/.test(drawingLinks),
    image: names.some((n) => /^xl\/media\//.test(n)) && /media\//.test(drawingLinks),
    comment: comments.includes("상반기 조사 결과"),
    definedNames: workbook.includes("부서목표표") && workbook.includes("담당자"),
    dataValidation: /<dataValidation\b/.test(sheets),
    conditionalFormat: /<conditionalFormatting\b/.test(sheets),
    userSheet: workbook.includes("우리부서메모"),
  };
}

const rows = [];

// This project's writer (build it first: npm run build:cli): the package patched in place.
const { writeWorkbook } = require("../build/xlsx/write.js");
for (const fixture of FIXTURES) {
  const started = performance.now();
  const saved = await writeWorkbook(readFileSync(fixture), {
    sheets: [
      {
        name: "결과",
        mode: "replace",
        cells: [
          { row: 0, col: 0, value: "종합점수" },
          { row: 0, col: 1, value: 91.2 },
        ],
      },
      { name: "실적차트", mode: "patch", cells: [{ row: 1, col: 4, value: 0.49 }] },
    ],
  });
  rows.push({
    library: "package patch (src/xlsx/write.ts)",
    fixture: fixture.split("/").pop(),
    ms: Math.round(performance.now() - started),
    ...(await contents(saved)),
    error: "",
  });
}

for (const library of LIBRARIES) {
  const ExcelJS = require(library);
  for (const fixture of FIXTURES) {
    const started = performance.now();
    let result;
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(fixture));
      const sheet = workbook.addWorksheet("결과");
      sheet.getCell("A1").value = "종합점수";
      sheet.getCell("B1").value = 91.2;
      workbook.getWorksheet("실적차트").getCell("E2").value = 0.49;
      const saved = await workbook.xlsx.writeBuffer();
      result = { ...(await contents(saved)), error: "" };
    } catch (error) {
      result = { error: String(error.message ?? error).slice(0, 80) };
    }
    rows.push({
      library,
      fixture: fixture.split("/").pop(),
      ms: Math.round(performance.now() - started),
      ...result,
    });
  }
}

const mark = (v) => (v === undefined ? "–" : v ? "kept" : "**lost**");
console.log(
  "| library | fixture | chart | image | comment | defined names | data validation | cond. format | user sheet | error | ms |"
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(
    `| ${r.library} | ${r.fixture} | ${mark(r.chart)} | ${mark(r.image)} | ${mark(r.comment)} | ${mark(r.definedNames)} | ${mark(r.dataValidation)} | ${mark(r.conditionalFormat)} | ${mark(r.userSheet)} | ${r.error || ""} | ${r.ms} |`
  );
}

console.log("\n| library | version | browser bundle (min) | gzipped |");
console.log("| --- | --- | --- | --- |");
for (const library of LIBRARIES) {
  const dir = require.resolve(`${library}/package.json`).replace(/package\.json$/, "");
  const version = JSON.parse(readFileSync(`${dir}package.json`, "utf8")).version;
  const bundle = readFileSync(`${dir}dist/exceljs.min.js`);
  console.log(
    `| ${library} | ${version} | ${(bundle.length / 1024).toFixed(0)} KiB | ${(gzipSync(bundle).length / 1024).toFixed(0)} KiB |`
  );
}
