// Says how many production builds the run made (one shared, plus the self-hosted variant when the
// build tests ran), then removes the run's folder (a build asked into MBO_TEST_DIST is outside it).
import { existsSync, readFileSync, rmSync } from "fs";
import { join, resolve } from "path";

export default async function globalTeardown(): Promise<void> {
  const run = process.env.MBO_TEST_RUN;
  if (!run) return;
  // Builds the run's start began and no test waited for (the files that needed them failed first).
  (await import("./build")).stopBuilds();
  const dir = join(resolve(__dirname, "../.."), ".tmp/test-run", run);
  const log = join(dir, "production-builds.log");
  if (existsSync(log)) {
    const builds = readFileSync(log, "utf8").split("\n").filter(Boolean);
    console.log(`\nproduction webpack builds in this run: ${builds.length}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
