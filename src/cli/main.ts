// mbo-eval: the evaluation on .xlsx files (PRODUCT.md "The two ways in", 2).
import { dirname, join, resolve } from "path";
import { parseArgs } from "util";
import { computeWorkbook } from "../core/year/compute";
import { readWorkbook } from "../core/format/read";
import { yearOf } from "../core/rules/time";
import { SAMPLE_2011 } from "../core/format/sample";
import {
  CONSOLIDATION_SHEETS,
  isInputSheet,
  sheetNameMatches,
  type Lang,
} from "../core/format/schema";
import { templateWrite } from "../core/format/template";
import { format, messagesFor } from "../i18n";
import { readSnapshot } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";
import { readConsolidationMonth } from "../core/committee/sheets";
import { isSummary } from "../core/report/summary";
import { Consolidator } from "../core/year/consolidate";
import { consolidationWrite } from "../core/sheets/consolidation";
import { CliError, EXIT, keepBackup, readInput, writeAtomically } from "./files";
import { evaluateFiles } from "./consolidateFiles";
import { load, loadInto } from "./load";
import { consolidationLines, problemLines, summaryLines } from "../outcome/lines";
import { isFatal } from "../core/format/problems";
import { describeDecision, importPlan } from "../core/import/plan";
import { importWrite } from "../core/import/workbook";
import { DocumentFileError } from "../documents/package";
import { documentErrorText, readPlanDocument } from "../documents/read";
import type { PlanDocument } from "../core/import/document";
import { existsSync } from "fs";
import { newYearWorkbook } from "../core/year/newYear";
import { newYearLines } from "../outcome/newYear";
import { isReportSheet, workbookReport } from "../core/report/workbookReport";
import { reportBytes } from "../report/docx";
import { refusalText } from "../outcome/report";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Local time text for 계산일시. */
  now: () => string;
}

/** What a command tells besides its lines: with --json, the fields of its one JSON object. */
type Fields = Record<string, unknown>;

/** A command's io: its lines, and the fields it reports for --json. */
interface CommandIo extends Io {
  report: (fields: Fields) => void;
}

interface Parsed {
  command: string;
  files: string[];
  options: {
    output?: string;
    lang?: string;
    year?: string;
    dept?: string;
    "as-of"?: string;
    sample?: boolean;
    json?: boolean;
    replace?: boolean;
    help?: boolean;
  };
}

const OPTIONS = {
  output: { type: "string", short: "o" },
  lang: { type: "string" },
  year: { type: "string" },
  dept: { type: "string" },
  "as-of": { type: "string" },
  sample: { type: "boolean" },
  json: { type: "boolean" },
  replace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The command line, read by Node's util.parseArgs; an unknown or incomplete option is bad usage. */
function parse(args: string[], badOption: (detail: string) => string): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command = "", ...files] = positionals;
    return { command, files, options: values };
  } catch (error) {
    // parseArgs names the option in its message ("Unknown option '--x'", "Option '-o, --output
    // <value>' argument missing"): that is what the user needs to see.
    const message = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    throw new CliError(EXIT.usage, badOption(option));
  }
}

/** The messages of the CLI itself: Korean unless the environment asks for English. */
function cliLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const tag = env.MBO_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(tag) ? "en" : "ko";
}

/** The sheets of a summary that consolidating again reads: what the committee typed. */
const isCommitteeSheet = (name: string) =>
  sheetNameMatches(CONSOLIDATION_SHEETS.settings, name) ||
  sheetNameMatches(CONSOLIDATION_SHEETS.qualitative, name);

/**
 * No command writes over a file it did not read as its input unless told to (PRODUCT.md "The two
 * ways in"): refused with exit 4, nothing written.
 */
function refuseToReplace(out: string, parsed: Parsed, lang: Lang): void {
  if (existsSync(out) && !parsed.options.replace)
    throw new CliError(
      EXIT.unwritable,
      format(messagesFor(lang).cli.exists, { detail: out }),
      "wouldReplace"
    );
}

/** Why a file cannot be written, in words (not Node's "ENOENT: … .out.xlsx.8632.tmp"). */
function writeFailure(error: unknown, path: string, lang: Lang): string {
  const text = messagesFor(lang).cli;
  const code = (error as { code?: string }).code;
  const reason =
    code === "ENOENT" || code === "ENOTDIR"
      ? format(text.folderMissing, { detail: dirname(resolve(path)) })
      : code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? format(text.noPermission, { detail: path })
        : code === "ENOSPC"
          ? format(text.diskFull, { detail: path })
          : code === "EBUSY"
            ? format(text.fileBusy, { detail: path })
            : error instanceof Error
              ? error.message
              : String(error);
  return format(text.cannotWrite, { detail: `${path} — ${reason}` });
}

