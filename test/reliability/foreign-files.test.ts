// Workbooks other programs wrote (docs/reliability.md, "Files other programs wrote"): our template,
// sample and a computed workbook as openpyxl, LibreOffice, Gnumeric and exceljs saved them
// (test/fixtures/foreign/), and real workbooks saved by Excel on Windows, Mac and the web (from
// Debian's packages: scripts/foreign-fixtures.sh). Every action a user can take on each; every
// output must pass our structural check and open in openpyxl, LibreOffice and Gnumeric.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import JSZip from "jszip";
import { EXIT } from "../../src/cli/files";
import { Relationships, WorkbookPart, resolveTarget } from "../../src/xlsx/structure";
import { runCli } from "../support/cli";
import { checkPackage } from "../support/package-check";
import { hasProgram } from "../support/needs";
import { listXlsx } from "../support/workbooks";
import { GNUMERIC } from "../support/readers";
import { convert } from "../../scripts/libreoffice.cjs";
import { openWithOpenpyxl } from "../../scripts/openpyxl.cjs";

const ROOT = join(__dirname, "..", "..");
const OURS_RESAVED = join(ROOT, "test", "fixtures", "foreign");
const EXCEL_SAVED = join(ROOT, ".tmp", "foreign-debian", "excel");
const SEED = join(ROOT, "..", "shared", "seed", "000_7c8b5f2b24e2ab54.txt");

const resaved = listXlsx(OURS_RESAVED);
const excelSaved = listXlsx(EXCEL_SAVED);
const dir = mkdtempSync(join(tmpdir(), "mbo-foreign-"));
const out = (name: string) => join(dir, name);

/**
 * Every file an action wrote, with the file it started from (null: a new one): the table in
 * docs/reliability.md. An output may keep a fault its input had (exceljs names a theme it does
 * not write; a Debian fixture lost its drawings), never add one.
 */
const outputs: { file: string; input: string | null; action: string }[] = [];

