// Faults the CLI must survive with nothing lost: killed mid-Compute, a target it cannot replace,
// a full disk, files that are not workbooks (random bytes, zip bombs, encrypted), and workbooks
// missing a sheet. docs/reliability.md says what happens in each case.
import { spawn, spawnSync } from "child_process";
import { createHash, randomBytes } from "crypto";
import fs, { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { EXIT } from "../../src/cli/files";
import { runCli } from "../support/cli";
import { UNPACKED_LIMIT_BYTES } from "../../src/xlsx/package";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { builtCli, root } from "../support/build";
import { SIZES, generatePlan } from "../support/generate";
import { sheetOf, templateBytes } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "mbo-faults-"));
const path = (name: string) => join(dir, name);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const CLI = join(root, "bin/mbo-eval.js");

/** What a file now is: the original bytes, a complete computed workbook, or neither. */
async function stateOf(file: string, originalSha: string): Promise<"original" | "computed"> {
  const bytes = readFileSync(file);
  if (sha(bytes) === originalSha) return "original";
  const snapshot = await readSnapshot(bytes); // throws on a broken file: the test fails
  expect(sheetOf(snapshot, "결과").rows[2]?.[0]).toBe("종합점수");
  return "computed";
}

let large: Uint8Array;
beforeAll(async () => {
  // The CLI as installed: bin/mbo-eval.js runs build/cli.
  await builtCli();
  large = await templateBytes({ sample: generatePlan(SIZES.L) });
});

describe("the CLI killed during an in-place Compute", () => {
  /** Runs `compute FILE` in place and kills it (SIGKILL) when `killWhen` says so. */
  function killedRun(file: string, killWhen: (elapsedMs: number) => boolean) {
    return new Promise<{ killed: boolean; ms: number }>((done) => {
      const child = spawn(process.execPath, [CLI, "compute", file], { stdio: "ignore" });
      const start = Date.now();
      let killed = false;
      const poll = setInterval(() => {
        if (!killed && killWhen(Date.now() - start)) {
          killed = child.kill("SIGKILL");
        }
      }, 1);
      child.on("exit", () => {
        clearInterval(poll);
        done({ killed, ms: Date.now() - start });
      });
    });
  }

  it("leaves the original or the complete new file, at any moment (L workbook)", async () => {
    const originalSha = sha(large);
    writeFileSync(path("whole.xlsx"), large);
    const whole = await killedRun(path("whole.xlsx"), () => false);
    expect(await stateOf(path("whole.xlsx"), originalSha)).toBe("computed");

    const seen = { original: 0, computed: 0 };
    const moments = 10;
    for (let i = 0; i < moments; i++) {
      const file = path(`kill-${i}.xlsx`);
      writeFileSync(file, large);
      // Spread over the whole run and a little past it, with jitter.
      const at = (whole.ms * 1.1 * (i + Math.random())) / moments;
      await killedRun(file, (elapsed) => elapsed >= at);
      seen[await stateOf(file, originalSha)]++;
      // A backup, when there is one, is complete too.
      const backups = readdirSync(dir).filter((f) => f === `kill-${i}.bak.xlsx`);
      expect(backups.map((f) => sha(readFileSync(path(f))))).toEqual(
        backups.map(() => originalSha)
      );
    }
    expect(seen.original + seen.computed).toBe(moments);
  });

  it.each([
    ["after writing the temporary file, before flushing it", "write", "original"],
    ["after flushing it, before the rename", "fsync", "original"],
    ["just before the rename", "beforeRename", "original"],
    ["just after the rename", "afterRename", "computed"],
  ] as const)("killed %s: the %s file", async (_, pauseAt, expected) => {
    const originalSha = sha(large);
    const file = path(`paused-${pauseAt}.xlsx`);
    const marker = path(`paused-${pauseAt}.marker`);
    writeFileSync(file, large);
    const child = spawn(
      process.execPath,
      ["-r", join(__dirname, "pause-hook.cjs"), CLI, "compute", file],
      {
        stdio: "ignore",
        env: {
          ...process.env,
          MBO_PAUSE_AT: pauseAt,
          MBO_PAUSE_FILE: `paused-${pauseAt}.xlsx`,
          MBO_PAUSE_MARKER: marker,
        },
      }
    );
    const exited = new Promise((done) => child.on("exit", done));
    while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill("SIGKILL");
    await exited;
    expect(await stateOf(file, originalSha)).toBe(expected);
    // The original is kept whole as the backup before the computed file is written.
    expect(sha(readFileSync(path(`paused-${pauseAt}.bak.xlsx`)))).toBe(originalSha);
  });
});

