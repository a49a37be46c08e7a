// Prints the built bundles' sizes, raw and gzipped: the task pane's initial JavaScript must stay
// under 250 KB gzipped (docs/taskpane.md records the figures).
//   node scripts/bundle-sizes.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const LIMIT_GZIP_KB = 250;
const dist = process.argv[2] || "dist";
let failed = false;
for (const file of readdirSync(dist)
  .filter((f) => f.endsWith(".js"))
  .sort()) {
  const bytes = readFileSync(join(dist, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const over = file === "taskpane.js" && gzip / 1024 > LIMIT_GZIP_KB;
  failed ||= over;
  console.log(
    `${file.padEnd(18)} ${kb(bytes.length).padStart(10)}  gzip ${kb(gzip).padStart(9)}${over ? `  OVER ${LIMIT_GZIP_KB} KB` : ""}`
  );
}
process.exit(failed ? 1 : 0);
