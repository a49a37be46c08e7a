// The add-in's own .xlsx reader (src/xlsx/read.ts: saxes over each sheet's XML) against an
// independent one (ExcelJS's object model, test/support/exceljsSnapshot.ts) on every workbook the
// tests have — files Excel, LibreOffice, Gnumeric, openpyxl, ExcelJS and Google Sheets saved — and
// against the cells themselves in workbooks written from generated cells.
import ExcelJS from "@protobi/exceljs";
import fc from "fast-check";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { RawCell } from "../../src/core/rules/figures";
import { columnLetter, type WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { slideFormula } from "../../src/xlsx/sharedFormula";
import { exceljsSnapshot } from "../support/exceljsSnapshot";
import { hasFile } from "../support/needs";
import { listXlsx } from "../support/workbooks";
import { YEAR_END_AT, computeFile, templateBytes } from "../support/workbooks";

const ROOT = join(__dirname, "..", "..");

const SHARED_FOREIGN = join(ROOT, "..", "shared", "fixtures", "foreign", "xlsx");
const EXCEL_SAVED = join(ROOT, ".tmp", "foreign-debian", "excel");
const corpus = [
  ...listXlsx(join(ROOT, "test", "fixtures", "foreign")),
  ...listXlsx(join(ROOT, "test", "fixtures", "rich")),
  ...(hasFile(SHARED_FOREIGN, "../shared's foreign fixtures") ? listXlsx(SHARED_FOREIGN) : []),
  ...(hasFile(EXCEL_SAVED, "Excel-saved workbooks (scripts/foreign-fixtures.sh)")
    ? listXlsx(EXCEL_SAVED)
    : []),
];

/** A workbook that counts dates from 1904 (Excel for Mac's old default). */
async function uses1904(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  return /date1904="(1|true)"/.test(workbook ?? "");
}

/**
 * A formula's cached result ExcelJS does not read as the file has it: 0 and "" dropped, and a
 * text result stored in the shared strings (as Gnumeric writes it) read as the table's index.
 */
function resultExcelJsMisreads(x: { formula: string; result: unknown }, y: RawCell): boolean {
  if (y === null || typeof y !== "object" || !("formula" in y) || y.formula !== x.formula)
    return false;
  if (y.result === undefined) return x.result === 0 || x.result === "";
  return typeof x.result === "string" && typeof y.result === "number";
}

/**
 * Where the two readers differ, cell by cell. Known and allowed, each the file's own content where
 * ExcelJS interprets: a number formatted as a date in a 1904 workbook (ExcelJS turns it into a
 * date of the 1904 calendar; the add-in keeps the stored serial and reads no dates), a formula
 * ExcelJS drops for its cached value (the add-in keeps both), and the cached results above.
 */
function differences(ours: WorkbookSnapshot, theirs: WorkbookSnapshot, date1904: boolean) {
  const found: string[] = [];
  const names = (s: WorkbookSnapshot) =>
    s.sheets.map((sheet) => `${sheet.name}:${sheet.visibility}`);
  if (names(ours).join("|") !== names(theirs).join("|"))
    found.push(`sheets ${names(ours)} / ${names(theirs)}`);
  for (const sheet of ours.sheets) {
    const other = theirs.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    if ([...sheet.merges].sort().join() !== [...other.merges].sort().join())
      found.push(`${sheet.name} merges ${sheet.merges} / ${other.merges}`);
    const rows = Math.max(sheet.rows.length, other.rows.length);
    for (let r = 0; r < rows; r++) {
      const a = sheet.rows[r] ?? [];
      const b = other.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const x: RawCell = a[c] ?? null;
        const y: RawCell = b[c] ?? null;
        if (JSON.stringify(x) === JSON.stringify(y)) continue;
        if (typeof x === "number" && typeof y === "number") {
          if (Math.abs(x - y) < 1e-6 * Math.max(1, Math.abs(x))) continue; // a date's milliseconds
          if (date1904 && Math.abs(x + 1462 - y) < 1e-6) continue;
        }
        const formulaDropped =
          x !== null &&
          typeof x === "object" &&
          "formula" in x &&
          JSON.stringify(x.result) === JSON.stringify(y);
        if (formulaDropped) continue;
        if (x !== null && typeof x === "object" && "formula" in x && resultExcelJsMisreads(x, y))
          continue;
        found.push(
          `${sheet.name}!${columnLetter(c)}${r + 1}: ${JSON.stringify(x)} / ${JSON.stringify(y)}`
        );
      }
    }
  }
  return found;
}

