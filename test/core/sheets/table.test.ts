// The output-table declaration: header, rows and widths come from the one declaration; a cell
// outside the table's shape is addressed by its column's key.
import fc from "fast-check";
import {
  columnOf,
  columnWidths,
  fixed,
  headerCells,
  keyedRow,
  rowCells,
  type OutputTable,
} from "../../../src/core/sheets/table";

interface Row {
  name: string;
  score: number | null;
}

const NAME_LOOK = { border: true };
const TABLE: OutputTable<Row, "name" | "score"> = [
  {
    key: "name",
    label: { ko: "이름", en: "Name" },
    width: 12,
    value: (r) => r.name,
    style: fixed(NAME_LOOK),
  },
  {
    key: "score",
    label: { ko: "점수", en: "Score" },
    width: 7,
    value: (r) => r.score,
    // A look by value: a missing score stands out.
    style: (value) => (value === null ? { fill: "FFC7CE" } : { numberFormat: "0.0" }),
  },
];

describe("an output table declared once", () => {
  it("writes its header in the workbook's language, from the given column on", () => {
    expect(headerCells(TABLE, 2, "ko", { bold: true }, 1)).toEqual([
      { row: 2, col: 1, value: "이름", style: { bold: true } },
      { row: 2, col: 2, value: "점수", style: { bold: true } },
    ]);
    expect(headerCells(TABLE, 0, "en", {}).map((c) => c.value)).toEqual(["Name", "Score"]);
  });

  it("writes any row as its columns say: each value, and the look its value or row calls for", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.double({ noNaN: true })),
        fc.nat(1000),
        (name, score, row) => {
          const cells = rowCells(TABLE, { name, score }, row, "ko");
          expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([
            [row, 0, name],
            [row, 1, score],
          ]);
          expect(cells[0].style).toBe(NAME_LOOK);
          expect(cells[1].style).toEqual(
            score === null ? { fill: "FFC7CE" } : { numberFormat: "0.0" }
          );
        }
      )
    );
  });

  it("gives each column its declared width, and finds a column by its key", () => {
    expect(columnWidths(TABLE, 3)).toEqual([
      { col: 3, width: 12 },
      { col: 4, width: 7 },
    ]);
    expect(columnOf(TABLE, "score")).toBe(1);
    expect(() => columnOf(TABLE, "missing" as never)).toThrow("no column missing");
  });

  it("writes a row outside the table's shape by key: every column in the row's look, the rest empty", () => {
    const total = { bold: true };
    expect(
      keyedRow(TABLE, 9, total, {
        score: { value: 88, style: { bold: true, numberFormat: "0.0" } },
      })
    ).toEqual([
      { row: 9, col: 0, value: null, style: total },
      { row: 9, col: 1, value: 88, style: { bold: true, numberFormat: "0.0" } },
    ]);
  });
});
