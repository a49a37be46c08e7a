// The staleness check as the add-in evaluates it (the pane, 취합): right after Compute nothing has
// changed; any change to an input a result depends on — a figure, a text, a word of a fixed list,
// an entry added or cleared, rows shifted — is a change; a note, 월별실적's 단위 (Compute reads
// 목표's) and a word written in the other language (the reader takes both) are not. (The same checks as live formulas, evaluated
// by LibreOffice and Gnumeric, are in test/xlsx/readers.test.ts.)
import fc from "fast-check";
import { changedSinceCompute } from "../../../src/core/format/meta";
import { readWorkbook } from "../../../src/core/format/read";
import { workbookStatus } from "../../../src/core/format/status";
import { checkWeight } from "../../../src/core/format/staleness";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { applied } from "../../support/snapshots";
import {
  cloneSnapshot,
  compute,
  computeFile,
  sheetOf,
  templateBytes,
} from "../../support/workbooks";

let computed: WorkbookSnapshot;
beforeAll(async () => {
  computed = await readSnapshot((await computeFile(await templateBytes(), 6)).bytes);
});

const changed = (snapshot: WorkbookSnapshot) => {
  const read = readWorkbook(snapshot, 2011);
  if (!read.ok) throw new Error("unreadable");
  return changedSinceCompute(snapshot, read.layout);
};

/** Every input cell of 목표 and 월별실적 that holds an entry, with its sheet. */
function entries(snapshot: WorkbookSnapshot) {
  const read = readWorkbook(snapshot, 2011);
  if (!read.ok) throw new Error("unreadable");
  const cells: { sheet: string; row: number; col: number }[] = [];
  for (const table of [read.layout.goals, read.layout.monthly]) {
    const inputs = Object.entries(table.columns)
      .filter(([key]) => !(table === read.layout.monthly && key === "unit"))
      .filter(
        ([key]) =>
          ![
            "actual",
            "achievement",
            "pace",
            "status",
            "score",
            "toDate",
            "execution",
            "total",
            "notes",
          ].includes(key)
      )
      .map(([, col]) => col);
    const rows = sheetOf(snapshot, table.sheet).rows;
    for (let row = table.headerRow + 1; row < rows.length; row++)
      for (const col of inputs)
        if (rows[row]?.[col] !== null && rows[row]?.[col] !== undefined && rows[row][col] !== "")
          cells.push({ sheet: table.sheet, row, col });
  }
  return cells;
}