describe("the reader agrees with ExcelJS", () => {
  test("on every workbook other programs saved", async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    const found: string[] = [];
    let cells = 0;
    for (const file of corpus) {
      const bytes = new Uint8Array(readFileSync(file));
      const ours = await readSnapshot(bytes);
      cells += ours.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
      for (const d of differences(ours, await exceljsSnapshot(bytes), await uses1904(bytes)))
        found.push(`${file}: ${d}`);
    }
    expect(found).toEqual([]);
    expect(cells).toBeGreaterThan(10_000);
  });

  test("on the add-in's own template and a computed workbook", async () => {
    const { bytes: computed } = await computeFile(await templateBytes(), 12, YEAR_END_AT);
    for (const bytes of [await templateBytes(), computed]) {
      expect(differences(await readSnapshot(bytes), await exceljsSnapshot(bytes), false)).toEqual(
        []
      );
    }
  });

  test("only the sheets asked for are read; the others keep their names and visibility", async () => {
    const bytes = await templateBytes();
    const all = await readSnapshot(bytes);
    const some = await readSnapshot(bytes, { sheets: (name) => name === "목표" });
    expect(some.sheets.map((s) => [s.name, s.visibility])).toEqual(
      all.sheets.map((s) => [s.name, s.visibility])
    );
    expect(some.sheets.map((s) => s.rows.length > 0)).toEqual(
      all.sheets.map((s) => s.name === "목표")
    );
    expect(some.sheets.find((s) => s.name === "목표")).toEqual(
      all.sheets.find((s) => s.name === "목표")
    );
  });
});

