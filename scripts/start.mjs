// npm start: with desktop Excel (Windows, Mac), office-addin-debugging starts the dev server and
// sideloads manifest.xml; elsewhere, serve and explain how to sideload into Excel on the web.
// office-addin-debugging is fetched by npx on those machines only: it needs a native keychain
// module that cannot be built on Linux servers, so it is not a dependency of the project.
import { spawn } from "node:child_process";
import { SIDELOAD_WEB_HELP, desktopExcelPath, keepOfficeToolsQuiet } from "./office-tools.mjs";

const excel = desktopExcelPath();
const run = (command, args) =>
  spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" }).on(
    "exit",
    (code) => process.exit(code ?? 0)
  );

if (excel) {
  keepOfficeToolsQuiet();
  console.log(`Desktop Excel found: ${excel}`);
  run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"]);
} else {
  console.log(SIDELOAD_WEB_HELP);
  run(process.execPath, ["scripts/dev-server.mjs"]);
}
