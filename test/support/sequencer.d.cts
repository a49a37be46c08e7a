/** The test files that open a build, in the order they should start. */
export const NEEDS_BUILD: string[];