describe("the CLI's output pipe closed early", () => {
  it("`compute F | head -1` saves the file and ends quietly", async () => {
    // 500 tasks print more than a pipe holds, so the CLI is still writing when head has gone.
    const file = path("piped.xlsx");
    writeFileSync(file, large);
    const original = sha(large);
    const result = spawnSync(
      "bash",
      ["-c", `set -o pipefail; "${process.execPath}" "${CLI}" compute "${file}" | head -1`],
      { encoding: "utf8", env: { ...process.env, MBO_LANG: "ko" } }
    );
    expect(result.stdout.trim()).toMatch(/평가 결과$/);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(await stateOf(file, original)).toBe("computed");
  });
});

describe("a target that cannot be written", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await templateBytes();
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [
      "locked (Excel has it open: EBUSY on rename)",
      "renameSync",
      "EBUSY",
      "다른 프로그램(Excel 등)이 파일을 열고 있습니다",
    ],
    ["read-only (EACCES)", "openSync", "EACCES", "쓸 권한이 없습니다"],
    ["on a full disk (ENOSPC while writing)", "writeSync", "ENOSPC", "디스크에 자리가 없습니다"],
  ] as const)(
    "%s: exit 4, the reason named in words, the original whole, no temporary left",
    async (_, call, code, words) => {
      writeFileSync(path("target.xlsx"), original);
      const real = fs[call] as (...args: unknown[]) => unknown;
      jest.spyOn(fs, call).mockImplementation(((...args: unknown[]) => {
        const target = String(args[call === "writeSync" ? -1 : 0] ?? "");
        // Only the writes of the computed workbook fail (the backup is written first, and passes).
        const failing =
          call === "writeSync"
            ? writesFailing
            : target.includes(".target.xlsx.") && !target.includes(".bak");
        if (failing) {
          throw Object.assign(new Error(`${code}: simulated`), { code });
        }
        return real(...args);
      }) as never);
      let writesFailing = false;
      if (call === "writeSync") {
        // Fail every write after the backup has been written.
        const realRename = fs.renameSync;
        jest.spyOn(fs, "renameSync").mockImplementation(((from: string, to: string) => {
          realRename(from, to);
          if (to.endsWith("target.bak.xlsx")) writesFailing = true;
        }) as never);
      }
      const result = await runCli("compute", path("target.xlsx"));
      expect(result.code).toBe(EXIT.unwritable);
      expect(result.err).toContain("파일을 쓸 수 없습니다");
      // The reason in words, not Node's code and message (issue 29).
      expect(result.err).toContain(words);
      expect(result.err).not.toContain(code);
      expect(sha(readFileSync(path("target.xlsx")))).toBe(sha(original));
      expect(readdirSync(dir).filter((f) => f.startsWith(".target.xlsx."))).toEqual([]);
    }
  );
});

