// mbo-eval as a person runs it: commands, messages and exit codes, on real files.
import { createHash } from "crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT } from "../../src/cli/files";
import { runCli } from "../support/cli";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { sheetOf, templateBytes } from "../support/workbooks";
import { readTextDocument } from "../../src/documents/text";
import { toDocx, toHtml, toHwpx, toPastedWorkbook } from "../support/plan-documents";

const dir = mkdtempSync(join(tmpdir(), "mbo-cli-"));
const path = (name: string) => join(dir, name);

describe("mbo-eval", () => {
  it("template --sample refuses another --dept or --year rather than write the sample under it", async () => {
    for (const option of [
      ["--dept", "세무과"],
      ["--year", "2026"],
    ]) {
      const result = await runCli(
        "template",
        "--sample",
        ...option,
        "-o",
        path("not-written.xlsx")
      );
      expect(result.code).toBe(EXIT.usage);
      expect(result.err).toContain("--sample은 시행계획서 그대로의 2011년 민원봉사과 예시");
    }
    expect(existsSync(path("not-written.xlsx"))).toBe(false);
    // The sample's own department and year are what it is: asked for, they are no conflict.
    const same = await runCli(
      "template",
      "--sample",
      "--year",
      "2011",
      "--dept",
      "민원봉사과",
      "-o",
      path("same.xlsx")
    );
    expect(same.code).toBe(EXIT.ok);
  });

  it("template --sample writes the 2011 plan; template --lang en an English empty one", async () => {
    expect((await runCli("template", "--sample", "-o", path("sample.xlsx"))).code).toBe(EXIT.ok);
    const sample = await readSnapshot(readFileSync(path("sample.xlsx")));
    expect(sheetOf(sample, "목표").rows[3]).toContain("온라인 이용건수");
    const english = await runCli(
      "template",
      "--lang",
      "en",
      "--year",
      "2026",
      "--dept",
      "민원과",
      "-o",
      path("en.xlsx")
    );
    expect(english.code).toBe(EXIT.ok);
    const snapshot = await readSnapshot(readFileSync(path("en.xlsx")));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Settings", "Goals", "Monthly"]);
    expect(sheetOf(snapshot, "Settings").rows[2].slice(0, 2)).toEqual(["Year", 2026]);
  });

  it("compute in place writes results, prints the summary and keeps the original as a backup", async () => {
    await runCli("template", "--sample", "-o", path("plan.xlsx"));
    const original = readFileSync(path("plan.xlsx"));
    const result = await runCli("compute", path("plan.xlsx"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("종합점수 99.3 (S등급), 기준월 6월 — 확정");
    expect(result.out).toContain("1-1 온라인 이용건수: 56,500 / 116,000");
    expect(readFileSync(path("plan.bak.xlsx"))).toEqual(original);
    const computed = await readSnapshot(readFileSync(path("plan.xlsx")));
    expect(computed.sheets.map((s) => s.name)).toContain("결과");
  });

  it("compute -o leaves the input alone; --as-of sets the month", async () => {
    await runCli("template", "--sample", "-o", path("in.xlsx"));
    const before = readFileSync(path("in.xlsx"));
    const result = await runCli("compute", path("in.xlsx"), "--as-of", "3", "-o", path("out.xlsx"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("기준월 3월");
    expect(readFileSync(path("in.xlsx"))).toEqual(before);
    expect(existsSync(path("in.bak.xlsx"))).toBe(false);
  });

  it("compute still writes results when inputs have problems, and lists them", async () => {
    const bytes = await templateBytes();
    const broken = await writeWorkbook(bytes, {
      sheets: [{ name: "월별실적", mode: "patch", cells: [{ row: 3, col: 5, value: "많음" }] }],
    });
    writeFileSync(path("broken.xlsx"), broken);
    const result = await runCli("compute", path("broken.xlsx"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("월별실적!F4 [많음]: 숫자가 아닙니다");
    expect(result.out).toContain("오류");
    // The score line stays as it is, with the provisional mark after it.
    expect(result.out).toMatch(/종합점수 \d+\.\d \([SABCD]등급\), 기준월 6월 — 잠정 \(오류 1건\)/);
    const check = await runCli("check", path("broken.xlsx"), "--json");
    expect(check.code).toBe(EXIT.problems);
    expect(JSON.parse(check.out).problems[0]).toMatchObject({
      sheet: "월별실적",
      cell: "F4",
      code: "notANumber",
    });
  });

  it("check exits 0 on a clean workbook", async () => {
    await runCli("template", "--sample", "-o", path("clean.xlsx"));
    const result = await runCli("check", path("clean.xlsx"));
    expect(result).toMatchObject({ code: EXIT.ok, out: "입력 점검: 문제 없음" });
  });

  it.each([
    ["no such file", () => path("missing.xlsx"), "파일이 없습니다"],
    [
      "not an .xlsx",
      () => {
        writeFileSync(path("notes.xlsx"), "just text");
        return path("notes.xlsx");
      },
      ".xlsx 파일이 아닙니다",
    ],
    [
      "an encrypted workbook",
      () => {
        // An OLE document whose directory holds the EncryptedPackage stream, as Excel writes it.
        const ole = Buffer.alloc(1024);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
        Buffer.from("EncryptedPackage", "utf16le").copy(ole, 600);
        writeFileSync(path("secret.xlsx"), ole);
        return path("secret.xlsx");
      },
      "암호로 보호된",
    ],
    [
      "an old .xls renamed .xlsx",
      () => {
        const ole = Buffer.alloc(1024);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
        Buffer.from("Workbook", "utf16le").copy(ole, 600);
        writeFileSync(path("old.xlsx"), ole);
        return path("old.xlsx");
      },
      ".xlsx 파일이 아닙니다",
    ],
    [
      "a damaged zip",
      () => {
        writeFileSync(
          path("damaged.xlsx"),
          Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)])
        );
        return path("damaged.xlsx");
      },
      "손상되었거나",
    ],
  ])("refuses %s with a clear message and exit 3, writing nothing", async (_, make, message) => {
    const file = make();
    const before = existsSync(file) ? readFileSync(file) : null;
    const result = await runCli("compute", file);
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain(message);
    expect(existsSync(file) ? readFileSync(file) : null).toEqual(before);
  });

  it("names the missing sheet and the missing header", async () => {
    const onlyGoals = await writeWorkbook(null, {
      sheets: [
        {
          name: "목표",
          mode: "replace",
          cells: [
            { row: 0, col: 0, value: "과제번호" },
            { row: 0, col: 1, value: "성과지표" },
          ],
        },
      ],
    });
    writeFileSync(path("partial.xlsx"), onlyGoals);
    const result = await runCli("compute", path("partial.xlsx"));
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain("'월별실적 / Monthly' 시트가 없습니다");
    expect(result.err).toContain("'목표치 / Target' 머리글을 찾을 수 없습니다");
    expect(result.err).toContain("아무것도 쓰지 않았습니다");
  });

  it("says so and exits 4 when the target cannot be written, leaving the input whole", async () => {
    await runCli("template", "--sample", "-o", path("ro.xlsx"));
    const result = await runCli(
      "compute",
      path("ro.xlsx"),
      "-o",
      join(dir, "no-such-folder", "out.xlsx")
    );
    expect(result.code).toBe(EXIT.unwritable);
    expect(result.err).toContain("파일을 쓸 수 없습니다");
    // root writes through a read-only mode (CI runs as root): there the file is written.
    chmodSync(path("ro.xlsx"), 0o444);
    expect((await runCli("compute", path("ro.xlsx"))).code).toBe(
      process.getuid?.() === 0 ? EXIT.ok : EXIT.unwritable
    );
  });

  it("explains usage for an unknown command or option", async () => {
    expect(await runCli("frobnicate")).toMatchObject({ code: EXIT.usage });
    expect((await runCli("compute", "x.xlsx", "--bogus")).err).toContain(
      "잘못된 옵션입니다: --bogus"
    );
    expect((await runCli("compute", "x.xlsx", "--as-of", "13")).code).toBe(EXIT.usage);
    // An option without its value names the option.
    const missing = await runCli("template", "-o");
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain("잘못된 옵션입니다: -o, --output <value>");
    // Both spellings of the output option work.
    expect((await runCli("template", "--output", path("long.xlsx"))).code).toBe(EXIT.ok);
    expect(existsSync(path("long.xlsx"))).toBe(true);
  });

  it("import reads the seed as text into a workbook with the sample's goals, and lists its decisions", async () => {
    const seed = join(__dirname, "../../../shared/seed/000_7c8b5f2b24e2ab54.txt");
    writeFileSync(path("seed-plan.txt"), readFileSync(seed));
    const result = await runCli("import", path("seed-plan.txt"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("가져왔습니다: 2011년 민원봉사과, 과제 3개, 성과지표 3개");
    expect(result.out).toContain("? [2-1] 지표유형을 정했습니다(확인하세요): 만족도: 평균");
    const snapshot = await readSnapshot(readFileSync(path("seed-plan.xlsx")));
    const goals = sheetOf(snapshot, "목표")
      .rows.slice(3)
      .map((r) => [r[2], r[6], r[10]]);
    expect(goals).toEqual([
      ["1-1", "온라인 이용건수", 116000],
      ["2-1", "만족도", 0.92],
      ["3-1", "처리율", 0.95],
    ]);
    // The workbook computes; a second import asks before replacing the goals.
    expect((await runCli("check", path("seed-plan.xlsx"))).code).toBe(EXIT.ok);
    const again = await runCli("import", path("seed-plan.txt"));
    expect(again.code).toBe(EXIT.unwritable);
    expect(again.err).toContain("--replace");
    const json = await runCli("import", path("seed-plan.txt"), "--replace", "--json");
    expect(json.code).toBe(EXIT.ok);
    const parsed = JSON.parse(json.out);
    expect(parsed.plan.goals).toHaveLength(3);
    expect(parsed.decisions[0]).toMatchObject({ code: "typeChosen", taskNo: "1-1" });
  });

  it("import reads the seed as HTML, .docx, .hwpx and pasted into a sheet to the same goals as its text", async () => {
    const seed = readFileSync(
      join(__dirname, "../../../shared/seed/000_7c8b5f2b24e2ab54.txt"),
      "utf8"
    );
    const document = readTextDocument(seed);
    writeFileSync(path("seed.html"), toHtml(document));
    writeFileSync(path("seed.docx"), await toDocx(document));
    writeFileSync(path("seed.hwpx"), await toHwpx(document));
    writeFileSync(path("pasted.xlsx"), await toPastedWorkbook(document));
    for (const file of ["seed.html", "seed.docx", "seed.hwpx", "pasted.xlsx"]) {
      const result = await runCli("import", path(file), "--json", "--replace");
      expect(result.code).toBe(EXIT.ok);
      const goals = JSON.parse(result.out).plan.goals.map(
        (g: { taskNo: string; target: number }) => [g.taskNo, g.target]
      );
      expect(goals).toEqual([
        ["1-1", 116000],
        ["2-1", 0.92],
        ["3-1", 0.95],
      ]);
    }
  });

  it("import says what it cannot read, and writes nothing", async () => {
    writeFileSync(path("memo.txt"), "회의 메모입니다.\n다음 주에 다시 봅니다.");
    const none = await runCli("import", path("memo.txt"));
    expect(none.code).toBe(EXIT.unreadable);
    expect(none.err).toContain("목표 표");
    expect(existsSync(path("memo.xlsx"))).toBe(false);
    writeFileSync(path("plan.hwp"), "HWP Document File");
    const hwp = await runCli("import", path("plan.hwp"));
    expect(hwp.code).toBe(EXIT.unreadable);
    expect(hwp.err).toContain("한글 2014 이전 형식(.hwp)은 읽을 수 없습니다");
    // Told by content, not by name: a text named .docx is read as text.
    writeFileSync(path("fake.docx"), "not a zip");
    const docx = await runCli("import", path("fake.docx"));
    expect(docx).toMatchObject({ code: EXIT.unreadable });
    expect(docx.err).toContain("목표 표");
    writeFileSync(path("report.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj");
    const pdf = await runCli("import", path("report.pdf"));
    expect(pdf).toMatchObject({ code: EXIT.unreadable });
    expect(pdf.err).toContain("PDF는 표를 읽을 수 없습니다");
    expect(existsSync(path("report.xlsx"))).toBe(false);
  });

  it("demo writes the computed sample and prints its summary", async () => {
    const result = await runCli("demo", "-o", path("demo.xlsx"));
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("2011 민원봉사과 평가 결과");
    const snapshot = await readSnapshot(readFileSync(path("demo.xlsx")));
    expect(sheetOf(snapshot, "결과").rows[2][0]).toBe("종합점수");
  });

  it("--help prints the usage on stdout and exits 0, with or without a command", async () => {
    for (const args of [["--help"], ["-h"], ["compute", "--help"]]) {
      const result = await runCli(...args);
      expect(result).toMatchObject({ code: EXIT.ok, err: "" });
      expect(result.out).toContain("mbo-eval compute");
    }
    expect((await runCli()).code).toBe(EXIT.usage);
  });

  it("with --json every command prints one JSON object on stdout, a failure too, exit codes unchanged", async () => {
    const cases: { args: string[]; code: number; error?: string }[] = [
      { args: ["template", "--sample", "-o", path("j.xlsx")], code: EXIT.ok },
      { args: ["compute", path("j.xlsx"), "-o", path("j2.xlsx")], code: EXIT.ok },
      { args: ["check", path("j2.xlsx")], code: EXIT.ok },
      { args: ["consolidate", path("j2.xlsx"), "-o", path("jsum.xlsx")], code: EXIT.ok },
      { args: ["demo", "-o", path("jdemo.xlsx")], code: EXIT.ok },
      { args: ["compute", path("missing.xlsx")], code: EXIT.unreadable, error: "noSuchFile" },
      { args: ["compute", path("memo.txt")], code: EXIT.unreadable, error: "notXlsx" },
      { args: ["compute", "--as-of", "13", path("j.xlsx")], code: EXIT.usage, error: "usage" },
      { args: ["compute", "--nonsense"], code: EXIT.usage, error: "usage" },
      { args: ["frobnicate"], code: EXIT.usage, error: "usage" },
      { args: ["import", path("memo.txt")], code: EXIT.unreadable, error: "noGoalsTable" },
      { args: ["import", path("plan.hwp")], code: EXIT.unreadable, error: "binaryHwp" },
      // Issue 28: a 0-byte file was refused as "no goals table".
      { args: ["import", path("empty.txt")], code: EXIT.unreadable, error: "empty" },
    ];
    writeFileSync(path("empty.txt"), "");
    writeFileSync(path("memo.txt"), "회의 메모입니다.");
    writeFileSync(path("plan.hwp"), "HWP Document File");
    for (const { args, code, error } of cases) {
      const result = await runCli(...args, "--json");
      expect({ args, code: result.code, err: result.err }).toEqual({ args, code, err: "" });
      const object = JSON.parse(result.out);
      expect({
        ok: object.ok,
        error: object.error?.code,
        message: typeof object.error?.message,
      }).toEqual({
        ok: code === EXIT.ok,
        error,
        message: error ? "string" : "undefined",
      });
    }
    const computed = JSON.parse(
      (await runCli("compute", path("j.xlsx"), "-o", path("j3.xlsx"), "--json")).out
    );
    expect(computed).toMatchObject({ ok: true, output: path("j3.xlsx"), grade: "S", asOfMonth: 6 });
    expect(computed.score).toBeCloseTo(99.3, 1);
  });
});

describe("no command writes over a file it did not read as its input (PRODUCT.md)", () => {
  const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

  it.each([
    ["template", (out: string) => ["template", "-o", out]],
    ["demo", (out: string) => ["demo", "-o", out]],
    ["compute onto another file", (out: string) => ["compute", path("full-input.xlsx"), "-o", out]],
    ["report", (out: string) => ["report", path("full-computed.xlsx"), "-o", out]],
    ["new-year", (out: string) => ["new-year", path("full-computed.xlsx"), "-o", out]],
    [
      "consolidate onto a workbook that is not a summary",
      (out: string) => ["consolidate", path("full-computed.xlsx"), "-o", out],
    ],
  ])("%s: refused with exit 4, the file unchanged; with --replace, written", async (_, args) => {
    await runCli("template", "--sample", "-o", path("full-input.xlsx"), "--replace");
    await runCli("compute", path("full-input.xlsx"), "-o", path("full-computed.xlsx"), "--replace");
    // A workbook full of typed figures where the output goes (one figure its own).
    const out = path(`full-target-${args("x")[0]}.xlsx`);
    writeFileSync(
      out,
      await writeWorkbook(readFileSync(path("full-computed.xlsx")), {
        sheets: [{ name: "월별실적", mode: "patch", cells: [{ row: 4, col: 6, value: 4321 }] }],
      })
    );
    const before = sha(out);
    const refused = await runCli(...args(out), "--json");
    expect({ code: refused.code, same: sha(out) === before }).toEqual({
      code: EXIT.unwritable,
      same: true,
    });
    expect(JSON.parse(refused.out).error.code).toBe("wouldReplace");
    expect((await runCli(...args(out), "--replace")).code).toBe(EXIT.ok);
    expect(sha(out)).not.toBe(before);
  });
});

describe("the CLI's words (issue 29)", () => {
  it("COMMAND --help prints that command's own help: what it does, its options, an example", async () => {
    for (const command of [
      "template",
      "compute",
      "check",
      "demo",
      "consolidate",
      "import",
      "new-year",
      "report",
    ]) {
      const result = await runCli(command, "--help");
      expect({ command, code: result.code, err: result.err }).toEqual({
        command,
        code: EXIT.ok,
        err: "",
      });
      expect(result.out.startsWith(`mbo-eval ${command} — `)).toBe(true);
      expect(result.out).toContain(`예: mbo-eval ${command}`);
      // Not the global usage, which lists every command.
      expect(result.out).not.toContain("사용법:");
    }
  });

  it("says what --as-of allows, and takes 6월 as 6", async () => {
    await runCli("template", "--sample", "-o", path("words.xlsx"), "--replace");
    const bad = await runCli("compute", path("words.xlsx"), "--as-of", "13");
    expect([bad.code, bad.err]).toEqual([
      EXIT.usage,
      "--as-of는 1부터 12까지의 달입니다(예: --as-of 6): --as-of 13",
    ]);
    const june = await runCli("compute", path("words.xlsx"), "--as-of", "6월", "--json");
    expect([june.code, JSON.parse(june.out).asOfMonth]).toEqual([EXIT.ok, 6]);
  });

  it("names a missing -o, and a missing folder in words (not Node's error and temporary name)", async () => {
    const template = await runCli("template", "--sample");
    expect([template.code, template.err]).toEqual([
      EXIT.usage,
      "-o로 쓸 파일을 주세요(예: mbo-eval template … -o 파일.xlsx).",
    ]);
    const consolidate = await runCli("consolidate", path("words.xlsx"));
    expect(consolidate.err).toContain("-o로 쓸 파일을 주세요");
    const target = join(dir, "no-such-folder", "out.xlsx");
    const nowhere = await runCli("template", "-o", target);
    expect(nowhere.code).toBe(EXIT.unwritable);
    expect(nowhere.err).toBe(
      `파일을 쓸 수 없습니다: ${target} — 폴더가 없습니다: ${join(dir, "no-such-folder")}`
    );
  });
});
