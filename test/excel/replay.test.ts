// The Excel path, replayed as a person in the pane would (create, sample, compute as of June), and
// saved as it stands in the double, against the file path (`mbo-eval template --sample` then
// `compute --as-of 6`): every cell of 설정, 목표, 월별실적 and 결과 the same, types included.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fileCells, type Cells } from "./file-cells";
import { replay } from "./replay";

const SHEETS = ["설정", "목표", "월별실적", "결과"];
/** The clock runCli gives the CLI. */
const NOW = "2011-07-01 09:00";

function differences(file: Map<string, Cells>, excel: Map<string, Cells>): string[] {
  const out: string[] = [];
  for (const name of SHEETS) {
    const a = file.get(name) ?? new Map();
    const b = excel.get(name) ?? new Map();
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(address)?.value ?? null;
      const y = b.get(address)?.value ?? null;
      if (JSON.stringify(x) !== JSON.stringify(y)) {
        out.push(`${name}!${address} ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
      } else if (x !== null && a.get(address)?.numberFormat !== b.get(address)?.numberFormat) {
        out.push(
          `${name}!${address} format ${a.get(address)?.numberFormat} ≠ ${b.get(address)?.numberFormat}`
        );
      }
    }
  }
  return out;
}

describe("excel:replay against the file path", () => {
  let file: Map<string, Cells>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "replay-"));
    const path = join(dir, "sample.xlsx");
    expect((await runCli("template", "--sample", "-o", path)).code).toBe(0);
    expect((await runCli("compute", path, "--as-of", "6")).code).toBe(0);
    file = await fileCells(readFileSync(path));
  });

  it.each([1, 17])("at ExcelApi 1.%i every cell is the same, types included", async (level) => {
    const { bytes, report } = await replay(level, 6, NOW);
    expect(report.ok).toBe(true);
    const excel = await fileCells(bytes);
    expect(differences(file, excel)).toEqual([]);
    // 계산일시 is text in both.
    expect(excel.get("결과")!.get("H3")).toMatchObject({ value: NOW, numberFormat: "@" });
    expect(file.get("결과")!.get("H3")?.value).toBe(NOW);
    // Something to compare: the sample's tasks and statuses.
    expect(excel.get("목표")!.get("C4")?.value).toBe("1-1");
    expect(excel.get("결과")!.get("A3")?.value).toBe("종합점수");
  });
});
