// The production build of the add-in's web part into a folder of the test's own.
import { spawnSync } from "child_process";
import { rmSync } from "fs";
import { resolve } from "path";

export const root = resolve(__dirname, "../..");

/** Builds into `outputPath`; the build's output, or a thrown error with it. */
export function buildAddin(outputPath: string, env: Record<string, string> = {}): string {
  rmSync(outputPath, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/webpack/bin/webpack.js",
      "--mode",
      "production",
      "--env",
      `outputPath=${outputPath}`,
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, ...env } }
  );
  const output = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`build into ${outputPath} failed:\n${output}`);
  return output;
}
