// Gnumeric's ssconvert as a second independent spreadsheet program: it opens a workbook,
// recalculates every formula with its own engine (--recalc) and writes each sheet as CSV, values as
// Gnumeric shows them.
const { execFileSync } = require("child_process");
const { mkdirSync, readdirSync } = require("fs");
const { join } = require("path");

const SSCONVERT = process.env.SSCONVERT_PATH || "ssconvert";

function ssconvertAvailable() {
  try {
    execFileSync(SSCONVERT, ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Every sheet of `file` as a CSV file in `outDir` (SHEET.csv); returns the folder. */
function sheetsToCsv(file, outDir) {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    SSCONVERT,
    ["--recalc", "-S", "-T", "Gnumeric_stf:stf_csv", file, join(outDir, "%s.csv")],
    { stdio: "pipe", timeout: 180_000 }
  );
  if (readdirSync(outDir).length === 0) throw new Error(`Gnumeric wrote nothing for ${file}`);
  return outDir;
}

/** A workbook opened and saved again as .xlsx by Gnumeric. */
function resaveWithGnumeric(file, output) {
  execFileSync(SSCONVERT, ["-T", "Gnumeric_Excel:xlsx2", file, output], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

exports.resaveWithGnumeric = resaveWithGnumeric;
exports.ssconvertAvailable = ssconvertAvailable;
exports.sheetsToCsv = sheetsToCsv;
