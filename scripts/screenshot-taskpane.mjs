// The task pane opened outside Office (a plain browser), for docs/screenshots/. The pane inside
// Excel is photographed by its browser test (test/taskpane/pane.test.ts), which drives it with the
// Excel API double: docs/screenshots/pane-*.png. Run after npm run build.
import { mkdirSync } from "node:fs";
import { launchChromium, openBuiltPage } from "./browser.cjs";

const OUT = "docs/screenshots";
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const { page } = await openBuiltPage(browser, "dist/taskpane.html");
  await page.getByTestId("not-in-excel").waitFor();
  await page.screenshot({ path: `${OUT}/taskpane-no-office.png`, fullPage: true });
  console.log(`${OUT}/taskpane-no-office.png`);
} finally {
  await browser.close();
}
