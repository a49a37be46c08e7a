// openpyxl (Debian's python3-openpyxl, under the system Python) as a third program that must open
// our files: what pandas and most Python scripts read and write .xlsx with.
const { execFileSync } = require("child_process");
const { join } = require("path");

const PYTHON = process.env.OPENPYXL_PYTHON || "/usr/bin/python3";

function openpyxlAvailable() {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Each file opened by openpyxl: { file, ok, sheets } or { file, ok: false, error }. */
function openWithOpenpyxl(files) {
  if (files.length === 0) return [];
  const out = execFileSync(PYTHON, [join(__dirname, "openpyxl-open.py"), ...files], {
    encoding: "utf8",
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** A workbook loaded and saved again by openpyxl, as pandas or a Python script would. */
function resaveWithOpenpyxl(input, output) {
  execFileSync(
    PYTHON,
    [
      "-c",
      "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
      input,
      output,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
}

exports.openpyxlAvailable = openpyxlAvailable;
exports.openWithOpenpyxl = openWithOpenpyxl;
exports.resaveWithOpenpyxl = resaveWithOpenpyxl;
