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

const failure = (error: AsyncResult<unknown>["error"], what: string) =>
  new Error(`${what}: ${error?.message ?? "failed"} (${error?.code ?? "?"})`);

function sliceOf(file: OfficeFile, index: number): Promise<number[]> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (result) =>
      result.status === "succeeded"
        ? resolve(result.value.data)
        : reject(failure(result.error, `slice ${index}`))
    )
  );
}

/**
 * The open workbook as .xlsx bytes, as Office saves it (unsaved changes included). `sliceBytes`:
 * smaller slices only in tests.
 */
export function workbookFileBytes(
  document: FileDocument,
  sliceBytes = SLICE_BYTES
): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    document.getFileAsync("compressed", { sliceSize: sliceBytes }, (result) => {
      if (result.status !== "succeeded") {
        reject(failure(result.error, "getFileAsync"));
        return;
      }
      const file = result.value;
      const slices: number[][] = [];
      const close = (then: () => void) => file.closeAsync(() => then());
      // One slice after another: Office serialises them anyway, and memory stays one slice ahead.
      const next = (index: number): void => {
        if (index === file.sliceCount) {
          const bytes = new Uint8Array(file.size);
          let at = 0;
          for (const slice of slices) {
            bytes.set(slice, at);
            at += slice.length;
          }
          close(() => resolve(bytes));
          return;
        }
        sliceOf(file, index).then(
          (data) => {
            slices.push(data);
            next(index + 1);
          },
          (error) => close(() => reject(error))
        );
      };
      next(0);
    })
  );
}

/** Bytes as base64 (Excel.createWorkbook's argument), in chunks a call's arguments can hold. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + chunk)));
  return btoa(binary);
}
