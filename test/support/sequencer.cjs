// The order jest runs the test files in: its own (failed first, then slowest first by the last
// run's times, or largest first on a fresh clone), except that the files that open the production
// build come last, the slowest of them (the pane) first. The build is started when the run starts
// (test/support/global-setup.ts) and is ready by the time they begin, instead of both of jest's
// workers waiting for it at the start.
const Sequencer = require("@jest/test-sequencer").default;
const { sep } = require("path");

/** The test files that open a build, in the order they should start. */
const NEEDS_BUILD = [
  "test/taskpane/pane.test.ts",
  "test/build/dist.test.ts",
  "test/legacy/ie11.test.ts",
  "test/page/page.test.ts",
];

const buildIndex = (path) =>
  NEEDS_BUILD.findIndex((file) => path.endsWith(file.split("/").join(sep)));

class BuildLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const others = sorted.filter((test) => buildIndex(test.path) < 0);
    const builds = sorted
      .filter((test) => buildIndex(test.path) >= 0)
      .sort((a, b) => buildIndex(a.path) - buildIndex(b.path));
    return [...others, ...builds];
  }
}

module.exports = BuildLastSequencer;
module.exports.NEEDS_BUILD = NEEDS_BUILD;
