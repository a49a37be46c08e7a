// Names this test run, so that its test files share one build of each kind (test/support/build.ts),
// and, when the run holds the browser or build tests, starts those builds at once: they take about
// two minutes of the run's two cores, and made while the other files' tests run they are ready
// when the browser tests start instead of being waited for. Jest's worker processes are started
// after this and inherit the variable; the builds go on in this (jest's main) process.
import { join } from "path";
import type { Config } from "jest";

/** The test files that open a build, and which builds each needs. */
const NEEDS_BUILD = [
  "test/build/dist.test.ts",
  "test/page/page.test.ts",
  "test/taskpane/pane.test.ts",
  "test/legacy/ie11.test.ts",
];

interface PatternsConfig {
  rootDir: string;
  testPathPatterns: {
    toExecutor(options: { rootDir: string }): { isMatch(path: string): boolean };
  };
}

export default async function globalSetup(globalConfig: Config & PatternsConfig): Promise<void> {
  process.env.MBO_TEST_RUN = `${Date.now()}-${process.pid}`;
  if (process.env.MBO_TEST_PROGRAMS === "none") return;
  const selected = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const wanted = NEEDS_BUILD.filter((file) => selected.isMatch(join(globalConfig.rootDir, file)));
  if (wanted.length === 0) return;
  const { builtAddin, builtHarness, builtAddinSelfHosted } = await import("./build");
  // Not awaited: each writes its result where the test files look for it. One after the other, so
  // that they leave a core to the tests.
  const builds = (async () => {
    await builtAddin();
    if (wanted.some((file) => /pane|ie11/.test(file))) await builtHarness();
    if (wanted.some((file) => file.includes("dist"))) await builtAddinSelfHosted();
  })();
  builds.catch(() => undefined); // a failed build is reported by the tests that need it
}
