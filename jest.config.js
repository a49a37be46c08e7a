/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["**/*.test.ts"],
  // Builds and browsers share two cores: keep the workers few.
  maxWorkers: 2,
  // One time limit for every test and hook, sized from what the work measures: the slowest test
  // takes 34 s on an idle machine and 232 s with a second test run beside it (the CLI killed at
  // every moment of an L workbook's Compute). Ten minutes leaves room for both and still ends a
  // test that hangs. The hooks that wait for the shared production build (about 4 minutes beside
  // a second run) have fifteen.
  testTimeout: 600_000,
  // One production build per run, shared by the files that need it (test/support/build.ts).
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  // ... and the files that open it run last, when it is ready.
  testSequencer: "<rootDir>/test/support/sequencer.cjs",
};
