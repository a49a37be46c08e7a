// Memory while 취합 reads hundreds of workbooks: each is read, evaluated and let go, but V8 lets
// the garbage of many reads pile up before it collects (the process grew past 1 GB over 1,000
// workbooks whose results need a few MB). A full collection every so many files keeps the peak
// near what is live. The collector is reached the way jest-leak-detector reaches it: the
// --expose-gc flag set at run time, `gc` taken from a new context.
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

let collect: (() => void) | null = null;

/** A full garbage collection (a no-op where the collector cannot be reached). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
    collect = typeof gc === "function" ? (gc as () => void) : () => undefined;
  }
  collect();
}