function save(path: string, bytes: Uint8Array, lang: Lang): void {
  try {
    writeAtomically(path, bytes);
  } catch (error) {
    throw new CliError(EXIT.unwritable, writeFailure(error, path, lang));
  }
}

/** A command that writes a file it is told: -o is named when it is missing. */
function requiredOutput(parsed: Parsed, lang: Lang): string {
  const out = parsed.options.output;
  if (typeof out === "string" && out !== "") return out;
  throw new CliError(
    EXIT.usage,
    format(messagesFor(lang).cli.missingOutput, { command: parsed.command }),
    "usage"
  );
}

function month(flag: string | undefined, lang: Lang): number | undefined {
  if (flag === undefined) return undefined;
  // "6월" is how people write a month.
  const value = Number(flag.trim().replace(/월$/, ""));
  if (!Number.isInteger(value) || value < 1 || value > 12) {
    throw new CliError(
      EXIT.usage,
      format(messagesFor(lang).cli.badMonth, { detail: `--as-of ${flag}` }),
      "usage"
    );
  }
  return value;
}

async function template(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const out = requiredOutput(parsed, lang);
  const sheetLang = parsed.options.lang ?? "ko";
  if (sheetLang !== "ko" && sheetLang !== "en") {
    throw new CliError(
      EXIT.usage,
      format(messagesFor(lang).cli.badOption, { detail: `--lang ${sheetLang} (ko, en)` }),
      "usage"
    );
  }
  // The sample is the 2011 plan of 민원봉사과 as the seed document has it: another year or
  // department would make it a plan nobody wrote, so asking for one is refused, not ignored.
  const { year: askedYear, dept: askedDept } = parsed.options;
  if (
    parsed.options.sample &&
    ((askedYear !== undefined && Number(askedYear) !== SAMPLE_2011.year) ||
      (askedDept !== undefined && askedDept !== SAMPLE_2011.department))
  ) {
    throw new CliError(EXIT.usage, messagesFor(lang).cli.sampleIsFixed, "sampleIsFixed");
  }
  const year =
    parsed.options.year === undefined ? new Date().getFullYear() : Number(parsed.options.year);
  if (!Number.isInteger(year))
    throw new CliError(EXIT.usage, format(messagesFor(lang).cli.badOption, { detail: "--year" }));
  refuseToReplace(out, parsed, lang);
  const write = templateWrite({
    lang: sheetLang,
    year,
    department: parsed.options.dept ?? "",
    sample: parsed.options.sample ? SAMPLE_2011 : undefined,
  });
  save(out, await writeWorkbook(null, write), lang);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  io.report({ output: out });
  return EXIT.ok;
}

async function compute(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const text = messagesFor(lang).cli;
  const asOfMonth = month(parsed.options["as-of"], lang);
  const { bytes, made: outcome } = await loadInto(input, lang, undefined, (snapshot) =>
    computeWorkbook(snapshot, { asOfMonth, computedAt: io.now() })
  );
  if (!outcome.ok) {
    const fatal = outcome.problems.filter(isFatal);
    io.report({ problems: fatal });
    throw new CliError(
      EXIT.unreadable,
      [...problemLines(fatal, lang), text.nothingWritten].join("\n"),
      "cannotCompute"
    );
  }
  const out = parsed.options.output ?? input;
  const inPlace = resolve(out) === resolve(input);
  if (!inPlace) refuseToReplace(out, parsed, lang);
  const written = await writeWorkbook(bytes, outcome.write);
  const backup = inPlace ? keepBackup(input) : null;
  save(out, written, lang);
  summaryLines(outcome.evaluation, lang, outcome.year).forEach(io.out);
  problemLines(outcome.problems, lang).forEach(io.out);
  io.out(format(text.written, { detail: out }));
  if (backup) io.out(format(text.backup, { detail: backup }));
  io.report({
    output: out,
    backup,
    asOfMonth: outcome.evaluation.asOfMonth,
    score: outcome.evaluation.department.score,
    grade: outcome.evaluation.department.grade,
    provisional: outcome.evaluation.provisional,
    year: outcome.year,
    problems: outcome.problems,
  });
  return EXIT.ok;
}

async function check(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const { snapshot } = await load(input, lang);
  const read = readWorkbook(snapshot, yearOf(io.now()));
  problemLines(read.problems, lang).forEach(io.out);
  io.report({ ok: read.ok, problems: read.problems });
  return read.problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.ok;
}

async function demo(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  // demo's own default name is rewritten each time; a file named with -o is not.
  if (parsed.options.output !== undefined) refuseToReplace(parsed.options.output, parsed, lang);
  const out = parsed.options.output ?? "mbo-eval-demo.xlsx";
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
  io.report({
    output: out,
    score: outcome.evaluation.department.score,
    grade: outcome.evaluation.department.grade,
  });
  return EXIT.ok;
}

