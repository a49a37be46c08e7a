import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";
import jest from "eslint-plugin-jest";

// The plugin's recommended block names the TypeScript parser through a default import that
// resolves to undefined with the installed parser, and its file pattern leaves out .tsx: both are
// set here so that the office-addins rules really run on every TypeScript file.
const officeBlock = officeAddins.configs.react.find((block) => block.files);

export default [
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", ".tmp/"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,cts,mts}"],
    plugins: officeBlock.plugins,
    rules: officeBlock.rules,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
  },
  {
    files: ["scripts/**", "bin/**", "*.js", "*.mjs", "test/**"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.jest } },
  },
  {
    // A focused test (.only) would pass CI for the tests it left out; an expect inside a branch
    // may never run (compare the observed and the wanted as data instead).
    files: ["test/**/*.ts"],
    plugins: { jest },
    rules: {
      "jest/no-focused-tests": "error",
      "jest/no-identical-title": "error",
      "jest/no-conditional-expect": "error",
    },
  },
  {
    files: ["**/*.tsx"],
    rules: { "react/react-in-jsx-scope": "off", "react/prop-types": "off" },
  },
  {
    files: ["**/*.{ts,tsx,cts,mts}"],
    // TypeScript checks names itself (types, globals from @types); ESLint's no-undef cannot.
    rules: { "no-undef": "off" },
  },
];
