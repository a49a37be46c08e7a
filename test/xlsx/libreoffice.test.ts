// LibreOffice opening our computed workbook and saving it again: Compute reads what it saved,
// finds the same results, loses nothing typed, and the staleness check stays quiet.
// (What LibreOffice and Gnumeric show of our files is in readers.test.ts.)
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convert } from "../../scripts/libreoffice.cjs";
import { readSnapshot } from "../../src/xlsx/read";
import { hasProgram } from "../support/needs";
import { LIBREOFFICE } from "../support/readers";
import { computeFile, sheetOf, templateBytes } from "../support/workbooks";

(hasProgram("libreoffice") ? describe : describe.skip)("a workbook LibreOffice saved again", () => {
  it("computes with the same results and nothing typed lost", async () => {
    const computed = await computeFile(await templateBytes());
    if (!computed.outcome.ok) throw new Error();
    const dir = mkdtempSync(join(tmpdir(), "lo-saved-"));
    writeFileSync(join(dir, "book.xlsx"), computed.bytes);
    const saved = readFileSync(
      join(await convert(join(dir, "book.xlsx"), "xlsx", join(dir, "out")), "book.xlsx")
    );
    const again = await computeFile(saved);
    if (!again.outcome.ok) throw new Error();
    const [before, after] = [await readSnapshot(computed.bytes), await readSnapshot(again.bytes)];
    for (const name of ["설정", "목표", "월별실적"]) {
      const typed = sheetOf(before, name).rows.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          cell !== null && typeof cell !== "object" ? [{ r, c, cell }] : []
        )
      );
      expect(typed.length).toBeGreaterThan(0);
      const changed = typed.filter(({ r, c, cell }) => sheetOf(after, name).rows[r]?.[c] !== cell);
      expect([name, changed]).toEqual([name, []]);
    }
    expect(again.outcome.problems).toEqual([]);
    expect(again.outcome.evaluation.department).toEqual(computed.outcome.evaluation.department);
    expect(again.outcome.evaluation.kpis.map((k) => [k.actual, k.status, k.score])).toEqual(
      computed.outcome.evaluation.kpis.map((k) => [k.actual, k.status, k.score])
    );
    expect((await LIBREOFFICE.sheetsAsShown(again.bytes))["결과"][1][0]).toBe("");
  });
});
