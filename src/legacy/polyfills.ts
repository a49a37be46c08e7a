// The built-ins Internet Explorer 11 lacks that the engine, the Excel adapter and the plain pane
// use (src/legacy/polyfilled.d.ts lists them for the type check). Built as polyfills-es5.js, which
// the pages load only where a feature test fails (scripts/script-loader.cjs): current webviews
// never download it.
import "core-js/es/symbol";
import "core-js/es/promise";
import "core-js/es/map";
import "core-js/es/set";
import "core-js/es/array/from";
import "core-js/es/array/iterator";
import "core-js/es/string/iterator";
import "core-js/es/array/find";
import "core-js/es/array/find-index";
import "core-js/es/array/fill";
import "core-js/es/array/includes";
import "core-js/es/array/flat-map";
import "core-js/es/object/values";
import "core-js/es/object/entries";
import "core-js/es/string/starts-with";
import "core-js/es/string/ends-with";
import "core-js/es/string/includes";
import "core-js/es/string/pad-start";
import "core-js/es/number/is-finite";
import "core-js/es/number/is-integer";
