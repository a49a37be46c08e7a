// LibreOffice headless as an independent spreadsheet program: a throwaway profile per run (so
// parallel runs do not collide) that recalculates every formula on load (OOXMLRecalcMode 0), so
// what it shows is its own arithmetic, not our cached results.
const { execFileSync } = require("child_process");
const { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const SOFFICE = process.env.SOFFICE_PATH || "soffice";

function sofficeAvailable() {
  try {
    execFileSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether LibreOffice can open word-processing documents too (Debian's libreoffice-writer-nogui):
 * the results report (.docx) is rendered and read with it.
 */
function writerAvailable() {
  if (!sofficeAvailable()) return false;
  try {
    const program = execFileSync("sh", [
      "-c",
      `dirname "$(readlink -f "$(command -v ${SOFFICE})")"`,
    ])
      .toString()
      .trim();
    return existsSync(join(program, "libswlo.so"));
  } catch {
    return false;
  }
}

/**
 * Our workbooks' font is 맑은 고딕 (Malgun Gothic), which Linux lacks; fontconfig's fallback is
 * DejaVu Sans, whose digits are 16 % wider, so every column (whose width counts digits) and every
 * printed page would be wider than in Excel. Noto Sans CJK KR (fonts-noto-cjk) is close to 맑은
 * 고딕's metrics: renders then lay out as Excel on a Korean Windows does.
 */
function fontConfig(dir) {
  const file = join(dir, "fonts.conf");
  const alias = (family) =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans CJK KR</family></prefer></alias>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      `${alias("맑은 고딕")}${alias("Malgun Gothic")}</fontconfig>`
  );
  return file;
}

function recalculatingProfile() {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`
  );
  return dir;
}

/**
 * Converts a file with LibreOffice; returns the output folder. `filter`: "pdf"; "txt" (a document's
 * text); "xlsx" (opened and saved again by LibreOffice); or "csv" for every sheet as its own CSV file (NAME-SHEET.csv),
 * values as LibreOffice shows them. `file` may be a list: one LibreOffice start for them all (a
 * file it cannot load gets no output and does not stop the others).
 */
function convert(file, filter, outDir) {
  const profile = recalculatingProfile();
  const target = {
    csv: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    xlsx: "xlsx:Calc MS Excel 2007 XML",
    pdf: "pdf",
    // A Writer document's text, paragraph by paragraph (a table's cells each on a line).
    txt: "txt:Text (encoded):UTF8",
  }[filter];
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        ...(Array.isArray(file) ? file : [file]),
      ],
      {
        stdio: "pipe",
        timeout: 180_000,
        env: { ...process.env, FONTCONFIG_FILE: fontConfig(profile) },
      }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(outDir)) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return outDir;
}

exports.sofficeAvailable = sofficeAvailable;
exports.convert = convert;
exports.writerAvailable = writerAvailable;
