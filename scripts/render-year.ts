// npm run -s render:year -- OUT_DIR
// The sample through its year (shares 50/50, 결재란, computed as of 6 then 12) rendered by
// LibreOffice: OUT_DIR/year-6.xlsx and year-12.xlsx, their PDFs, and PNG pages year-6-N.png and
// year-12-N.png (what docs/renders holds).
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { closeLibreOffice, convert } from "./libreoffice.cjs";
import { yearWorkbook } from "../test/support/year";

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: render:year -- OUT_DIR");
  mkdirSync(out, { recursive: true });
  const { six, twelve } = await yearWorkbook();
  for (const [month, bytes] of [
    [6, six.bytes],
    [12, twelve.bytes],
  ] as const) {
    const name = `year-${month}`;
    writeFileSync(join(out, `${name}.xlsx`), bytes);
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    writeFileSync(join(dir, `${name}.xlsx`), bytes);
    await convert(join(dir, `${name}.xlsx`), "pdf", dir);
    copyFileSync(join(dir, `${name}.pdf`), join(out, `${name}.pdf`));
    execFileSync("pdftoppm", ["-png", "-r", "60", join(dir, `${name}.pdf`), join(out, name)]);
    console.log(`${out}/${name}.pdf and ${name}-*.png`);
  }
  closeLibreOffice();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
