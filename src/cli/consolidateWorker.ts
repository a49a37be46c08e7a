// A worker thread of 취합 (src/cli/consolidateFiles.ts): reads and evaluates the files it is given,
// one at a time, and sends back each department's results only.
import { parentPort, workerData } from "worker_threads";
import type { Lang } from "../core/format/schema";
import { GC_EVERY_FILES, evaluateFile } from "./consolidateFiles";
import { collectGarbage } from "./memory";

const { lang, thisYear } = workerData as { lang: Lang; thisYear: number };
let done = 0;

parentPort?.on("message", ({ index, file }: { index: number; file: string }) => {
  if (++done % GC_EVERY_FILES === 0) collectGarbage();
  evaluateFile(file, lang, thisYear).then(
    (entry) => parentPort?.postMessage({ index, entry }),
    (error: unknown) =>
      parentPort?.postMessage({
        index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
  );
});
