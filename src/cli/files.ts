// Files for the CLI: reading with a clear reason for each kind of failure, and writing atomically
// (a temporary file beside the target, flushed, then renamed over it), so that a target is either
// the old file or the complete new one, never half-written.
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "fs";
import { basename, dirname, extname, join } from "path";

export const EXIT = { ok: 0, problems: 1, usage: 2, unreadable: 3, unwritable: 4 } as const;

const EXIT_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(EXIT).map(([name, code]) => [code, name])
);

export class CliError extends Error {
  /** What went wrong, as a word for --json ("usage", "unreadable", "noGoalsTable" …). */
  readonly code: string;

  constructor(
    readonly exitCode: number,
    message: string,
    code?: string
  ) {
    super(message);
    this.code = code ?? EXIT_NAMES[exitCode] ?? "error";
  }
}

export function readInput(path: string, noSuchFile: string): Uint8Array {
  if (!existsSync(path)) throw new CliError(EXIT.unreadable, noSuchFile, "noSuchFile");
  return readFileSync(path);
}

export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, "w");
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** "plan.xlsx" → "plan.bak.xlsx": the original before an in-place Compute. */
function backupPath(path: string): string {
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)}.bak${extension}`);
}

/** The backup is written like any target: a run killed while copying leaves no half backup. */
export function keepBackup(path: string): string {
  const backup = backupPath(path);
  writeAtomically(backup, readFileSync(path));
  return backup;
}
