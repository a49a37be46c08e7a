// Preloaded into the CLI (`node -r`) by the fault test: pauses the process at one exact point of
// writing the computed workbook, so that the test's SIGKILL lands there every time instead of by
// luck. MBO_PAUSE_AT: "write" (after a write to the temporary file), "fsync", "beforeRename", "afterRename".
// MBO_PAUSE_FILE: the target's file name; MBO_PAUSE_MARKER: written when paused.
const fs = require("fs");

const at = process.env.MBO_PAUSE_AT;
const target = process.env.MBO_PAUSE_FILE;
const marker = process.env.MBO_PAUSE_MARKER;
const isTemporary = (path) => String(path).includes(`.${target}.`) && String(path).endsWith(".tmp");
const fds = new Set();

function pause() {
  fs.writeFileSync(marker, String(process.pid));
  // Blocks this process (it is killed while waiting); the wait ends by itself after a minute.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

const { openSync, writeSync, fsyncSync, renameSync } = fs;
fs.openSync = (path, ...rest) => {
  const fd = openSync(path, ...rest);
  if (isTemporary(path)) fds.add(fd);
  return fd;
};
fs.writeSync = (fd, ...rest) => {
  const written = writeSync(fd, ...rest);
  if (at === "write" && fds.has(fd)) pause();
  return written;
};
fs.fsyncSync = (fd) => {
  fsyncSync(fd);
  if (at === "fsync" && fds.has(fd)) pause();
};
fs.renameSync = (from, to) => {
  if (at === "beforeRename" && isTemporary(from)) pause();
  renameSync(from, to);
  if (at === "afterRename" && isTemporary(from)) pause();
};
