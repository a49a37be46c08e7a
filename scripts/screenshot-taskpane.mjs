// Screenshots of the built task pane for docs/screenshots/: in Excel (fake Office host, Korean and
// English) and opened in a plain browser. Run after npm run build.
import { mkdirSync } from "node:fs";
import { launchChromium, openBuiltPage } from "./browser.cjs";

const OUT = "docs/screenshots";
const shots = [
  {
    name: "taskpane-ko",
    fakeOffice: { displayLanguage: "ko-KR", platform: "PC", excelApiMinor: 7 },
  },
  {
    name: "taskpane-en",
    fakeOffice: { displayLanguage: "en-US", platform: "Mac", excelApiMinor: 17 },
  },
  { name: "taskpane-no-office" },
];

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const { page } = await openBuiltPage(browser, "dist/taskpane.html", shot);
    await page.waitForSelector("main h1");
    await page.waitForFunction(() => !document.querySelector("[role=status]"));
    await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: true });
    console.log(`${OUT}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
