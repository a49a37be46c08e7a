// Names this test run, so that its test files share one build of each kind (test/support/build.ts),
// and, when the run holds the browser or build tests, starts those builds at once: they take about
// two minutes of the run's two cores, and made while the other files' tests run they are ready
// when the browser tests start instead of being waited for. Jest's worker processes are started
// after this and inherit the variable; the builds go on in this (jest's main) process.
import { existsSync, readdirSync, rmSync } from "fs";
import { join, resolve } from "path";
import type { Config } from "jest";
import { NEEDS_BUILD } from "./sequencer.cjs";

interface PatternsConfig {
  rootDir: string;
  testPathPatterns: {
    toExecutor(options: { rootDir: string }): { isMatch(path: string): boolean };
  };
}

export default async function globalSetup(globalConfig: Config & PatternsConfig): Promise<void> {
  removeAbandonedRuns();
  process.env.MBO_TEST_RUN = `${Date.now()}-${process.pid}`;
  if (process.env.MBO_TEST_PROGRAMS === "none") return;
  const selected = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const wanted = NEEDS_BUILD.filter((file) => selected.isMatch(join(globalConfig.rootDir, file)));
  if (wanted.length === 0) return;
  const { builtAddin, builtHarness, builtAddinSelfHosted } = await import("./build");
  // Not awaited: each writes its result where the test files look for it. The harness (a small
  // development build) beside the add-in; the self-hosted variant once the add-in is built.
  const main = builtAddin();
  const builds: Promise<unknown>[] = [main];
  if (wanted.some((file) => /pane|ie11/.test(file))) builds.push(builtHarness());
  if (wanted.some((file) => file.includes("dist"))) builds.push(main.then(builtAddinSelfHosted));
  for (const build of builds) build.catch(() => undefined); // told by the tests that need it
}

/** Removes the folders of runs whose jest process is gone (stopped before its teardown). */
function removeAbandonedRuns(): void {
  const runs = join(resolve(__dirname, "../.."), ".tmp/test-run");
  if (!existsSync(runs)) return;
  for (const name of readdirSync(runs)) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(join(runs, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
