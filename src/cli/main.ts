// mbo-eval: the evaluation on .xlsx files (PRODUCT.md "The two ways in", 2).
import { resolve } from "path";
import { computeWorkbook } from "../core/compute";
import { readWorkbook } from "../core/read";
import { SAMPLE_2011 } from "../core/sample";
import type { Lang } from "../core/schema";
import { templateWrite } from "../core/template";
import { format, messagesFor } from "../i18n";
import { WorkbookFileError } from "../xlsx/open";
import { readSnapshot } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";
import { basename } from "path";
import { consolidate, consolidationWrite } from "../core/consolidate";
import type { WorkbookSnapshot } from "../core/workbook";
import { CliError, EXIT, keepBackup, readInput, writeAtomically } from "./files";
import { checkUnpackedSizes } from "./unpack";
import { consolidationLines, problemLines, summaryLines } from "./summary";
import { isFatal } from "../core/problems";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Local time text for 계산일시. */
  now: () => string;
}

interface Parsed {
  command: string;
  files: string[];
  flags: Record<string, string | true>;
}

const VALUE_FLAGS = new Set(["-o", "--lang", "--year", "--dept", "--as-of"]);
const BOOLEAN_FLAGS = new Set(["--sample", "--json", "--help", "-h"]);

function parse(args: string[], badOption: (detail: string) => string): Parsed {
  const [command = "", ...rest] = args;
  const files: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (VALUE_FLAGS.has(arg)) {
      const value = rest[++i];
      if (value === undefined) throw new CliError(EXIT.usage, badOption(arg));
      flags[arg] = value;
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags[arg] = true;
    } else if (arg.startsWith("-")) {
      throw new CliError(EXIT.usage, badOption(arg));
    } else {
      files.push(arg);
    }
  }
  return { command, files, flags };
}

