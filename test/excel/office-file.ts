// Office's File API (Document.getFileAsync) and Excel.createWorkbook for the double, strict where
// Office is: only the compressed (.xlsx) type here, slices of at most 4 MB (4,194,304 bytes, also
// the default), at most two files open at once (a third getFileAsync fails until one is closed),
// a slice index past the last or a read after closeAsync fails; createWorkbook only from ExcelApi
// 1.8. The file is the double's workbook as it is now, written by the file adapter.
import { writeWorkbook } from "../../src/xlsx/write";
import { doubleAsWrite } from "./double-as-write";
import type { ExcelDouble } from "./excel-double";

const MAX_SLICE = 4_194_304;
const MAX_OPEN_FILES = 2;

interface Result<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
}

const failed = <T>(code: number, name: string, message: string): Result<T> => ({
  status: "failed",
  value: undefined as T,
  error: { code, name, message },
});

/** What a file-level test can look at: files read, slices handed over, workbooks opened. */
export class OfficeFileDouble {
  open = 0;
  filesRead = 0;
  slicesRead = 0;
  /** Bytes given to Excel.createWorkbook, newest last. */
  readonly createdWorkbooks: Uint8Array[] = [];
  /** A host without the File API (older Office): getFileAsync is missing. */
  supported = true;
  /**
   * Office.FileType.Compressed as the reference has it per host: "supported" (Windows, Mac, and the
   * web per the CompressedFile requirement-set page); "unsupported" (isSetSupported says no);
   * "claimedButFails" (isSetSupported says yes, getFileAsync fails with 11001 — Excel on the web per
   * getFileAsync's own table since 2025-11-14, office-js #5297, #98).
   */
  compressedFile: "supported" | "unsupported" | "claimedButFails" = "supported";

  constructor(private readonly excel: ExcelDouble) {}

  document() {
    if (!this.supported) return {};
    return {
      getFileAsync: (
        fileType: string,
        options: { sliceSize?: number } | ((result: Result<unknown>) => void),
        maybeCallback?: (result: Result<unknown>) => void
      ) => {
        const callback = (typeof options === "function" ? options : maybeCallback) as (
          result: Result<unknown>
        ) => void;
        const sliceSize = (typeof options === "object" && options.sliceSize) || MAX_SLICE;
        if (fileType !== "compressed")
          return callback(failed(5003, "Unsupported", `${fileType} is not a workbook file type`));
        if (this.compressedFile !== "supported")
          return callback(
            failed(11001, "Unsupported", "The file type is not supported on this platform.")
          );
        if (sliceSize > MAX_SLICE || sliceSize <= 0)
          return callback(failed(1009, "Invalid sliceSize", `sliceSize ${sliceSize}`));
        if (this.open >= MAX_OPEN_FILES)
          return callback(failed(7002, "Internal Error", "two files are already open"));
        this.open++;
        void writeWorkbook(null, doubleAsWrite(this.excel)).then((bytes) => {
          this.filesRead++;
          let closed = false;
          const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
          callback({
            status: "succeeded",
            value: {
              size: bytes.length,
              sliceCount,
              getSliceAsync: (index: number, done: (result: Result<unknown>) => void) => {
                if (closed) return done(failed(5001, "Internal Error", "the file is closed"));
                if (!Number.isInteger(index) || index < 0 || index >= sliceCount)
                  return done(failed(5001, "Internal Error", `no slice ${index}`));
                this.slicesRead++;
                const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
                // Asynchronous, as Office answers.
                setTimeout(() =>
                  done({ status: "succeeded", value: { data, index, size: data.length } })
                );
              },
              closeAsync: (done?: (result: Result<void>) => void) => {
                if (!closed) {
                  closed = true;
                  this.open--;
                }
                setTimeout(() => done?.({ status: "succeeded", value: undefined }));
              },
            },
          });
        });
      },
    };
  }

  /** Makes the next createWorkbook fail as the web's "internal error" does (office-js #3646). */
  createWorkbookRefuses = false;

  /**
   * Excel.createWorkbook: from ExcelApi 1.8; records what it was given. On the web the base64
   * travels in one request, refused over 5 MB like any other (office-js #4031).
   */
  createWorkbook(base64?: string): Promise<void> {
    if (this.excel.level < 8) return Promise.reject(new Error("createWorkbook needs ExcelApi 1.8"));
    if (this.excel.web && (base64 ?? "").length > 5 * 1024 * 1024)
      return Promise.reject(new Error("RequestPayloadSizeLimitExceeded"));
    if (this.createWorkbookRefuses) {
      this.createWorkbookRefuses = false;
      return Promise.reject(new Error("GeneralException: An internal error has occurred."));
    }
    const binary = atob(base64 ?? "");
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    this.createdWorkbooks.push(bytes);
    return Promise.resolve();
  }
}
