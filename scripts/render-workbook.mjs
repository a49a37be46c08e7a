// Renders a workbook through LibreOffice (recalculating) to PNG pages, one or more per sheet:
//   node scripts/render-workbook.mjs FILE.xlsx OUT_PREFIX
// e.g. node scripts/render-workbook.mjs mbo-eval-demo.xlsx docs/renders/sample
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import lo from "./libreoffice.cjs";

const [file, prefix] = process.argv.slice(2);
if (!file || !prefix) {
  console.error("usage: render-workbook.mjs FILE.xlsx OUT_PREFIX");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "render-"));
const copy = join(dir, "book.xlsx");
copyFileSync(file, copy);
await lo.convert(copy, "pdf", dir);
lo.closeLibreOffice();
mkdirSync(dirname(prefix), { recursive: true });
execFileSync("pdftoppm", ["-png", "-r", "80", join(dir, "book.pdf"), prefix]);
console.log(`${prefix}-*.png from ${basename(file)}`);