/** The messages of the CLI itself: Korean unless the environment asks for English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const tag = env.MBO_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(tag) ? "en" : "ko";
}

async function load(path: string, lang: Lang) {
  const text = messagesFor(lang).cli;
  const bytes = readInput(path, format(text.noSuchFile, { detail: path }));
  try {
    checkUnpackedSizes(bytes);
    return { bytes, snapshot: await readSnapshot(bytes) };
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      throw new CliError(EXIT.unreadable, format(text[error.reason], { detail: path }));
    }
    throw error;
  }
}

function save(path: string, bytes: Uint8Array, lang: Lang): void {
  try {
    writeAtomically(path, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      EXIT.unwritable,
      format(messagesFor(lang).cli.cannotWrite, { detail: `${path} (${reason})` })
    );
  }
}

function month(flag: string | true | undefined, lang: Lang): number | undefined {
  if (flag === undefined) return undefined;
  const value = Number(flag);
  if (!Number.isInteger(value) || value < 1 || value > 12) {
    throw new CliError(
      EXIT.usage,
      format(messagesFor(lang).cli.badOption, { detail: `--as-of ${flag}` })
    );
  }
  return value;
}

async function template(parsed: Parsed, lang: Lang, io: Io): Promise<number> {
  const out = parsed.flags["-o"];
  const sheetLang = parsed.flags["--lang"] ?? "ko";
  if (typeof out !== "string" || (sheetLang !== "ko" && sheetLang !== "en")) {
    throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  }
  const year =
    parsed.flags["--year"] === undefined
      ? new Date().getFullYear()
      : Number(parsed.flags["--year"]);
  if (!Number.isInteger(year))
    throw new CliError(EXIT.usage, format(messagesFor(lang).cli.badOption, { detail: "--year" }));
  const write = templateWrite({
    lang: sheetLang,
    year,
    department: typeof parsed.flags["--dept"] === "string" ? parsed.flags["--dept"] : "",
    sample: parsed.flags["--sample"] ? SAMPLE_2011 : undefined,
  });
  save(out, await writeWorkbook(null, write), lang);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  return EXIT.ok;
}

async function compute(parsed: Parsed, lang: Lang, io: Io): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const text = messagesFor(lang).cli;
  const asOfMonth = month(parsed.flags["--as-of"], lang);
  const { bytes, snapshot } = await load(input, lang);
  const outcome = computeWorkbook(snapshot, {
    asOfMonth,
    computedAt: io.now(),
  });
  if (!outcome.ok) {
    problemLines(outcome.problems.filter(isFatal), lang).forEach(io.err);
    io.err(text.nothingWritten);
    return EXIT.unreadable;
  }
  const out = typeof parsed.flags["-o"] === "string" ? parsed.flags["-o"] : input;
  const written = await writeWorkbook(bytes, outcome.write);
  const inPlace = resolve(out) === resolve(input);
  const backup = inPlace ? keepBackup(input) : null;
  save(out, written, lang);
  summaryLines(outcome.evaluation, lang).forEach(io.out);
  problemLines(outcome.problems, lang).forEach(io.out);
  io.out(format(text.written, { detail: out }));
  if (backup) io.out(format(text.backup, { detail: backup }));
  return EXIT.ok;
}

async function check(parsed: Parsed, lang: Lang, io: Io): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const { snapshot } = await load(input, lang);
  const read = readWorkbook(snapshot);
  if (parsed.flags["--json"]) {
    io.out(JSON.stringify({ ok: read.ok, problems: read.problems }, null, 2));
  } else {
    problemLines(read.problems, lang).forEach(io.out);
  }
  return read.problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.ok;
}

async function demo(parsed: Parsed, lang: Lang, io: Io): Promise<number> {
  const out = typeof parsed.flags["-o"] === "string" ? parsed.flags["-o"] : "mbo-eval-demo.xlsx";
  const templateBytes = await writeWorkbook(
    null,
    templateWrite({ lang: "ko", year: 2011, department: "", sample: SAMPLE_2011 })
  );
  const snapshot = await readSnapshot(templateBytes);
  const outcome = computeWorkbook(snapshot, { computedAt: io.now() });
  if (!outcome.ok) throw new Error("the built-in sample could not be computed");
  save(out, await writeWorkbook(templateBytes, outcome.write), lang);
  summaryLines(outcome.evaluation, lang).forEach(io.out);
  problemLines(outcome.problems, lang).forEach(io.out);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  return EXIT.ok;
}

async function consolidateCommand(parsed: Parsed, lang: Lang, io: Io): Promise<number> {
  const out = parsed.flags["-o"];
  if (parsed.files.length === 0 || typeof out !== "string") {
    throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  }
  const files: { file: string; snapshot: WorkbookSnapshot }[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const file of parsed.files) {
    try {
      files.push({ file: basename(file), snapshot: (await load(file, lang)).snapshot });
    } catch (error) {
      // A file that cannot be read is reported by name and skipped; the others go on.
      if (!(error instanceof CliError)) throw error;
      unreadable.push({ file: basename(file), reason: error.message });
    }
  }
  const consolidation = consolidate(files, unreadable, lang);
  save(out, await writeWorkbook(null, consolidationWrite(consolidation, lang, io.now())), lang);
  consolidationLines(consolidation, lang).forEach(io.out);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  return EXIT.ok;
}

const COMMANDS: Record<string, (parsed: Parsed, lang: Lang, io: Io) => Promise<number>> = {
  template,
  compute,
  check,
  demo,
  consolidate: consolidateCommand,
};

export async function main(args: string[], io: Io, lang: Lang = cliLanguage()): Promise<number> {
  const text = messagesFor(lang).cli;
  try {
    const parsed = parse(args, (detail) => format(text.badOption, { detail }));
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, parsed.command)
      ? COMMANDS[parsed.command]
      : undefined;
    if (command === undefined) {
      io.err(text.usage);
      return EXIT.usage;
    }
    if (parsed.flags["--help"] || parsed.flags["-h"]) {
      io.out(text.usage);
      return EXIT.ok;
    }
    return await command(parsed, lang, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
