// Renders assets/*.svg to the PNG sizes the manifest names (16, 32, 64, 80) with headless Chromium.
// Run after editing an SVG: node scripts/make-icons.mjs
import { readFile } from "node:fs/promises";
import { launchChromium } from "./browser.cjs";

/** The add-in's icon: 16, 32 and 80 for the ribbon, 64 the manifest's high-resolution icon. */
const ICONS = { icon: [16, 32, 64, 80], compute: [16, 32, 80] };

const browser = await launchChromium();
try {
  for (const [name, sizes] of Object.entries(ICONS)) {
    const svg = await readFile(new URL(`../assets/${name}.svg`, import.meta.url), "utf8");
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace("<svg ", `<svg width="${size}" height="${size}" `) +
          `</body></html>`
      );
      const file = new URL(`../assets/${name}-${size}.png`, import.meta.url);
      await page.screenshot({ path: file.pathname, omitBackground: true });
      await page.close();
      console.log(`assets/${name}-${size}.png`);
    }
  }
} finally {
  await browser.close();
}
