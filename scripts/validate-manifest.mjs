// Offline manifest validation (Microsoft's validator needs the internet).
//   node scripts/validate-manifest.mjs manifest.xml [--deployed dist/manifest.xml] ...
// 1. Structure: xmllint against the XSDs in ../shared/office-manifest-xsd (MANIFEST_XSD_DIR to
//    override); skipped, saying so, where they are absent.
// 2. What the XSDs cannot know: English default with a ko-KR override for every visible string
//    (the pane's own rule: Korean for Korean Office, English for every other language), a 64×64
//    high-resolution icon, every resid defined, the two ribbon actions, and (--deployed) no
//    localhost URL.
// Exit code 1 when any manifest fails.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readManifest } from "./manifest.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const xsdDir = resolve(
  process.env.MANIFEST_XSD_DIR || resolve(here, "../../shared/office-manifest-xsd")
);
const schema = resolve(xsdDir, "OfficeAppManifestV1_1.xsd");

function schemaProblems(path) {
  try {
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", schema, path], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    return [];
  } catch (error) {
    if (error.code === "ENOENT") {
      return ["xmllint is not installed (Debian: apt-get install libxml2-utils)"];
    }
    return String(error.stderr || error.message)
      .split("\n")
      .filter((line) => line.trim() && !line.endsWith("fails to validate"));
  }
}

function contentProblems(path, deployed) {
  const manifest = readManifest(path);
  const problems = [];
  if (manifest.defaultLocale !== "en-US") {
    problems.push(`DefaultLocale is "${manifest.defaultLocale}", expected en-US`);
  }
  if (!/<HighResolutionIconUrl DefaultValue="[^"]*-64\.png"/.test(manifest.xml)) {
    problems.push("HighResolutionIconUrl is not the 64×64 icon a task-pane add-in needs");
  }
  if (manifest.permissions !== "ReadWriteDocument") {
    problems.push(`Permissions is "${manifest.permissions}", expected ReadWriteDocument`);
  }
  for (const string of manifest.strings) {
    if (!string.overrides.includes("ko-KR")) {
      problems.push(`string "${string.id}" ("${string.value}") has no ko-KR override`);
    }
  }
  for (const id of manifest.referencedIds) {
    if (!manifest.resourceIds.has(id)) problems.push(`resid "${id}" is not defined in Resources`);
  }
  for (const action of ["ShowTaskpane", "ExecuteFunction"]) {
    if (!manifest.actions.includes(action)) problems.push(`no ribbon button with ${action}`);
  }
  if (deployed && /localhost/i.test(manifest.xml)) {
    problems.push("a deployed manifest must not point at localhost");
  }
  return problems;
}

const targets = [];
for (let i = 2; i < process.argv.length; i++) {
  const deployed = process.argv[i] === "--deployed";
  if (deployed) i++;
  if (process.argv[i]) targets.push({ path: process.argv[i], deployed });
}
if (targets.length === 0) {
  console.error("usage: validate-manifest.mjs MANIFEST [--deployed MANIFEST] ...");
  process.exit(2);
}

const haveSchemas = existsSync(schema);
if (!haveSchemas && process.env.CI) {
  // CI has ../shared beside the clone: a missing schema there is a broken set-up, not a pass.
  console.error(
    `FAILED: XSD structure check — ${xsdDir} not found, and CI must check the manifest's structure.`
  );
  process.exit(1);
}
if (!haveSchemas) {
  console.warn(
    `SKIPPED: XSD structure check — ${xsdDir} not found (it lives in ../shared beside the repository). ` +
      "The content checks still run."
  );
}

let failed = false;
for (const { path, deployed } of targets) {
  if (!existsSync(path)) {
    console.error(`${path}: not found${deployed ? " (run npm run build first)" : ""}`);
    failed = true;
    continue;
  }
  const problems = [
    ...(haveSchemas ? schemaProblems(path) : []),
    ...contentProblems(path, deployed),
  ];
  if (problems.length === 0) {
    console.log(`${path}: valid${haveSchemas ? "" : " (content checks only)"}`);
  } else {
    failed = true;
    console.error(`${path}: INVALID`);
    for (const problem of problems) console.error(`  - ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
