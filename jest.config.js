/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["**/*.test.ts"],
  // Builds and browsers share two cores: keep the workers few.
  maxWorkers: 2,
  // One production build per run, shared by the files that need it (test/support/build.ts).
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  // ... and the files that open it run last, when it is ready.
  testSequencer: "<rootDir>/test/support/sequencer.cjs",
};
