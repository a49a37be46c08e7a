// The open workbook as a file, and a file opened as a new workbook: what 새해 양식 and 결과보고서
// need in the pane (PRODUCT.md "The next year", "The results report"). Office's File API hands the
// document over in slices (at most 4 MB each, and at most two files open at once: each is closed
// when read); Excel.createWorkbook (ExcelApi 1.8) opens .xlsx bytes in a new window.

/**
 * The File API as Office.js runs it: its enums are strings at run time ("compressed",
 * "succeeded"), as the dialog code relies on too; @types/office-js declares them numeric. The
 * double supplies the same shape in tests.
 */
interface AsyncResult<T> {
  status: string;
  value: T;
  error?: { code?: number; message?: string };
}
interface OfficeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncResult<{ data: number[] }>) => void): void;
  closeAsync(callback?: (result: AsyncResult<void>) => void): void;
}
export interface FileDocument {
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize: number },
    callback: (result: AsyncResult<OfficeFile>) => void
  ): void;
}

/** The largest slice Office hands over. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** How long one File API call may take before the pane gives up and says so. */
export const FILE_CALL_LIMIT_MS = 60_000;

/** The File API did not hand the workbook over: it failed, misbehaved, or did not answer in time. */
export class FileApiError extends Error {
  constructor(
    readonly reason: "timeout" | "failed",
    detail: string
  ) {
    super(detail);
  }
}

const failure = (error: AsyncResult<unknown>["error"], what: string) =>
  new FileApiError("failed", `${what}: ${error?.message ?? "failed"} (${error?.code ?? "?"})`);

/**
 * A File API call as a promise that always settles: its callback's result, a thrown exception, or
 * a timeout after `limitMs` (office-js calls that never call back leave the file open: two such and
 * getFileAsync refuses every further file).
 */
function call<T>(
  what: string,
  limitMs: number,
  start: (callback: (result: AsyncResult<T>) => void) => void
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new FileApiError("timeout", `${what}: no answer in ${limitMs / 1000} s`)),
      limitMs
    );
    const settle = (done: () => void) => {
      clearTimeout(timer);
      done();
    };
    try {
      start((result) =>
        settle(() =>
          result.status === "succeeded"
            ? resolve(result.value)
            : reject(failure(result.error, what))
        )
      );
    } catch (error) {
      settle(() =>
        reject(new FileApiError("failed", `${what}: ${(error as Error)?.message ?? error}`))
      );
    }
  });
}

/**
 * The open workbook as .xlsx bytes, as Office saves it (unsaved changes included), one slice after
 * another (Office serialises them anyway, and memory stays one slice ahead). Every path settles and
 * closes the file: a slice without data, slices past the file's size or short of it, an error mid-way
 * or a call that never answers end in a FileApiError. `sliceBytes` and `limitMs`: smaller in tests.
 */
export async function workbookFileBytes(
  document: FileDocument,
  sliceBytes = SLICE_BYTES,
  limitMs = FILE_CALL_LIMIT_MS
): Promise<Uint8Array> {
  const file = await call<OfficeFile>("getFileAsync", limitMs, (callback) =>
    document.getFileAsync("compressed", { sliceSize: sliceBytes }, callback)
  );
  try {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await call<{ data: number[] }>(`slice ${index}`, limitMs, (callback) =>
        file.getSliceAsync(index, callback)
      );
      const data = slice?.data;
      if (!data || typeof data.length !== "number")
        throw new FileApiError("failed", `slice ${index}: no data`);
      if (at + data.length > file.size)
        throw new FileApiError("failed", `slice ${index}: past the file's ${file.size} bytes`);
      bytes.set(data, at);
      at += data.length;
    }
    if (at !== file.size)
      throw new FileApiError("failed", `the slices hold ${at} of the file's ${file.size} bytes`);
    return bytes;
  } finally {
    // Closed whatever happened (Office keeps at most two files open); a close that fails or never
    // answers changes nothing for the caller.
    await call<void>("closeAsync", limitMs, (callback) => file.closeAsync(callback)).catch(
      () => undefined
    );
  }
}

/** Bytes as base64 (Excel.createWorkbook's argument), in chunks a call's arguments can hold. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + chunk)));
  return btoa(binary);
}
