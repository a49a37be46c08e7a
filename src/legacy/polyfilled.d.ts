// What src/legacy/polyfills.ts adds to Internet Explorer 11, for the ES5 build's type check
// (tsconfig.es5.json): that build sees ES5 and these, so code using any other newer built-in fails
// to compile instead of failing in IE11. Map, Set, Symbol, Promise and iteration come from the
// ES2015 lib files tsconfig.es5.json names; Array.from from ES2015.Iterable.

interface ReadonlyArray<T> {
  find<S extends T>(
    predicate: (value: T, index: number, obj: readonly T[]) => value is S
  ): S | undefined;
  find(predicate: (value: T, index: number, obj: readonly T[]) => unknown): T | undefined;
  findIndex(predicate: (value: T, index: number, obj: readonly T[]) => unknown): number;
  includes(searchElement: T, fromIndex?: number): boolean;
  flatMap<U>(callback: (value: T, index: number, array: T[]) => U | ReadonlyArray<U>): U[];
}

interface Array<T> {
  find<S extends T>(predicate: (value: T, index: number, obj: T[]) => value is S): S | undefined;
  find(predicate: (value: T, index: number, obj: T[]) => unknown): T | undefined;
  findIndex(predicate: (value: T, index: number, obj: T[]) => unknown): number;
  fill(value: T, start?: number, end?: number): this;
  includes(searchElement: T, fromIndex?: number): boolean;
  flatMap<U>(callback: (value: T, index: number, array: T[]) => U | ReadonlyArray<U>): U[];
}

interface ObjectConstructor {
  values<T>(o: { [s: string]: T } | ArrayLike<T>): T[];
  entries<T>(o: { [s: string]: T } | ArrayLike<T>): [string, T][];
  /** Native in IE11. */
  setPrototypeOf(o: object, proto: object | null): object;
}

interface String {
  startsWith(searchString: string, position?: number): boolean;
  endsWith(searchString: string, endPosition?: number): boolean;
  includes(searchString: string, position?: number): boolean;
  padStart(maxLength: number, fillString?: string): string;
}

interface NumberConstructor {
  isFinite(number: unknown): boolean;
  isInteger(number: unknown): boolean;
}
