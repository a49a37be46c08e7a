// A script (itself ES5) that takes a JavaScript environment down to the built-ins Internet Explorer
// 11 has: run first in a Node vm context or, by addInitScript, in Chromium. Whole constructors IE11
// lacks go, and so do the iterable Map and Set (IE11's ignore their argument and have no iterator:
// deleting them is the stricter stand-in); so do the newer methods of the built-ins it has.

const REMOVED_GLOBALS = [
  "Promise",
  "Symbol",
  "Map",
  "Set",
  "Reflect",
  "Proxy",
  "fetch",
  "globalThis",
  "queueMicrotask",
  "structuredClone",
  "TextEncoder",
  "TextDecoder",
  "WeakRef",
  "FinalizationRegistry",
  "BigInt",
  "AggregateError",
];

const REMOVED_MEMBERS: Record<string, string[]> = {
  Array: ["from", "of"],
  "Array.prototype": [
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "fill",
    "includes",
    "flat",
    "flatMap",
    "copyWithin",
    "entries",
    "keys",
    "values",
    "at",
  ],
  Object: [
    "assign",
    "entries",
    "values",
    "fromEntries",
    "getOwnPropertySymbols",
    "getOwnPropertyDescriptors",
    "is",
    "hasOwn",
  ],
  "String.prototype": [
    "includes",
    "startsWith",
    "endsWith",
    "padStart",
    "padEnd",
    "repeat",
    "normalize",
    "codePointAt",
    "trimStart",
    "trimEnd",
    "at",
    "replaceAll",
    "matchAll",
  ],
  String: ["fromCodePoint", "raw"],
  Number: ["isFinite", "isNaN", "isInteger", "isSafeInteger", "parseFloat", "parseInt"],
  Math: ["trunc", "sign", "log10", "log2", "cbrt", "hypot", "expm1", "log1p", "fround", "clz32"],
};

/** DOM methods IE11 does not have, removed in the browser as well. */
const REMOVED_DOM_MEMBERS: Record<string, string[]> = {
  "Element.prototype": [
    "append",
    "prepend",
    "replaceChildren",
    "replaceWith",
    "before",
    "after",
    "closest",
    "toggleAttribute",
    "remove",
  ],
  "CharacterData.prototype": ["remove", "before", "after", "replaceWith"],
  "NodeList.prototype": ["forEach"],
};

function script(members: Record<string, string[]>, globals: string[]): string {
  return `(function (scope) {
  var globals = ${JSON.stringify(globals)};
  for (var i = 0; i < globals.length; i++) {
    try { delete scope[globals[i]]; } catch (e) {}
    if (typeof scope[globals[i]] !== "undefined") scope[globals[i]] = undefined;
  }
  var members = ${JSON.stringify(members)};
  for (var owner in members) {
    var path = owner.split(".");
    var target = scope;
    for (var j = 0; j < path.length && target; j++) target = target[path[j]];
    if (!target) continue;
    for (var k = 0; k < members[owner].length; k++) {
      try { delete target[members[owner][k]]; } catch (e) {}
    }
  }
})(this);`;
}

/** For a Node vm context (the JavaScript built-ins only). */
export const STRIP_TO_IE11 = script(REMOVED_MEMBERS, REMOVED_GLOBALS);

/** What Playwright's page.evaluate itself calls in the page; the vm run removes these too. */
const KEPT_FOR_PLAYWRIGHT = ["globalThis", "Object.is"];

const kept = (owner: string) => (name: string) =>
  !KEPT_FOR_PLAYWRIGHT.includes(owner ? `${owner}.${name}` : name);

/** For a browser page: the JavaScript built-ins and the DOM methods IE11 lacks. */
export const STRIP_BROWSER_TO_IE11 = script(
  Object.fromEntries(
    Object.entries({ ...REMOVED_MEMBERS, ...REMOVED_DOM_MEMBERS }).map(([owner, names]) => [
      owner,
      names.filter(kept(owner)),
    ])
  ),
  REMOVED_GLOBALS.filter(kept(""))
);

/** What Office's IE11 webview sends. */
export const IE11_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** Every removed name, for the test that checks the strip worked. */
export const REMOVED = { globals: REMOVED_GLOBALS, members: REMOVED_MEMBERS };