describe("the add-in's staleness check", () => {
  it("finds nothing changed right after Compute", () => {
    expect(changed(computed)).toBe(false);
    expect(workbookStatus(computed, 2011).stale).toBe(false);
  });

  it("finds any entry changed: another figure (by a thousandth or more), another text, or cleared", () => {
    const cells = entries(computed);
    expect(cells.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cells.length - 1 }),
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.string({ minLength: 1, maxLength: 8 }),
          fc.constant(null)
        ),
        (index, value) => {
          const { sheet, row, col } = cells[index];
          const snapshot = cloneSnapshot(computed);
          const before = sheetOf(snapshot, sheet).rows[row][col];
          fc.pre(value !== before && !(value === null && before === ""));
          // Figures are compared within a tolerance (programs add up in different orders):
          // 10⁻¹² of the column's size, under 10⁻⁴ for every column of the sample; a change
          // below it is the next test's.
          fc.pre(
            !(typeof value === "number" && typeof before === "number") ||
              Math.abs(value - before) >= 1e-3
          );
          sheetOf(snapshot, sheet).rows[row][col] = value;
          expect(changed(snapshot)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("takes a figure changed by less than its tolerance (1e-9) for the same figure", () => {
    const { sheet, row, col } = entries(computed).find(
      (c) => typeof sheetOf(computed, c.sheet).rows[c.row][c.col] === "number"
    )!;
    const snapshot = cloneSnapshot(computed);
    const rows = sheetOf(snapshot, sheet).rows;
    rows[row][col] = (rows[row][col] as number) + 5e-324;
    expect(changed(snapshot)).toBe(false);
    rows[row][col] = (rows[row][col] as number) + 1e-6;
    expect(changed(snapshot)).toBe(true);
  });

  it("finds two figures that trade places", () => {
    const numbers = entries(computed).filter(
      ({ sheet, row, col }) => typeof sheetOf(computed, sheet).rows[row][col] === "number"
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: numbers.length - 1 }),
        fc.integer({ min: 0, max: numbers.length - 1 }),
        (i, j) => {
          const [a, b] = [numbers[i], numbers[j]];
          const snapshot = cloneSnapshot(computed);
          const [x, y] = [sheetOf(snapshot, a.sheet).rows, sheetOf(snapshot, b.sheet).rows];
          fc.pre(x[a.row][a.col] !== y[b.row][b.col]);
          [x[a.row][a.col], y[b.row][b.col]] = [y[b.row][b.col], x[a.row][a.col]];
          expect(changed(snapshot)).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("finds an entry typed into an empty cell below the table", () => {
    const snapshot = cloneSnapshot(computed);
    const rows = sheetOf(snapshot, "월별실적").rows;
    rows[rows.length + 5] = [null, null, null, null, null, null, 3];
    expect(changed(snapshot)).toBe(true);
  });

  it("finds rows shifted (one inserted or deleted above the entries)", () => {
    for (const edit of ["insert", "delete"] as const) {
      const snapshot = cloneSnapshot(computed);
      const rows = sheetOf(snapshot, "목표").rows;
      const read = readWorkbook(snapshot, 2011);
      if (!read.ok) throw new Error();
      const at = read.layout.goals.headerRow + 2;
      if (edit === "insert") rows.splice(at, 0, []);
      else rows.splice(at, 1);
      expect([edit, changed(snapshot)]).toEqual([edit, true]);
    }
  });

  it("ignores a changed note", () => {
    const snapshot = cloneSnapshot(computed);
    const read = readWorkbook(snapshot, 2011);
    if (!read.ok) throw new Error();
    const notes = read.layout.goals.columns.notes;
    sheetOf(snapshot, "목표").rows[read.layout.goals.headerRow + 1][notes] = "메모 추가";
    expect(changed(snapshot)).toBe(false);
  });

  it("ignores a changed unit in 월별실적: the unit Compute reads is 목표's", () => {
    const snapshot = cloneSnapshot(computed);
    const read = readWorkbook(snapshot, 2011);
    if (!read.ok) throw new Error();
    const unit = read.layout.monthly.columns.unit;
    sheetOf(snapshot, "월별실적").rows[read.layout.monthly.headerRow + 1][unit] = "개";
    expect(changed(snapshot)).toBe(false);
  });

  /** The rows of 월별실적 holding 계획 and 실적 in 구분, and that column. */
  function planAndActualRows(snapshot: WorkbookSnapshot) {
    const read = readWorkbook(snapshot, 2011);
    if (!read.ok) throw new Error();
    const col = read.layout.monthly.columns.row;
    const rows = sheetOf(snapshot, "월별실적").rows;
    const holding = (word: string) =>
      rows.map((r, i) => (r?.[col] === word ? i : -1)).filter((i) => i >= 0);
    return { rows, col, plans: holding("계획"), actuals: holding("실적") };
  }

  it("finds a 계획 row and a 실적 row that trade 구분, wherever they are", () => {
    const { plans, actuals } = planAndActualRows(computed);
    expect(plans.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.integer({ min: 0, max: actuals.length - 1 }),
        (i, j) => {
          const snapshot = cloneSnapshot(computed);
          const { rows, col } = planAndActualRows(snapshot);
          rows[plans[i]][col] = "실적";
          rows[actuals[j]][col] = "계획";
          expect(changed(snapshot)).toBe(true);
        }
      ),
      { numRuns: 100 }
    );
  });

  it("takes a word written in the other language, or another case, for the same word", () => {
    const snapshot = cloneSnapshot(computed);
    const { rows, col, plans, actuals } = planAndActualRows(snapshot);
    rows[plans[0]][col] = "Plan";
    rows[actuals[0]][col] = "ACTUAL";
    expect(changed(snapshot)).toBe(false);
  });

  it("compares a word the reader takes in another spelling ('계 획') as text", async () => {
    const { rows, col, plans } = planAndActualRows(computed);
    const base = (await computeFile(await templateBytes(), 6)).bytes;
    const respelled = await writeWorkbook(base, {
      sheets: [
        {
          name: "월별실적",
          mode: "patch",
          cells: [{ row: plans[0], col, value: "계 획" }],
        },
      ],
    });
    const again = await readSnapshot((await computeFile(respelled, 6)).bytes);
    expect(rows[plans[0]][col]).toBe("계획");
    expect(changed(again)).toBe(false);
    const edited = cloneSnapshot(again);
    sheetOf(edited, "월별실적").rows[plans[0]][col] = "실 적";
    expect(changed(edited)).toBe(true);
  });

  it("spreads its weights over [1, 2), none repeated in a table's rows", () => {
    const weights = Array.from({ length: 5_000 }, (_, i) => checkWeight(i));
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...weights)).toBeLessThan(2);
    expect(new Set(weights).size).toBe(weights.length);
  });

  it("keeps every stored text within a cell (32,767 characters) and still finds any text changed, at any length", async () => {
    // Long names in 목표's 과제 and 성과지표 columns (a file from another program can hold more than
    // Excel's 32,767): every stored check fits a cell, and a change anywhere in the first 32,767
    // characters of any of them is found.
    const base = await readSnapshot((await computeFile(await templateBytes(), 6)).bytes);
    const goals = sheetOf(base, "목표");
    const header = goals.rows[2] as unknown[];
    const columns = ["전략과제", "성과지표"].map((label) => header.indexOf(label));
    expect(columns.every((c) => c >= 0)).toBe(true);
    const places = goals.rows
      .map((_, r) => r)
      .filter((r) => r > 2 && goals.rows[r]?.[columns[1]])
      .flatMap((row) => columns.map((col) => ({ row, col })));
    expect(places.length).toBe(6); // the sample's three KPIs, each with its task and indicator
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 45_000 }), { minLength: 1, maxLength: places.length }),
        fc.nat(),
        fc.nat(),
        (lengths, which, at) => {
          const snapshot = cloneSnapshot(base);
          const sheet = sheetOf(snapshot, "목표");
          const cells = places.slice(0, lengths.length);
          cells.forEach(({ row, col }, i) => {
            sheet.rows[row][col] = "과제명".repeat(15_000).slice(0, lengths[i]);
          });
          const computedAgain = compute(snapshot, 6);
          if (!computedAgain.ok) throw new Error("Compute failed");
          const after = applied(computedAgain.write, snapshot);
          const stored = sheetOf(after, "_mbo_meta").rows.flat();
          const longest = Math.max(...stored.map((v) => (typeof v === "string" ? v.length : 0)));
          const { row, col } = cells[which % cells.length];
          const text = sheetOf(after, "목표").rows[row][col] as string;
          const position = at % Math.min(text.length, 32_767);
          const edited = cloneSnapshot(after);
          sheetOf(edited, "목표").rows[row][col] =
            text.slice(0, position) + "X" + text.slice(position + 1);
          expect({
            longest: longest <= 32_767,
            before: changed(after),
            after: changed(edited),
          }).toEqual({
            longest: true,
            before: false,
            after: true,
          });
        }
      ),
      { numRuns: 25, seed: 32 }
    );
  });
});
