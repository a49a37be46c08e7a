// Renders assets/*.svg to the PNG sizes the manifest names (16, 32, 80) with headless Chromium.
// Run after editing an SVG: node scripts/make-icons.mjs
import { readFile } from "node:fs/promises";
import { launchChromium } from "./browser.cjs";

const ICONS = ["icon", "compute"];
const SIZES = [16, 32, 80];

const browser = await launchChromium();
try {
  for (const name of ICONS) {
    const svg = await readFile(new URL(`../assets/${name}.svg`, import.meta.url), "utf8");
    for (const size of SIZES) {
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
