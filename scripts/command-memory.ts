// node .tmp/bench/scripts/command-memory.js COMMAND ARGS…
// One `mbo-eval` command run in this process, which then reports its time and its own peak memory
// (VmHWM) as one JSON line. Run by `npm run bench` in a child process per command, so each peak is
// that command's alone (issue 28: a 50,000-row workbook's report peaked at 1.96 GB).
import { main } from "../src/cli/main";
import { peakMemoryKb } from "./peak-memory.cjs";

async function run() {
  const args = process.argv.slice(2);
  const lines: string[] = [];
  const start = performance.now();
  const code = await main(
    args,
    { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => "2027-01-10 09:00" },
    "ko"
  );
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${args[0]} exited ${code}: ${lines.slice(-3).join(" / ")}`);
  console.log(
    JSON.stringify({ command: args[0], totalMs: ms, peakMemoryMB: peakMemoryKb() / 1024 })
  );
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