async function sheetXml(file: string, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = new WorkbookPart((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  const rels = new Relationships(await zip.file("xl/_rels/workbook.xml.rels")?.async("string"));
  const id = workbook.sheets().find((s) => s.name === sheet)?.relId;
  const target = rels.list().find((r) => r.id === id)?.target ?? "";
  return (await zip.file(resolveTarget("xl/workbook.xml", target))?.async("string")) ?? "";
}

/** The seed imported into a copy of `file` (a workbook without goals), then that computed. */
async function importThenCompute(name: string, file: string): Promise<void> {
  const imported = out(`imported-${name}`);
  copyFileSync(file, imported);
  expect((await runCli("import", SEED, "-o", imported)).code).toBe(EXIT.ok);
  outputs.push({ file: imported, input: file, action: "import (seed)" });
  const after = out(`imported-computed-${name}`);
  expect((await runCli("compute", imported, "--as-of", "7", "-o", after)).code).toBe(EXIT.ok);
  outputs.push({ file: after, input: file, action: "import, then compute" });
}

/** What our own sample prints when computed as of July: the re-saved copies must print the same. */
let expectedSummary = "";

beforeAll(async () => {
  await runCli("template", "--sample", "-o", out("ours.xlsx"));
  const ours = await runCli("compute", out("ours.xlsx"), "--as-of", "7", "-o", out("ours-7.xlsx"));
  expectedSummary = ours.out.split("\n").slice(0, 8).join("\n");
});

describe("workbooks of ours, saved again by other programs", () => {
  it("the corpus holds each source as each program saved it", () => {
    expect(resaved.map((f) => basename(f))).toEqual(
      ["computed", "sample", "template"].flatMap((source) =>
        ["exceljs", "gnumeric", "libreoffice", "openpyxl"].map((w) => `${source}-${w}.xlsx`)
      )
    );
  });

  const named = (f: string) => [basename(f), f];
  const isTemplate = (f: string) => basename(f).startsWith("template");

  it.each(resaved.filter(isTemplate).map(named))(
    "%s (no goals yet): computed as empty and written all the same; the seed imports into it",
    async (name, file) => {
      const target = out(`computed-${name}`);
      const computed = await runCli("compute", file, "--as-of", "7", "-o", target);
      expect(computed.code).toBe(EXIT.ok);
      outputs.push({ file: target, input: file, action: "compute --as-of 7 (no goals)" });
      expect((await runCli("check", file)).code).toBe(EXIT.ok);
      await importThenCompute(name, file);
    }
  );

  it.each(resaved.filter((f) => !isTemplate(f)).map(named))(
    "%s: compute, check and import give what our own file gives",
    async (name, file) => {
      const target = out(`computed-${name}`);
      const computed = await runCli("compute", file, "--as-of", "7", "-o", target);
      const check = await runCli("check", file);
      expect(computed.code).toBe(EXIT.ok);
      expect(computed.out.split("\n").slice(0, 8).join("\n")).toBe(expectedSummary);
      expect(check.code).toBe(EXIT.ok);
      outputs.push({ file: target, input: file, action: "compute --as-of 7" });
      const imported = out(`imported-${name}`);
      copyFileSync(file, imported);
      expect((await runCli("import", SEED, "-o", imported)).code).toBe(EXIT.unwritable);
      const replaced = await runCli("import", SEED, "-o", imported, "--replace");
      expect(replaced.code).toBe(EXIT.ok);
      outputs.push({ file: imported, input: file, action: "import --replace (seed)" });
    }
  );

  it.each(resaved.filter((f) => !isTemplate(f)).map((f) => [basename(f)]))(
    "%s: Compute puts back what the other program dropped (frozen panes, print titles, the hidden metadata sheet, data bars)",
    async (name) => {
      const file = out(`computed-${name}`);
      for (const sheet of ["목표", "월별실적"]) {
        expect(await sheetXml(file, sheet)).toMatch(/<(\w+:)?pane\b[^>]*state="frozen"/);
      }
      const zip = await JSZip.loadAsync(readFileSync(file));
      const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      expect(workbook).toMatch(
        /<(\w+:)?sheet\b[^>]*name="_mbo_meta"[^>]*state="veryHidden"|<(\w+:)?sheet\b[^>]*state="veryHidden"[^>]*name="_mbo_meta"/
      );
      for (const sheet of ["목표", "월별실적", "결과"]) {
        expect(workbook).toContain(`'${sheet}'!$`);
      }
      expect(await sheetXml(file, "결과")).toMatch(/<(\w+:)?dataBar\b/);
    }
  );
});

describe("workbooks saved by Excel", () => {
  it("the Debian fixtures are there (scripts/foreign-fixtures.sh, run by install-system-deps.sh)", () => {
    expect(excelSaved.length).toBeGreaterThanOrEqual(10);
  });

  it.each(excelSaved.map((f) => [basename(f), f]))(
    "%s: compute refuses it by name and writes nothing; the plan imports into it and computes",
    async (name, file) => {
      const target = out(`computed-${name}`);
      const computed = await runCli("compute", file, "-o", target);
      expect(computed.code).toBe(EXIT.unreadable);
      expect(computed.err).toMatch(/시트|sheet/);
      expect(existsSync(target)).toBe(false);
      expect((await runCli("check", file)).code).toBe(EXIT.problems);
      await importThenCompute(name, file);
    }
  );
});

describe("consolidation over all of them", () => {
  it("consolidates every computed workbook and names each file it cannot use", async () => {
    const computed = outputs.filter((o) => o.action.includes("compute")).map((o) => o.file);
    const summary = out("summary.xlsx");
    const result = await runCli("consolidate", ...computed, ...excelSaved, "-o", summary, "--json");
    // A file skipped is exit 1, so that a script can tell; every file read is exit 0.
    const { skipped } = JSON.parse(result.out) as { skipped: unknown[] };
    expect(result.code).toBe(skipped.length > 0 ? EXIT.problems : EXIT.ok);
    for (const file of excelSaved) expect(result.out + result.err).toContain(basename(file));
    outputs.push({ file: summary, input: null, action: "consolidate" });
  });
});

describe("every output", () => {
  const files = () => [...new Set(outputs.map((o) => o.file))];
  const inputs = () => [...new Set(outputs.flatMap((o) => (o.input ? [o.input] : [])))];
  const inputOf = (file: string) => outputs.find((o) => o.file === file)?.input ?? null;

  it("adds no fault to its input's in the structural check", async () => {
    expect(outputs.length).toBeGreaterThan(40);
    const added: string[] = [];
    for (const { file, input } of outputs) {
      const before = new Set(input ? await checkPackage(readFileSync(input)) : []);
      for (const p of await checkPackage(readFileSync(file)))
        if (!before.has(p)) added.push(`${basename(file)}: ${p}`);
    }
    expect(added).toEqual([]);
  });

  /** The outputs a program cannot open although it opens the file they came from. */
  async function lost(
    opens: (files: string[]) => Set<string> | Promise<Set<string>>
  ): Promise<string[]> {
    const opened = await opens([...files(), ...inputs()]);
    return files()
      .filter((file) => !opened.has(file))
      .filter((file) => {
        const input = inputOf(file);
        return input === null || opened.has(input);
      })
      .map((file) => basename(file));
  }

  (hasProgram("openpyxl") ? it : it.skip)("opens in openpyxl wherever its input does", async () => {
    expect(
      await lost(
        (list) =>
          new Set(
            openWithOpenpyxl(list)
              .filter((r) => r.ok)
              .map((r) => r.file)
          )
      )
    ).toEqual([]);
  });

  (hasProgram("libreoffice") ? it : it.skip)(
    "opens in LibreOffice wherever its input does",
    async () => {
      expect(
        await lost(async (list) => {
          // One LibreOffice start for all: each file it can load gives its sheets as CSV files.
          const folder = mkdtempSync(join(tmpdir(), "mbo-foreign-lo-"));
          const copies = list.map((file, i) => {
            const copy = join(folder, `f${i}.xlsx`);
            copyFileSync(file, copy);
            return copy;
          });
          const written = readdirSync(await convert(copies, "csv", join(folder, "csv")));
          return new Set(list.filter((_, i) => written.some((name) => name.startsWith(`f${i}-`))));
        })
      ).toEqual([]);
    },
    900_000
  );

  (hasProgram("gnumeric") ? it : it.skip)(
    "opens in Gnumeric wherever its input does",
    async () => {
      expect(
        await lost(async (list) => {
          const opened = new Set<string>();
          for (const file of list) {
            try {
              if (Object.keys(await GNUMERIC.sheetsAsShown(readFileSync(file))).length > 0) {
                opened.add(file);
              }
            } catch {
              // not opened
            }
          }
          return opened;
        })
      ).toEqual([]);
    },
    600_000
  );
});

describe("documents saved by Word, as plan documents", () => {
  const WORD_SAVED = join(ROOT, ".tmp", "foreign-debian", "word");
  const documents = existsSync(WORD_SAVED)
    ? readdirSync(WORD_SAVED).map((f) => join(WORD_SAVED, f))
    : [];

  it("the Debian fixtures are there", () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  it.each(documents.map((f) => [basename(f), f]))(
    "%s: refused with a message that says why, nothing written",
    async (name, file) => {
      const target = out(`plan-${name}.xlsx`);
      const result = await runCli("import", file, "-o", target, "--json");
      expect(result.code).toBe(EXIT.unreadable);
      const { error } = JSON.parse(result.out);
      expect(["noGoalsTable", "missingHeaders"]).toContain(error.code);
      expect(error.message).toMatch(/목표 표/);
      expect(existsSync(target)).toBe(false);
    }
  );
});
