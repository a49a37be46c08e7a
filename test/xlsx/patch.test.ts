// The patcher of a user's sheet (src/xlsx/sheet.ts patchSheet), which finds the rows in the part's
// UTF-8 bytes and decodes only those that change: generated worksheet parts — under a prefix or
// none, rows out of order, empty rows, Hangul, an empty sheetData — patched with generated writes
// must read back as the old cells with the writes over them, every untouched row byte for byte.
import fc from "fast-check";
import JSZip from "jszip";
import type { CellWrite } from "../../src/core/format/workbook";
import { cellAddress } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Grid = Map<number, Map<number, string | number>>;

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A worksheet part holding `grid`, its rows in `order`, under prefix `p` ("" or "x:"). */
function worksheet(grid: Grid, order: number[], p: string, emptyRows: number[]): string {
  const rowXml = (row: number) => {
    const cells = grid.get(row);
    if (!cells || cells.size === 0) return `<${p}row r="${row + 1}" spans="1:3"/>`;
    const inner = [...cells]
      .sort(([a], [b]) => a - b)
      .map(([col, value]) =>
        typeof value === "number"
          ? `<${p}c r="${cellAddress(row, col)}"><${p}v>${value}</${p}v></${p}c>`
          : `<${p}c r="${cellAddress(row, col)}" t="inlineStr"><${p}is><${p}t>${escape(value)}</${p}t></${p}is></${p}c>`
      )
      .join("");
    return `<${p}row r="${row + 1}" spans="1:9" ht="20" customHeight="1">${inner}</${p}row>`;
  };
  const rows = [...order, ...emptyRows].map(rowXml).join("");
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const data = rows ? `<${p}sheetData>${rows}</${p}sheetData>` : `<${p}sheetData/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}dimension ref="A1:C9"/>${data}<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>`;
}

async function packageWith(sheetXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="실적" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "uint8array" });
}

const value = fc.oneof(
  fc.integer({ min: 0, max: 99999 }),
  fc.string({
    unit: fc.constantFrom("가", "실", "a", " ", "&", "<", "1"),
    minLength: 1,
    maxLength: 6,
  })
);
const position = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 }));

test("a patched sheet reads as its cells with the writes over them; untouched rows stay byte for byte", async () => {
  let outOfOrder = 0;
  let prefixed = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(position, value), { maxLength: 30 }),
      fc.array(fc.tuple(position, fc.option(value, { nil: null })), { maxLength: 12 }),
      fc.constantFrom("", "x:"),
      fc.boolean(),
      fc.uniqueArray(fc.integer({ min: 13, max: 16 }), { maxLength: 2 }),
      async (cells, writes, p, shuffle, emptyRows) => {
        const grid: Grid = new Map();
        for (const [[row, col], v] of cells) {
          if (!grid.has(row)) grid.set(row, new Map());
          grid.get(row)?.set(col, v);
        }
        const order = [...grid.keys()].sort((a, b) => a - b);
        if (shuffle && order.length > 1) {
          order.reverse();
          outOfOrder++;
        }
        if (p) prefixed++;
        const xml = worksheet(grid, order, p, emptyRows);
        const cellWrites: CellWrite[] = writes.map(([[row, col], v]) => ({ row, col, value: v }));
        const patched = await writeWorkbook(await packageWith(xml), {
          sheets: [{ name: "실적", mode: "patch", cells: cellWrites }],
        });

        const expected: Grid = new Map([...grid].map(([r, m]) => [r, new Map(m)]));
        for (const w of cellWrites) {
          if (!expected.has(w.row)) expected.set(w.row, new Map());
          if (w.value === null) expected.get(w.row)?.delete(w.col);
          else expected.get(w.row)?.set(w.col, w.value as string | number);
        }
        const read = (await readSnapshot(patched)).sheets[0].rows;
        const readGrid = new Map<number, Map<number, unknown>>();
        read.forEach((row, r) =>
          row.forEach((c, col) => {
            if (c === null) return;
            if (!readGrid.has(r)) readGrid.set(r, new Map());
            readGrid.get(r)?.set(col, c);
          })
        );
        const plain = (g: Map<number, Map<number, unknown>>) =>
          [...g]
            .filter(([, m]) => m.size > 0)
            .sort(([a], [b]) => a - b)
            .map(([r, m]) => [r, [...m].sort(([a], [b]) => a - b)]);
        expect(plain(readGrid)).toEqual(plain(expected));

        const part = await (
          await JSZip.loadAsync(patched)
        )
          .file("xl/worksheets/sheet1.xml")
          ?.async("string");
        const numbers = [...(part ?? "").matchAll(new RegExp(`<${p}row r="(\\d+)"`, "g"))].map(
          (m) => Number(m[1])
        );
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        const touched = new Set(cellWrites.map((w) => w.row));
        const untouched = [...order, ...emptyRows].filter((r) => !touched.has(r));
        for (const row of untouched) {
          const original = new RegExp(`<${p}row r="${row + 1}"[^>]*?(/>|>.*?</${p}row>)`).exec(
            xml
          )?.[0];
          expect(part).toContain(original);
        }
        expect(part).not.toContain(`<${p}dimension`);
      }
    ),
    { numRuns: 200, seed: 28 }
  );
  expect(outOfOrder).toBeGreaterThan(30);
  expect(prefixed).toBeGreaterThan(30);
});
