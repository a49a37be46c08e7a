// Shared by the dev-server, start and stop scripts.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";

const require = createRequire(import.meta.url);

export const DEV_PORT = 3000;
export const PID_FILE = ".tmp/dev-server.pid";

/**
 * Microsoft's office-addin-* tools report usage data and prompt for consent on first use; nothing
 * here may wait on a prompt or send anything. Where the user has not decided, record "off";
 * an explicit earlier choice is left alone.
 */
export function keepOfficeToolsQuiet() {
  const usage = require("office-addin-usage-data");
  if (usage.needToPromptForUsageData(usage.groupName)) {
    usage.writeUsageDataJsonData(usage.groupName, usage.UsageDataLevel.off);
  }
}

/** Desktop Excel that office-addin-debugging can sideload into (Windows or Mac only). */
export function desktopExcelPath() {
  const candidates =
    process.platform === "win32"
      ? ["ProgramFiles", "ProgramFiles(x86)"].flatMap((root) =>
          process.env[root]
            ? [16, 15].map(
                (v) => `${process.env[root]}\\Microsoft Office\\root\\Office${v}\\EXCEL.EXE`
              )
            : []
        )
      : process.platform === "darwin"
        ? ["/Applications/Microsoft Excel.app"]
        : [];
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const SIDELOAD_WEB_HELP = `
The add-in is served at https://localhost:${DEV_PORT}/taskpane.html.
No desktop Excel here: sideload into Excel on the web instead.
  1. Open a workbook at https://www.office.com (or your organisation's SharePoint).
  2. Home > Add-ins > More Add-ins (or Insert > Office Add-ins) > My Add-ins >
     Upload My Add-in, and choose manifest.xml from this folder.
  3. The "목표관리 평가 / MBO Evaluation" group appears on the Home tab.
The browser must trust the development certificate (npx office-addin-dev-certs install).
Stop with: npm run stop
`;