// Text a cell can hold (no "_xHHHH_": Excel's escape, which readers undo).
const cellText = fc.string({
  unit: fc.constantFrom(
    "가",
    "나",
    "a",
    "Z",
    " ",
    "\n",
    "&",
    "<",
    ">",
    '"',
    "'",
    "%",
    "1",
    ".",
    "😀"
  ),
  maxLength: 12,
});
const cellValue = fc.oneof(
  cellText,
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
    .map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.record({
    formula: fc.constantFrom("1+1", "A1*2", "SUM(A1:B2)"),
    result: fc.oneof(fc.integer(), cellText),
  }),
  fc.record({ error: fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?") })
);

describe("the reader returns the cells a workbook holds", () => {
  test("generated cells, written with shared strings or inline, merged or not", async () => {
    let merged = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.option(cellValue, { nil: null, freq: 3 }), { maxLength: 8 }), {
          maxLength: 12,
        }),
        fc.boolean(),
        fc.constantFrom<"visible" | "hidden" | "veryHidden">("visible", "hidden", "veryHidden"),
        fc.boolean(),
        async (grid, sharedStrings, state, merge) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("데이터");
          workbook.addWorksheet("보이는 시트");
          sheet.state = state;
          grid.forEach((row, r) =>
            row.forEach((value, c) => {
              if (value === null) return;
              sheet.getCell(r + 1, c + 1).value =
                typeof value === "object" && "error" in value
                  ? { error: value.error as ExcelJS.CellErrorValue["error"] }
                  : (value as ExcelJS.CellValue);
            })
          );
          // A merged area over the first two cells of row 1: only its top-left keeps a value.
          const withMerge = merge && grid.length > 0;
          if (withMerge) {
            sheet.mergeCells("A1:B1");
            merged++;
          }
          const buffer = await workbook.xlsx.writeBuffer({
            useSharedStrings: sharedStrings,
          } as never);
          const read = await readSnapshot(new Uint8Array(buffer as ArrayBuffer));
          const expected = grid.map((row, r) => {
            const cells: RawCell[] = row.map((v, c) =>
              withMerge && r === 0 && c === 1
                ? null
                : v !== null && typeof v === "object" && "formula" in v
                  ? { formula: v.formula, result: v.result }
                  : v
            );
            while (cells.length && cells[cells.length - 1] === null) cells.pop();
            return cells;
          });
          while (expected.length && expected[expected.length - 1].length === 0) expected.pop();
          const first = read.sheets[0];
          expect({ name: first.name, visibility: first.visibility, rows: first.rows }).toEqual({
            name: "데이터",
            visibility: state,
            rows: expected,
          });
          expect(first.merges).toEqual(withMerge ? ["A1:B1"] : []);
        }
      ),
      { numRuns: 150, seed: 11 }
    );
    expect(merged).toBeGreaterThan(20);
  });

  test("a shared formula's text in each cell is the first cell's, moved as Excel fills it", async () => {
    const reference = fc.tuple(
      fc.boolean(),
      fc.integer({ min: 0, max: 30 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 40 })
    );
    const refText = ([colAnchor, col, rowAnchor, row]: [boolean, number, boolean, number]) =>
      `${colAnchor ? "$" : ""}${columnLetter(col)}${rowAnchor ? "$" : ""}${row}`;
    await fc.assert(
      fc.asyncProperty(
        fc.array(reference, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        async (refs, height, width) => {
          // No string literal: ExcelJS moves an "A1" inside quotes too (the unit test below does not).
          const formula = `SUM(${refs.map(refText).join(",")})+LOG10(10)`;
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("S");
          const range = `D5:${columnLetter(3 + width - 1)}${5 + height - 1}`;
          sheet.fillFormula(range, formula, () => 0);
          const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
          const ours = (await readSnapshot(bytes)).sheets[0].rows;
          const theirs = (await exceljsSnapshot(bytes)).sheets[0].rows;
          // ExcelJS keeps no cached result of a shared formula's other cells: texts compared.
          const texts = (rows: RawCell[][]) =>
            rows.map((row) =>
              row.map((c) =>
                c !== null && typeof c === "object" && "formula" in c ? c.formula : c
              )
            );
          expect(texts(ours)).toEqual(texts(theirs));
          const last = ours[5 + height - 2][3 + width - 1];
          expect(last).toEqual({
            formula: slideFormula(formula, height - 1, width - 1),
            result: 0,
          });
        }
      ),
      { numRuns: 100, seed: 12 }
    );
  });

  test("a moved reference that would leave the sheet reads #REF!, as in Excel", () => {
    expect(slideFormula("A1+$A1+A$1+'B2'!C3+\"D4\"", 1, 1)).toBe("B2+$A2+B$1+'B2'!D4+\"D4\"");
    expect(slideFormula("A1", -1, 0)).toBe("#REF!");
    expect(slideFormula("XFD1+LOG10(A1)", 0, 1)).toBe("#REF!+LOG10(B1)");
  });

  test("a damaged sheet part is a corrupt file, not a half-read workbook", async () => {
    const zip = await JSZip.loadAsync(await templateBytes());
    const path = Object.keys(zip.files).find((p) => /worksheets\/sheet\d+\.xml$/.test(p)) as string;
    zip.file(
      path,
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></row>'
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readSnapshot(bytes)).rejects.toMatchObject({ reason: "corrupt" });
  });
});

describe("our writer and reader together", () => {
  // A formula's cached text is not unescaped by the reader (Excel recomputes it on opening): only
  // text cells carry the escape.
  test("text that looks like Excel's _xHHHH_ escape reads back as typed", async () => {
    const piece = fc.constantFrom(
      "_x0041_",
      "_x000D_",
      "_x005F_",
      "_xABCD_",
      "_x00e9_",
      "_x",
      "_",
      "x0041_",
      "가",
      "A"
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 6 }), async (pieces) => {
        const text = pieces.join("");
        const bytes = await writeWorkbook(null, {
          sheets: [
            {
              name: "S",
              mode: "replace",
              cells: [{ row: 0, col: 0, value: text }],
            },
          ],
        });
        const row = (await readSnapshot(bytes)).sheets[0].rows[0];
        expect(row).toEqual([text]);
      }),
      { numRuns: 200 }
    );
  });
});
