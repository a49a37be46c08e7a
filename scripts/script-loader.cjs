// The inline script that loads a page's bundles (taskpane.html, commands.html). Internet Explorer
// 11 (Trident) and EdgeHTML webviews get the ES5 bundles; any webview that fails the feature test
// gets polyfills-es5.js first. Current webviews download neither. The script itself is ES5.

/** Feature test: true where every built-in src/legacy/polyfills.ts provides is already there. */
const HAS_BUILT_INS = [
  "typeof Symbol === 'function'",
  "typeof Promise === 'function'",
  "typeof Map === 'function' && new Map([[1, 1]]).size === 1",
  "typeof Set === 'function' && new Set([1]).size === 1",
  "!!Array.from && !!Array.prototype.find && !!Array.prototype.findIndex",
  "!!Array.prototype.fill && !!Array.prototype.includes && !!Array.prototype.flatMap",
  "!!Object.values && !!Object.entries",
  "!!String.prototype.startsWith && !!String.prototype.endsWith",
  "!!String.prototype.includes && !!String.prototype.padStart",
  "!!Number.isFinite && !!Number.isInteger",
].join(" &&\n      ");

const LEGACY_WEBVIEW = /Trident\/|Edge\/\d/;

/**
 * @param {{ modern: string[], legacy: string[] }} bundles  script files for current webviews and
 *   for Trident/EdgeHTML (the same list when the bundle is ES5 for everyone)
 */
function scriptLoader(bundles) {
  return `(function () {
  var legacy = ${LEGACY_WEBVIEW}.test(navigator.userAgent);
  var scripts = legacy ? ${JSON.stringify(bundles.legacy)} : ${JSON.stringify(bundles.modern)};
  var hasBuiltIns = false;
  try {
    hasBuiltIns = ${HAS_BUILT_INS};
  } catch (error) {}
  if (!hasBuiltIns) scripts = ["polyfills-es5.js"].concat(scripts);
  for (var i = 0; i < scripts.length; i++) {
    var script = document.createElement("script");
    script.src = scripts[i];
    script.async = false;
    document.body.appendChild(script);
  }
})();`;
}

module.exports = { scriptLoader, LEGACY_WEBVIEW };
