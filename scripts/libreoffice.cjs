// LibreOffice headless as an independent spreadsheet program: a throwaway profile (so parallel
// runs do not collide) that recalculates every formula on load (OOXMLRecalcMode 0), so what it
// shows is its own arithmetic, not our cached results.
//
// LibreOffice takes seconds to start and milliseconds to convert a workbook, so one LibreOffice
// serves every conversion of a process: scripts/libreoffice-server.py (Debian's python3-uno) starts
// it on first use and converts file after file; it closes when this process ends.
const { execFileSync, spawn } = require("child_process");
const { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");

const SOFFICE = process.env.SOFFICE_PATH || "soffice";
// The system Python, where Debian's python3-uno puts LibreOffice's bridge (a pyenv or venv Python
// first on PATH has no `uno`).
const PYTHON = process.env.LIBREOFFICE_PYTHON || "/usr/bin/python3";
// One conversion of the largest test workbook takes about a second; a minute means LibreOffice hung.
const CONVERSION_TIMEOUT_MS = 180_000;

let availability;
/** Whether LibreOffice and its Python bridge can be run: "" if so, else what is missing. */
function sofficeMissing() {
  if (availability !== undefined) return availability;
  try {
    execFileSync(SOFFICE, ["--version"], { stdio: "ignore", timeout: 60_000 });
  } catch {
    return (availability = `LibreOffice (${SOFFICE}; Debian libreoffice-calc-nogui)`);
  }
  try {
    execFileSync(PYTHON, ["-c", "import uno"], { stdio: "ignore", timeout: 60_000 });
  } catch {
    return (availability = `LibreOffice's Python bridge (${PYTHON} -c "import uno"; Debian python3-uno)`);
  }
  return (availability = "");
}

const sofficeAvailable = () => sofficeMissing() === "";

/**
 * Whether LibreOffice can open word-processing documents too (Debian's libreoffice-writer-nogui):
 * the results report (.docx) is rendered and read with it.
 */
function writerMissing() {
  const missing = sofficeMissing();
  if (missing) return missing;
  try {
    const program = execFileSync("sh", [
      "-c",
      `dirname "$(readlink -f "$(command -v ${SOFFICE})")"`,
    ])
      .toString()
      .trim();
    if (existsSync(join(program, "libswlo.so"))) return "";
  } catch {
    // told below
  }
  return "LibreOffice Writer (Debian libreoffice-writer-nogui)";
}

const writerAvailable = () => writerMissing() === "";

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

/** The running server of this process, started on first use. */
let server = null;

function startServer() {
  const profile = recalculatingProfile();
  const child = spawn(
    PYTHON,
    [
      join(__dirname, "libreoffice-server.py"),
      SOFFICE,
      `file://${profile}`,
      `mbo-eval-${process.pid}-${Date.now()}`,
    ],
    {
      stdio: ["pipe", "pipe", "inherit"],
      env: { ...process.env, FONTCONFIG_FILE: fontConfig(profile) },
    }
  );
  const state = { child, profile, waiting: [], buffer: "", dead: null };
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    state.buffer += chunk;
    let newline;
    while ((newline = state.buffer.indexOf("\n")) >= 0) {
      const line = state.buffer.slice(0, newline);
      state.buffer = state.buffer.slice(newline + 1);
      const next = state.waiting.shift();
      if (next) next.settle(JSON.parse(line));
    }
    idle(state);
  });
  const fail = (reason) => {
    state.dead = reason;
    for (const next of state.waiting.splice(0)) next.settle({ ok: false, error: reason });
    rmSync(profile, { recursive: true, force: true });
    if (server === state) server = null;
  };
  child.on("exit", (code, signal) => fail(`LibreOffice's server ended (${signal || code})`));
  child.on("error", (error) => fail(`LibreOffice's server did not start: ${error.message}`));
  return state;
}

/** While nothing is asked, the server does not keep this process alive. */
function idle(state) {
  const busy = state.waiting.length > 0;
  for (const handle of [state.child, state.child.stdin, state.child.stdout]) {
    if (busy) handle.ref();
    else handle.unref();
  }
}

/** Sends one line and resolves to the server's answer (the first line it writes is "ready"). */
function ask(state, line) {
  return new Promise((settle, reject) => {
    const timer = setTimeout(() => {
      state.child.kill("SIGKILL");
      reject(new Error(`LibreOffice took over ${CONVERSION_TIMEOUT_MS / 1000} s: ${line}`));
    }, CONVERSION_TIMEOUT_MS);
    state.waiting.push({
      settle: (answer) => {
        clearTimeout(timer);
        settle(answer);
      },
    });
    idle(state);
    if (line !== null) state.child.stdin.write(line + "\n");
  });
}

async function running() {
  if (server && !server.dead) return server;
  const state = startServer();
  server = state;
  const ready = await ask(state, null);
  if (!ready.ok) throw new Error(ready.error);
  return state;
}

/**
 * Converts a file with LibreOffice; resolves to the output folder. `filter`: "pdf"; "txt" (a
 * document's text); "xlsx" (opened and saved again by LibreOffice); or "csv" for every sheet as its
 * own CSV file (NAME-SHEET.csv), values as LibreOffice shows them. `file` may be a list: a file
 * LibreOffice cannot load gets no output and does not stop the others. Outputs are named as
 * `soffice --convert-to` names them (NAME.pdf, NAME.txt, NAME.xlsx).
 */
async function convert(file, filter, outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const one of Array.isArray(file) ? file : [file]) {
    const answer = await ask(
      await running(),
      JSON.stringify({ file: one, filter, outdir: outDir })
    );
    // In a list, a file LibreOffice cannot load has no output and the others go on (a LibreOffice
    // it crashed is started again for the next).
    if (!answer.ok && !Array.isArray(file)) {
      throw new Error(`LibreOffice could not convert ${one} to ${filter}: ${answer.error}`);
    }
  }
  return outDir;
}

/** Closes this process's LibreOffice (scripts call it at the end; tests leave it to the exit). */
function closeLibreOffice() {
  if (server) server.child.stdin.end();
}

exports.sofficeAvailable = sofficeAvailable;
exports.sofficeMissing = sofficeMissing;
exports.convert = convert;
exports.closeLibreOffice = closeLibreOffice;
exports.writerAvailable = writerAvailable;
exports.writerMissing = writerMissing;
