// A part's XML built piece by piece and kept as UTF-8 bytes a megabyte at a time, so a sheet of
// 50,000 rows never stands as one string (two bytes a character once it holds Hangul) beside the
// list of its pieces: what a compute of such a workbook peaked on (issue 28). Also the byte
// search the patcher finds a sheet's rows with: markup is ASCII, so it is found in the UTF-8 bytes
// themselves and only the rows that change are decoded.
const encoder = new TextEncoder();

/** Characters gathered before they are encoded. */
const CHUNK_CHARACTERS = 1 << 20;

export class Utf8Parts {
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly chunks: Uint8Array[] = [];
  private byteLength = 0;

  add(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK_CHARACTERS) this.flush();
  }

  /** Bytes already UTF-8 (a span of the part being patched), kept as a view, not copied. */
  addBytes(bytes: Uint8Array): void {
    this.flush();
    this.chunks.push(bytes);
    this.byteLength += bytes.length;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = encoder.encode(this.pending.join(""));
    this.chunks.push(chunk);
    this.byteLength += chunk.length;
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Everything added, as one array of bytes. */
  bytes(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0];
    const all = new Uint8Array(this.byteLength);
    let at = 0;
    for (const chunk of this.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return all;
  }
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Where the ASCII `needle` first stands in `bytes` at or after `from`; -1 when nowhere. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const pattern = ascii(needle);
  const first = pattern[0];
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[at + j] === pattern[j]) j++;
    if (j === pattern.length) return at;
  }
  return -1;
}

/** Where the ASCII `needle` last stands in `bytes`; -1 when nowhere. */
export function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  const pattern = ascii(needle);
  const first = pattern[0];
  for (
    let at = bytes.lastIndexOf(first);
    at >= 0;
    at = at > 0 ? bytes.lastIndexOf(first, at - 1) : -1
  ) {
    let j = 1;
    while (j < pattern.length && bytes[at + j] === pattern[j]) j++;
    if (j === pattern.length) return at;
  }
  return -1;
}
