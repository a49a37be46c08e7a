// Builds test/taskpane/harness.ts (the Excel double as the page's Office.js) for Chromium.
import { join } from "path";
import webpack from "webpack";
import { root } from "../support/build";

/** Builds into `dir` (one per test file: they run in parallel); resolves to the script's path. */
export function buildHarness(dir: string): Promise<string> {
  const natives = join(root, "test/taskpane/natives.ts");
  return new Promise((done, fail) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: join(root, "test/taskpane/harness.ts"),
        output: { path: dir, filename: "harness.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }],
        },
        plugins: [
          new webpack.ProvidePlugin({
            Map: [natives, "NativeMap"],
            Set: [natives, "NativeSet"],
            TextEncoder: [natives, "NativeTextEncoder"],
          }),
        ],
      },
      (error, stats) =>
        error || stats?.hasErrors()
          ? fail(error ?? new Error(stats?.toString()))
          : done(join(dir, "harness.js"))
    )
  );
}
