#!/usr/bin/env node
// Built by `npm run build:cli` (tsc) into build/cli.
require("../build/cli/index.js");
