// Every FunctionName in the manifest must be registered by the built commands bundle, or the
// ribbon button does nothing. Runs dist/commands.js in a sandbox with a recording Office object.
//   node scripts/check-commands.mjs [manifest.xml] [dist/commands.js]
import { readFileSync, existsSync } from "node:fs";
import vm from "node:vm";
import { readManifest } from "./manifest.mjs";

const manifestPath = process.argv[2] || "manifest.xml";
const bundlePath = process.argv[3] || "dist/commands.js";
if (!existsSync(bundlePath)) {
  console.error(`${bundlePath}: not found (run npm run build first)`);
  process.exit(1);
}

const associated = new Map();
const sandbox = {
  console,
  Office: {
    actions: { associate: (name, handler) => associated.set(name, handler) },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  },
};
sandbox.window = sandbox;
sandbox.self = sandbox;
vm.runInNewContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath });

const names = readManifest(manifestPath).functionNames;
const missing = names.filter(
  (name) => typeof associated.get(name) !== "function" || typeof sandbox[name] !== "function"
);
if (names.length === 0) {
  console.error(`${manifestPath}: names no ribbon function`);
  process.exit(1);
}
if (missing.length > 0) {
  console.error(
    `${bundlePath} does not register: ${missing.join(", ")} ` +
      "(each needs Office.actions.associate and a global function)"
  );
  process.exit(1);
}
console.log(`${bundlePath}: registers ${names.join(", ")}`);
