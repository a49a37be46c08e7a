// The harness's own Map, Set and TextEncoder, taken when it loads. The IE11 test deletes the page's Map and
// Set after the harness has loaded; the double (standing in for Office.js, which brings its own)
// keeps iterating its native Maps while the page runs on the polyfilled ones.
const scope = globalThis as unknown as {
  Map: MapConstructor;
  Set: SetConstructor;
  TextEncoder: typeof TextEncoder;
};
export const NativeMap = scope.Map;
export const NativeSet = scope.Set;
export const NativeTextEncoder = scope.TextEncoder;
