// mbo-eval run in-process as a person runs it, with its output collected and a fixed clock.
import { main } from "../../src/cli/main";

export async function runCli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l), now: () => "2011-07-01 09:00" },
    "ko"
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}
