// es-check es5 over everything Internet Explorer 11 and EdgeHTML webviews load: the ES5 bundles
// and the inline scripts of taskpane.html, commands.html and outcome.html (the ribbon's dialog).
//   node scripts/check-es5.mjs [dist]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ES5_BUNDLES = ["commands.js", "taskpane-plain.js", "polyfills-es5.js"];
const PAGES = ["taskpane.html", "commands.html", "outcome.html"];

const dist = process.argv[2] || "dist";
const scratch = mkdtempSync(join(tmpdir(), "es5-check-"));
const inline = PAGES.flatMap((page) => {
  const html = readFileSync(join(dist, page), "utf8");
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  if (scripts.length === 0) {
    console.error(`${page}: no inline script loader found`);
    process.exit(1);
  }
  return scripts.map((match, i) => {
    const file = join(scratch, `${page}.inline-${i}.js`);
    writeFileSync(file, match[1]);
    return file;
  });
});
const files = [...ES5_BUNDLES.map((file) => join(dist, file)), ...inline];
const result = spawnSync(
  process.execPath,
  ["node_modules/es-check/lib/cli/index.js", "es5", ...files],
  { stdio: "inherit" }
);
process.exit(result.status ?? 1);
