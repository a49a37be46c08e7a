// Bad input at scale: whatever people type (Excel error values, huge and tiny numbers, exponent
// text, full-width digits, Korean units, blanks, very long text, formulas), reading a figure never
// throws and means what it should; through real files, Compute keeps every typed cell as typed and
// names the sheet and cell of every problem.
import fc from "fast-check";
import { computeWorkbook } from "../../src/core/year/compute";
import { readFigure, shownValue, type RawCell } from "../../src/core/rules/figures";
import type { WorkbookSnapshot } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { sheetOf, templateBytes } from "../support/workbooks";

const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];
const fullWidth = (text: string) =>
  text.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Text a person might type into a figure cell, with what it should read as (if a number). */
const typedText = fc.oneof(
  fc.double({ min: 0, max: 1e12, noNaN: true }).map((n) => String(n)),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 0, max: 99_999 }).map((n) => fullWidth(n.toLocaleString("en-US"))),
  fc.integer({ min: 0, max: 300 }).map((n) => `${n}%`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -400, max: 400 }))
    .map(([m, e]) => `${m}e${e}`),
  fc.constantFrom("2억 3천만원", "5백만", "1조", "3,500건", "12회", "비예산", "１２３４", "３５％"),
  fc.constantFrom("", "   ", "\u3000", "\t", "\n", "-", "신규", "해당 없음", "많음", "약 30"),
  fc.constantFrom("=SUM(A1:A3)", "+1", "-5", "@x", "\t=1+1", "\r=1+1", "=cmd|'/c calc'!A1"),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 1000, maxLength: 5000 })
);

const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  typedText,
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e-300, 1e300, Infinity, -Infinity, NaN),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error })),
  fc.record({
    formula: fc.constantFrom("A1*2", "SUM(F5:Q5)", 'IF(A1>0,"",1)'),
    result: fc.oneof(
      fc.double(),
      fc.string({ maxLength: 10 }),
      fc.constantFrom(...EXCEL_ERRORS),
      fc.constant(undefined),
      fc.constant(null)
    ),
  })
);

describe("reading a typed figure", () => {
  it("never throws; a number is finite and not negative; a problem shows what was typed", () => {
    fc.assert(
      fc.property(rawCell, fc.boolean(), fc.boolean(), (cell, percent, allowNone) => {
        const figure = readFigure(cell, { percent, allowNone });
        const seen =
          figure.kind === "number"
            ? {
                kind: "number",
                finiteAndNotNegative: Number.isFinite(figure.value) && figure.value >= 0,
              }
            : figure.kind === "problem"
              ? { kind: "problem", shown: figure.shown }
              : { kind: figure.kind };
        const want =
          figure.kind === "number"
            ? { kind: "number", finiteAndNotNegative: true }
            : figure.kind === "problem"
              ? { kind: "problem", shown: shownValue(cell) }
              : { kind: figure.kind };
        expect(seen).toEqual(want);
      }),
      { numRuns: 5000 }
    );
  });

  it("reads full-width digits as their ASCII twins, and exponent text as the number it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (n) => {
        const ascii = readFigure(n.toLocaleString("en-US"));
        expect(readFigure(fullWidth(n.toLocaleString("en-US")))).toEqual(ascii);
        expect(ascii).toEqual({ kind: "number", value: n });
      })
    );
    expect(readFigure("1e5")).toEqual({ kind: "number", value: 100000 });
    expect(readFigure("1e400")).toMatchObject({ kind: "problem", problem: "notFinite" });
    expect(readFigure({ error: "#SPILL!" })).toMatchObject({
      kind: "problem",
      problem: "excelError",
    });
    expect(readFigure("2억 3천만원")).toEqual({ kind: "number", value: 230_000_000 });
  });
});

describe("Compute on files with anything typed into the figure cells", () => {
  let sampleBytes: Uint8Array;
  let sample: WorkbookSnapshot;
  let targetCol = -1;
  beforeAll(async () => {
    sampleBytes = await templateBytes();
    sample = await readSnapshot(sampleBytes);
    targetCol = sheetOf(sample, "목표").rows[2].indexOf("목표치");
  });

  const typed = fc.array(
    fc.record({
      sheet: fc.constantFrom("목표", "월별실적"),
      row: fc.integer({ min: 3, max: 24 }),
      month: fc.integer({ min: 0, max: 11 }),
      value: fc.oneof(
        typedText,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(1e300, 5e-324, 0)
      ),
    }),
    { minLength: 1, maxLength: 10 }
  );

  it("keeps every typed cell as typed and names the sheet and cell of every problem", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (list) => {
        const cells = new Map<
          string,
          { sheet: string; row: number; col: number; value: string | number }
        >();
        for (const { sheet, row, month, value } of list) {
          const col = sheet === "목표" ? targetCol : 5 + month;
          cells.set(`${sheet}!${row},${col}`, { sheet, row, col, value });
        }
        const edits = [...cells.values()];
        const bytes = await writeWorkbook(sampleBytes, {
          sheets: ["목표", "월별실적"].map((name) => ({
            name,
            mode: "patch" as const,
            cells: edits
              .filter((e) => e.sheet === name)
              .map(({ row, col, value }) => ({ row, col, value })),
          })),
        });
        const before = await readSnapshot(bytes);
        const outcome = computeWorkbook(before, { computedAt: "2011-07-01 09:00" });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const after = await readSnapshot(await writeWorkbook(bytes, outcome.write));
        for (const { sheet, row, col } of edits) {
          expect(sheetOf(after, sheet).rows[row]?.[col] ?? null).toEqual(
            sheetOf(before, sheet).rows[row]?.[col] ?? null
          );
        }
        for (const problem of outcome.problems) {
          expect(["설정", "목표", "월별실적"]).toContain(problem.sheet);
          expect(problem.cell).toMatch(/^([A-Z]{1,3}[1-9]\d*)?$/);
        }
      }),
      { numRuns: 25 }
    );
  });
});