async function consolidateCommand(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  if (parsed.files.length === 0)
    throw new CliError(EXIT.usage, messagesFor(lang).cli.help.consolidate);
  const out = requiredOutput(parsed, lang);
  // An existing summary is updated in place: what the committee typed in it is read first (and
  // a summary that cannot be read stops here, before anything is written).
  let existing = existsSync(out) ? await load(out, lang, isCommitteeSheet) : null;
  // Only a summary is updated in place; any other file is replaced only with --replace.
  if (existing && !isSummary(existing.snapshot)) {
    refuseToReplace(out, parsed, lang);
    existing = null;
  }
  const thisYear = yearOf(io.now());
  const consolidator = new Consolidator(lang, thisYear);
  const files = parsed.files.filter((file) => resolve(file) !== resolve(out));
  for (const entry of await evaluateFiles(files, lang, thisYear)) {
    consolidator.include(entry);
  }
  // 취합설정's 기준월 (a month it cannot use is among the committee's problems below).
  const month = readConsolidationMonth(existing?.snapshot ?? null, []);
  const consolidation = consolidator.finish(month);
  const write = consolidationWrite(consolidation, lang, io.now(), existing?.snapshot ?? null);
  const bytes = await writeWorkbook(existing?.bytes ?? null, write);
  const backup = existing ? keepBackup(out) : null;
  save(out, bytes, lang);
  consolidationLines(consolidation, lang, write.committee).forEach(io.out);
  const { problems } = write.committee;
  if (problems.length) problemLines(problems, lang).forEach(io.out);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  if (backup) io.out(format(messagesFor(lang).cli.backup, { detail: backup }));
  io.report({
    output: out,
    backup,
    departments: consolidation.departments.map((d) => ({
      file: d.file,
      department: d.department,
      score: d.score,
      grade: d.grade,
      flags: d.flags,
      duplicateFiles: d.duplicateFiles,
    })),
    asOfMonth: consolidation.asOfMonth,
    skipped: consolidation.skipped,
    problems,
  });
  // A script must be able to tell that a file was left out (PRODUCT.md "Consolidation").
  return consolidation.skipped.length ? EXIT.problems : EXIT.ok;
}

/** A plan document file, or why it cannot be read, in words. */
async function readDocument(path: string, lang: Lang): Promise<PlanDocument> {
  const bytes = readInput(path, format(messagesFor(lang).cli.noSuchFile, { detail: path }));
  try {
    return await readPlanDocument(bytes);
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    throw new CliError(EXIT.unreadable, documentErrorText(error, path, lang), error.reason);
  }
}

/**
 * 계획서 가져오기: a plan document → a workbook with 설정, 목표 and 월별실적's KPI rows. An existing
 * workbook with goals is replaced only with --replace; its other sheets stay.
 */
async function importCommand(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const text = messagesFor(lang).cli;
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, text.usage);
  const imported = importPlan(await readDocument(input, lang), "ko", yearOf(io.now()));
  if (!imported.ok) {
    throw new CliError(
      EXIT.unreadable,
      imported.failure.code === "noGoalsTable"
        ? format(text.importNoGoalsTable, { detail: input })
        : format(text.importMissingHeaders, {
            detail: imported.failure.detail,
            table: imported.failure.table,
          }),
      imported.failure.code
    );
  }
  const out = parsed.options.output ?? input.replace(/\.[^./\\]*$/, "") + ".xlsx";
  let base: Uint8Array | null = null;
  if (existsSync(out)) {
    const existing = await load(out, lang);
    const read = readWorkbook(existing.snapshot, yearOf(io.now()));
    if (read.ok && read.plan.kpis.length > 0 && !parsed.options.replace) {
      throw new CliError(
        EXIT.unwritable,
        format(text.importWouldReplace, { detail: out }),
        "wouldReplace"
      );
    }
    base = existing.bytes;
  }
  const { plan, decisions } = imported;
  save(out, await writeWorkbook(base, importWrite(plan, "ko")), lang);
  const described = decisions.map((d) => ({ ...d, text: describeDecision(d, lang) }));
  io.report({ output: out, plan, decisions: described });
  io.out(
    format(text.imported, {
      year: plan.year,
      department: plan.department || "-",
      tasks: new Set(plan.goals.map((g) => g.taskNo)).size,
      kpis: plan.goals.length,
    })
  );
  if (described.length > 0) {
    io.out(format(text.decisionsTitle, { count: described.length }));
    for (const d of described) io.out(`  ? ${d.taskNo ? `[${d.taskNo}] ` : ""}${d.text}`);
  }
  io.out(format(text.written, { detail: out }));
  return EXIT.ok;
}

