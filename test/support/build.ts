// The builds the browser and build tests open: the production add-in (as `npm run build` makes it),
// its self-hosted Office.js variant and the Excel double's page harness. Each is made once per test
// run, by whichever test file asks first, and shared by the others (jest runs files in several
// processes: a lock file says who builds; the others wait for its result).
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join, resolve } from "path";

export const root = resolve(__dirname, "../..");

/** This run's folder: set by test/support/global-setup.ts; a lone process has its own. */
const runDir = join(root, ".tmp/test-run", process.env.MBO_TEST_RUN ?? `pid-${process.pid}`);

interface Built {
  dir: string;
  /** What the build printed. */
  log: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function oncePerRun(name: string, dir: string, make: () => Promise<string>): Promise<Built> {
  mkdirSync(runDir, { recursive: true });
  const lock = join(runDir, `${name}.lock`);
  const result = join(runDir, `${name}.json`);
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch {
    // Another test file is building it: its result is shared (the test's hook timeout bounds the wait).
    while (!existsSync(result)) await sleep(250);
    const shared = JSON.parse(readFileSync(result, "utf8")) as Built & { error?: string };
    if (shared.error) throw new Error(shared.error);
    return shared;
  }
  try {
    const built = { dir, log: await make() };
    writeFileSync(result, JSON.stringify(built));
    return built;
  } catch (error) {
    writeFileSync(result, JSON.stringify({ error: (error as Error).message }));
    throw error;
  }
}

/** The builds under way in this process (the run's start makes them in jest's main process). */
const running = new Set<ChildProcess>();

/** Stops the builds still under way: a run that ended early leaves none behind. */
export function stopBuilds(): void {
  for (const child of running) child.kill();
}

/** Runs webpack's command line as `npm run build` does, into `outputPath`; resolves to its output. */
export function runWebpack(outputPath: string, env: Record<string, string>): Promise<string> {
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  // Counted for the run's last line (test/support/global-teardown.ts).
  appendFileSync(join(runDir, "production-builds.log"), `${outputPath}\n`);
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        "node_modules/webpack/bin/webpack.js",
        "--mode",
        "production",
        "--env",
        `outputPath=${outputPath}`,
      ],
      { cwd: root, env: { ...process.env, ...env } }
    );
    running.add(child);
    child.on("exit", () => running.delete(child));
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done(output) : fail(new Error(`build into ${outputPath} failed:\n${output}`))
    );
  });
}

/**
 * The production build a user gets from `npm run build` (Office.js from Microsoft's CDN, no URL
 * given). MBO_TEST_DIST names its folder (.ci/run: dist/, which it then validates instead of
 * building again); otherwise it is this run's own.
 */
export function builtAddin(): Promise<Built> {
  const dir = process.env.MBO_TEST_DIST
    ? resolve(process.env.MBO_TEST_DIST)
    : join(runDir, "addin");
  return oncePerRun("addin", dir, () => runWebpack(dir, { OFFICE_JS: "", ADDIN_BASE_URL: "" }));
}

/** Where the self-hosted build is said to be served from. */
export const SELF_HOSTED_URL = "https://intranet.city.go.kr/mbo-eval/";

/** The build for an intranet server: Office.js served from the build itself, its URL given. */
export function builtAddinSelfHosted(): Promise<Built> {
  const dir = join(runDir, "addin-local");
  return oncePerRun("addin-local", dir, () =>
    runWebpack(dir, { OFFICE_JS: "local", ADDIN_BASE_URL: SELF_HOSTED_URL })
  );
}

/** test/taskpane/harness.ts (the Excel double as the page's Office.js), built for Chromium. */
export async function builtHarness(): Promise<string> {
  const dir = join(runDir, "harness");
  const { buildHarness } = await import("../taskpane/build-harness");
  await oncePerRun("harness", dir, async () => {
    await buildHarness(dir);
    return "";
  });
  return join(dir, "harness.js");
}

/** The CLI as installed (`npm run build:cli`: tsc into build/, run by bin/mbo-eval.js). */
export function builtCli(): Promise<Built> {
  return oncePerRun("cli", join(root, "build"), () => {
    const built = spawnSync(
      process.execPath,
      ["node_modules/typescript/bin/tsc", "-p", "tsconfig.cli.json"],
      { cwd: root, encoding: "utf8" }
    );
    if (built.status !== 0) throw new Error(built.stdout + built.stderr);
    return Promise.resolve(built.stdout);
  });
}

/** The run's folder, removed by test/support/global-teardown.ts. */
export const testRunDir = runDir;
