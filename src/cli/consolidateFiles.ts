// 취합's reading and evaluating of many workbooks. Each is read, evaluated with its own settings
// and let go; only its results are kept. With many files the work is shared among worker threads,
// one per core (reading a workbook is CPU-bound: the .xlsx library's XML parsing), and the results
// are taken in the order the files were given, so the summary is the same either way.
import { availableParallelism } from "os";
import { basename, join } from "path";
import { Worker } from "worker_threads";
import { evaluateDepartment, type Evaluated, type Skipped } from "../core/year/consolidate";
import type { Lang } from "../core/format/schema";
import { CliError } from "./files";
import { load } from "./load";
import { collectGarbage } from "./memory";

/** 취합 collects garbage after this many workbooks in a thread (src/cli/memory.ts). */
export const GC_EVERY_FILES = 25;
/** Below this many files a thread's start (loading the .xlsx library again) is not worth it. */
const FILES_PER_THREAD_AT_LEAST = 8;
/** Threads at most: each holds one workbook's model at a time (about 100 MB at the largest). */
const MOST_THREADS = 4;

export type Entry = Evaluated | Skipped;

/** One file read and evaluated; a file that cannot be read is skipped with why. */
export async function evaluateFile(file: string, lang: Lang, thisYear: number): Promise<Entry> {
  try {
    return evaluateDepartment(basename(file), (await load(file, lang)).snapshot, lang, thisYear);
  } catch (error) {
    // A file that cannot be read is reported by name and skipped; the others go on.
    if (!(error instanceof CliError)) throw error;
    return { file: basename(file), reason: error.message };
  }
}

/**
 * How many worker threads read `fileCount` files (below 2: none, they are read here). The worker is
 * the compiled CLI's own file: run from TypeScript sources (the tests' in-process CLI) there is none.
 */
export function threadsFor(fileCount: number): number {
  if (!__filename.endsWith(".js")) return 1;
  return Math.min(
    MOST_THREADS,
    availableParallelism(),
    Math.floor(fileCount / FILES_PER_THREAD_AT_LEAST)
  );
}

/** Every file's entry, in the order of `files`. */
export async function evaluateFiles(
  files: string[],
  lang: Lang,
  thisYear: number
): Promise<Entry[]> {
  const threads = threadsFor(files.length);
  if (threads < 2) {
    const entries: Entry[] = [];
    for (const [index, file] of files.entries()) {
      if (index > 0 && index % GC_EVERY_FILES === 0) collectGarbage();
      entries.push(await evaluateFile(file, lang, thisYear));
    }
    return entries;
  }
  return inThreads(join(__dirname, "consolidateWorker.js"), files, lang, thisYear, threads);
}

/**
 * The files handed out one at a time to `threads` workers as each finishes its last. A failure
 * (a fault in our code, not an unreadable file) stops every worker, so the command ends.
 */
async function inThreads(
  script: string,
  files: string[],
  lang: Lang,
  thisYear: number,
  threads: number
): Promise<Entry[]> {
  const entries: Entry[] = new Array(files.length);
  const workers: Worker[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(script, { workerData: { lang, thisYear } });
      workers.push(worker);
      const give = () => {
        if (next < files.length) {
          const index = next++;
          worker.postMessage({ index, file: files[index] });
        } else void worker.terminate().then(() => done());
      };
      worker.on("message", (message: { index: number; entry?: Entry; error?: string }) => {
        if (message.error !== undefined) fail(new Error(message.error));
        else {
          entries[message.index] = message.entry as Entry;
          give();
        }
      });
      worker.on("error", fail);
      give();
    });
  try {
    await Promise.all(Array.from({ length: threads }, run));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
  return entries;
}
