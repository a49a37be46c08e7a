// A process's own peak memory, in KB. On Linux, getrusage's maxRSS (process.resourceUsage())
// carries over the parent's peak when the child was forked from it: a test runner holding 300 MB
// makes every child look 300 MB large. /proc/self/status's VmHWM is the peak of this process's
// own memory since it started; elsewhere maxRSS is what there is.
const { readFileSync } = require("fs");

function peakMemoryKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

exports.peakMemoryKb = peakMemoryKb;
