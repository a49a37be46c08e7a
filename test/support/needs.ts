// What a test needs from outside the repository: a program (Chromium, LibreOffice, Gnumeric,
// openpyxl) or a file (../shared, the Debian fixtures). In CI (CI set) a missing one fails the test
// file, naming it: a CI that skipped those tests would be green for nothing. Elsewhere the tests
// that need it are skipped with a line saying what is missing. `npm run test:unit` leaves the
// programs out on purpose (MBO_TEST_PROGRAMS=none).
import { existsSync } from "fs";
import { CHROMIUM_PATH, chromiumAvailable } from "../../scripts/browser.cjs";
import { ssconvertAvailable } from "../../scripts/gnumeric.cjs";
import { sofficeMissing, writerMissing } from "../../scripts/libreoffice.cjs";
import { openpyxlAvailable } from "../../scripts/openpyxl.cjs";

/** Each program: "" when it can be run, else what is missing and where it comes from. */
const PROGRAMS = {
  chromium: () => (chromiumAvailable ? "" : `Chromium (${CHROMIUM_PATH}; Debian chromium)`),
  libreoffice: sofficeMissing,
  writer: writerMissing,
  gnumeric: () => (ssconvertAvailable() ? "" : "Gnumeric's ssconvert (Debian gnumeric)"),
  openpyxl: () => (openpyxlAvailable() ? "" : "openpyxl (Debian python3-openpyxl)"),
};

export type Program = keyof typeof PROGRAMS;

const programsOff = process.env.MBO_TEST_PROGRAMS === "none";

function judged(missing: string): boolean {
  if (!missing) return true;
  if (process.env.CI) {
    throw new Error(
      `${missing} is missing. CI runs every test: install it (bash scripts/install-system-deps.sh).`
    );
  }
  console.warn(`SKIPPED: ${missing} is missing; the tests that need it do not run.`);
  return false;
}

/** Whether the tests that need this program run: true, false (skipped, said), or a throw in CI. */
export function hasProgram(program: Program): boolean {
  if (programsOff) return false;
  return judged(PROGRAMS[program]());
}

/** Whether the tests that need this file or folder run (`what` says what it is). */
export function hasFile(path: string, what: string): boolean {
  return judged(existsSync(path) ? "" : `${what} (${path})`);
}