/**
 * 새해 양식: next year's workbook from this one, written to another file (the department and the
 * new year by default, beside the original); the original is never written.
 */
async function newYear(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const text = messagesFor(lang).newYear;
  // Next year's workbook is made from the input sheets; 결과, 이력 and the metadata are dropped.
  const { bytes, made: outcome } = await loadInto(input, lang, isInputSheet, (snapshot) =>
    newYearWorkbook(snapshot, yearOf(io.now()))
  );
  if (!outcome.ok) {
    io.report({ problems: outcome.problems });
    throw new CliError(
      EXIT.unreadable,
      [...problemLines(outcome.problems, lang), messagesFor(lang).cli.nothingWritten].join("\n"),
      "cannotRead"
    );
  }
  const out = parsed.options.output ?? join(dirname(input), outcome.fileName);
  if (resolve(out) === resolve(input)) throw new CliError(EXIT.usage, text.sameFile, "sameFile");
  refuseToReplace(out, parsed, lang);
  save(out, await writeWorkbook(bytes, outcome.write), lang);
  newYearLines(outcome, lang).forEach(io.out);
  problemLines(outcome.problems, lang).forEach(io.out);
  io.out(format(messagesFor(lang).cli.written, { detail: out }));
  io.report({
    output: out,
    year: outcome.year,
    department: outcome.department,
    carried: outcome.carried,
    problems: outcome.problems,
  });
  return EXIT.ok;
}

/**
 * 결과보고서: a Word document from a computed department workbook or a 취합 summary (beside it,
 * named after it, by default); a workbook not computed or changed since is refused with why.
 */
async function report(parsed: Parsed, lang: Lang, io: CommandIo): Promise<number> {
  const [input] = parsed.files;
  if (!input) throw new CliError(EXIT.usage, messagesFor(lang).cli.usage);
  const { made: outcome } = await loadInto(input, lang, isReportSheet, (snapshot) =>
    workbookReport(snapshot, yearOf(io.now()))
  );
  if (!outcome.ok) {
    io.report({ reason: outcome.reason });
    throw new CliError(EXIT.problems, refusalText(outcome.reason, input, lang), outcome.reason);
  }
  const text = messagesFor(outcome.document.lang).report;
  const out = parsed.options.output ?? input.replace(/\.xlsx$/i, "") + text.fileSuffix;
  refuseToReplace(out, parsed, lang);
  save(out, await reportBytes(outcome.document), lang);
  io.out(outcome.document.title);
  io.out(format(messagesFor(lang).report.written, { detail: out }));
  io.report({ output: out, title: outcome.document.title, provisional: outcome.provisional });
  return EXIT.ok;
}

const COMMANDS: Record<string, (parsed: Parsed, lang: Lang, io: CommandIo) => Promise<number>> = {
  template,
  compute,
  check,
  demo,
  consolidate: consolidateCommand,
  import: importCommand,
  "new-year": newYear,
  report,
};

/** Lines and fields collected for --json's one object, instead of being printed. */
function jsonIo(io: Io) {
  const messages: string[] = [];
  let fields: Fields = {};
  const commandIo: CommandIo = {
    out: (line) => messages.push(line),
    err: (line) => messages.push(line),
    now: io.now,
    report: (more) => (fields = { ...fields, ...more }),
  };
  const print = (object: Fields) => io.out(JSON.stringify(object, null, 2));
  return {
    commandIo,
    done: (code: number) => print({ ok: code === EXIT.ok, ...fields, messages }),
    failed: (error: CliError) =>
      print({ ok: false, ...fields, error: { code: error.code, message: error.message } }),
  };
}

export async function main(args: string[], io: Io, lang: Lang = cliLanguage()): Promise<number> {
  const text = messagesFor(lang).cli;
  // Known before the options are read, so that a bad option is answered in JSON too.
  const json = args.includes("--json");
  const collected = json ? jsonIo(io) : null;
  const commandIo: CommandIo = collected?.commandIo ?? { ...io, report: () => undefined };
  try {
    const parsed = parse(args, (detail) => format(text.badOption, { detail }));
    if (parsed.options.help) {
      // A command's own help; the whole usage without one.
      const help = text.help as Record<string, string>;
      io.out(
        Object.prototype.hasOwnProperty.call(help, parsed.command)
          ? help[parsed.command]
          : text.usage
      );
      return EXIT.ok;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, parsed.command)
      ? COMMANDS[parsed.command]
      : undefined;
    if (command === undefined) throw new CliError(EXIT.usage, text.usage);
    const code = await command(parsed, lang, commandIo);
    collected?.done(code);
    return code;
  } catch (error) {
    if (error instanceof CliError) {
      if (collected) collected.failed(error);
      else io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
