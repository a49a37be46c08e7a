// node .tmp/bench/scripts/consolidate-many.js DIR
// `mbo-eval consolidate` of every dept-*.xlsx in DIR into DIR/summary.xlsx, in this process, which
// then reports its own time and peak memory (its own high-water mark) as one JSON line. Run by `npm run bench` in a
// child process, so the peak is the consolidation's alone.
import { readdirSync } from "fs";
import { join } from "path";
import { threadsFor } from "../src/cli/consolidateFiles";
import { main } from "../src/cli/main";
import { peakMemoryKb } from "./peak-memory.cjs";

async function run() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: consolidate-many.js DIR");
  const files = readdirSync(dir)
    .filter((f) => /^dept-.*\.xlsx$/.test(f))
    .map((f) => join(dir, f));
  const lines: string[] = [];
  const start = performance.now();
  const code = await main(
    ["consolidate", ...files, "-o", join(dir, "summary.xlsx")],
    { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => "2026-12-20 10:00" },
    "ko"
  );
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`consolidate exited ${code}: ${lines.slice(-3).join(" / ")}`);
  const departments = Number(/(\d+)개 부서/.exec(lines[0])?.[1] ?? 0);
  console.log(
    JSON.stringify({
      workbooks: files.length,
      threads: threadsFor(files.length),
      departments,
      totalMs: ms,
      peakMemoryMB: peakMemoryKb() / 1024,
    })
  );
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
