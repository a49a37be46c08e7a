// Properties of Compute over arbitrary input: it never throws, never writes over what a person
// typed, and computing twice gives what computing once gave.
import fc from "fast-check";
import type { RawCell } from "../../../src/core/rules/figures";
import { readWorkbook } from "../../../src/core/format/read";
import { GOAL_COLUMNS, MONTHLY_COLUMNS } from "../../../src/core/format/schema";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import {
  cloneSnapshot,
  compute,
  computeFile,
  sheetOf,
  templateBytes,
} from "../../support/workbooks";

let sample: WorkbookSnapshot;
let sampleBytes: Uint8Array;
beforeAll(async () => {
  sampleBytes = await templateBytes();
  sample = await readSnapshot(sampleBytes);
});

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 200_000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "116,000건",
    "92%",
    "2백만원",
    "-",
    "신규",
    "누계",
    "비율",
    "하향",
    "지표",
    "실적",
    "계획",
    "=1+1",
    "+1",
    "@x",
    "１２"
  ),
  fc.boolean(),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!") }),
  fc.record({
    formula: fc.constant("A1*2"),
    result: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
  })
);

/** Up to 12 edits anywhere in the input area of the three input sheets (rows 0–30, columns 0–25). */
const edits = fc.array(
  fc.record({
    sheet: fc.constantFrom("설정", "목표", "월별실적"),
    row: fc.integer({ min: 0, max: 30 }),
    col: fc.integer({ min: 0, max: 25 }),
    value: cell,
  }),
  { maxLength: 12 }
);

function applyEdits(
  base: WorkbookSnapshot,
  list: { sheet: string; row: number; col: number; value: RawCell }[]
) {
  const copy = cloneSnapshot(base);
  for (const { sheet, row, col, value } of list) {
    const rows = sheetOf(copy, sheet).rows;
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
  }
  return copy;
}

const computedHeaders = new Set(
  [...GOAL_COLUMNS, ...MONTHLY_COLUMNS].filter((c) => c.computed).flatMap((c) => [c.ko, c.en])
);

describe("Compute, whatever the cells hold", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(edits, (list) => {
        compute(applyEdits(sample, list));
      }),
      { numRuns: 400 }
    );
  });

  it("writes into the user's sheets only cells that are its own (computed columns, or blank)", () => {
    fc.assert(
      fc.property(edits, (list) => {
        const snapshot = applyEdits(sample, list);
        const outcome = compute(snapshot);
        if (!outcome.ok) return;
        const read = readWorkbook(snapshot, 2011);
        if (!read.ok) return;
        const users = [read.layout.goals.sheet, read.layout.monthly.sheet];
        for (const sheetWrite of outcome.write.sheets.filter((s) => users.includes(s.name))) {
          const sheet = sheetOf(snapshot, sheetWrite.name);
          const table =
            sheetWrite.name === read.layout.goals.sheet ? read.layout.goals : read.layout.monthly;
          for (const c of sheetWrite.cells) {
            const typed = sheet.rows[c.row]?.[c.col] ?? null;
            const header = sheet.rows[table.headerRow]?.[c.col];
            const ownColumn = typeof header === "string" && computedHeaders.has(header.trim());
            if (!(ownColumn || typed === null)) {
              throw new Error(
                `wrote over ${sheetWrite.name}!${c.row},${c.col} = ${JSON.stringify(typed)}`
              );
            }
          }
        }
      }),
      { numRuns: 1000 }
    );
  });
});

describe("Compute on files", () => {
  const monthlyEdits = fc.array(
    fc.record({
      row: fc.integer({ min: 3, max: 24 }),
      month: fc.integer({ min: 0, max: 11 }),
      value: fc.oneof(
        fc.integer({ min: 0, max: 50_000 }),
        fc.constantFrom("3,500건", "92%", null, "많음")
      ),
    }),
    { maxLength: 6 }
  );

  it("keeps every typed cell as it was, and computing twice equals computing once", async () => {
    await fc.assert(
      fc.asyncProperty(monthlyEdits, async (list) => {
        const snapshot = applyEdits(
          sample,
          list.map(({ row, month, value }) => ({ sheet: "월별실적", row, col: 5 + month, value }))
        );
        // The edited workbook as a file: the edits are what a person typed.
        const typedCells = list.map(({ row, month, value }) => ({ row, col: 5 + month, value }));
        const typed = await writeWorkbook(sampleBytes, {
          sheets: [{ name: "월별실적", mode: "patch", cells: typedCells }],
        });
        const once = await computeFile(typed);
        const twice = await computeFile(once.bytes);
        const first = await readSnapshot(once.bytes);
        const second = await readSnapshot(twice.bytes);
        expect(second).toEqual(first);
        const after = sheetOf(first, "월별실적");
        for (const { row, col } of typedCells) {
          expect(after.rows[row]?.[col] ?? null).toEqual(
            sheetOf(snapshot, "월별실적").rows[row]?.[col] ?? null
          );
        }
      }),
      { numRuns: 12 }
    );
  });
});

describe("found by the properties above", () => {
  it("adds a computed column whose header was typed over right of every used column", () => {
    // 월별실적's 누계 header replaced by a number, and a formula typed in the column after the table.
    const snapshot = applyEdits(sample, [
      { sheet: "월별실적", row: 3, col: 22, value: { formula: "A1*2", result: 0 } },
      { sheet: "월별실적", row: 2, col: 19, value: 0 },
    ]);
    const outcome = compute(snapshot);
    if (!outcome.ok) throw new Error("compute failed");
    const monthly = outcome.write.sheets.find((s) => s.name === "월별실적")!;
    expect(monthly.cells.some((c) => c.row === 3 && c.col === 22)).toBe(false);
    expect(monthly.cells.find((c) => c.row === 2 && c.value === "누계")?.col).toBe(23);
  });
});