describe("files that are not workbooks", () => {
  it("a 50 MB random file named .xlsx: 'not an .xlsx', nothing written", async () => {
    writeFileSync(path("random.xlsx"), randomBytes(50 * 1024 * 1024));
    const result = await runCli("compute", path("random.xlsx"));
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain(".xlsx 파일이 아닙니다");
    expect(readdirSync(dir).filter((f) => f.startsWith("random."))).toEqual(["random.xlsx"]);
  });

  it("50 MB of random bytes behind a zip signature: 'damaged', nothing written", async () => {
    const bytes = randomBytes(50 * 1024 * 1024);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    writeFileSync(path("random-zip.xlsx"), bytes);
    const result = await runCli("compute", path("random-zip.xlsx"));
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain("손상되었거나 읽을 수 없는");
  });

  /** A one-part zip: `declared` is what its directory says the part unpacks to. */
  function zipOf(name: string, compressed: Buffer, declared: number): Buffer {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(0, 42);
    const centralAt = local.length + nameBytes.length + compressed.length;
    const centralSize = central.length + nameBytes.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(centralAt, 16);
    return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
  }

  // 300 MB of one repeated character packs to about 300 KB.
  const BOMB_BYTES = 300 * 1024 * 1024;
  let bombData: Buffer;
  beforeAll(() => {
    bombData = deflateRawSync(Buffer.alloc(BOMB_BYTES, "a"), { level: 9 });
  });

  /** The CLI in its own process, so that its peak memory can be read. */
  function computeInChild(file: string) {
    const script = `
      const { main } = require(${JSON.stringify(join(root, "build/cli/main.js"))});
      const { peakMemoryKb } = require(${JSON.stringify(join(root, "scripts/peak-memory.cjs"))});
      main(["compute", ${JSON.stringify(file)}], { out() {}, err: (l) => console.error(l), now: () => "now" }, "ko")
        .then((code) => { console.log(JSON.stringify({ code, maxRssKb: peakMemoryKb() })); });`;
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    return {
      ...(JSON.parse(child.stdout) as { code: number; maxRssKb: number }),
      err: child.stderr,
    };
  }

  it.each([
    ["declares its 300 MB", BOMB_BYTES],
    ["lies (declares 1 KB, holds 300 MB)", 1024],
  ])("a zip bomb that %s is refused, in under 200 MB of memory", (_, declared) => {
    expect(BOMB_BYTES).toBeGreaterThan(UNPACKED_LIMIT_BYTES);
    const file = path(`bomb-${declared}.xlsx`);
    writeFileSync(file, zipOf("xl/worksheets/sheet1.xml", bombData, declared));
    const result = computeInChild(file);
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain("통합문서가 너무 큽니다");
    expect(result.maxRssKb / 1024).toBeLessThan(200);
  });

  it("an encrypted workbook: named as such, nothing written", async () => {
    const ole = Buffer.alloc(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.write("EncryptedPackage".split("").join("\0") + "\0", 1024, "latin1");
    writeFileSync(path("secret.xlsx"), ole);
    const result = await runCli("compute", path("secret.xlsx"));
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.err).toContain("암호로 보호된");
    expect(readdirSync(dir).filter((f) => f.startsWith("secret."))).toEqual(["secret.xlsx"]);
  });
});

describe("a workbook missing a sheet", () => {
  it.each([
    ["설정", EXIT.ok, "설정 / Settings"],
    ["목표", EXIT.unreadable, "'목표 / Goals' 시트가 없습니다"],
    ["월별실적", EXIT.unreadable, "'월별실적 / Monthly' 시트가 없습니다"],
  ] as const)(
    "without %s: exit %i, says so, typed cells intact",
    async (missing, exit, message) => {
      const sample = await readSnapshot(await templateBytes());
      const kept = sample.sheets.filter((s) => s.name !== missing);
      const bytes = await writeWorkbook(null, {
        sheets: kept.map((s) => ({
          name: s.name,
          mode: "replace" as const,
          cells: s.rows.flatMap((row, r) =>
            row.flatMap((value, c) =>
              value === null || typeof value === "object" ? [] : [{ row: r, col: c, value }]
            )
          ),
        })),
      });
      writeFileSync(path(`no-${missing}.xlsx`), bytes);
      const result = await runCli("compute", path(`no-${missing}.xlsx`));
      // Without 설정 the defaults are used and the goals and figures still compute; without
      // another sheet the message names it and the file is untouched.
      const computed = exit === EXIT.ok;
      expect({
        code: result.code,
        summary: /종합점수 \d+\.\d/.test(result.out),
        named: result.err.includes(message),
        untouched: sha(readFileSync(path(`no-${missing}.xlsx`))) === sha(bytes),
      }).toEqual({ code: exit, summary: computed, named: !computed, untouched: !computed });
      const after = await readSnapshot(readFileSync(path(`no-${missing}.xlsx`)));
      for (const sheet of kept) {
        expect(sheetOf(after, sheet.name).rows[3]?.slice(0, 5)).toEqual(sheet.rows[3]?.slice(0, 5));
      }
    }
  );
});
