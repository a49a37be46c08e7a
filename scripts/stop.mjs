// npm run stop: ends what npm start began (the sideloaded desktop session, the dev server).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PID_FILE, desktopExcelPath, keepOfficeToolsQuiet } from "./office-tools.mjs";

if (desktopExcelPath()) {
  keepOfficeToolsQuiet();
  spawnSync("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was not running.`);
  }
  rmSync(PID_FILE, { force: true });
} else {
  console.log("No dev server is running.");
}
