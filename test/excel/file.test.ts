// Office's File API misbehaving as the office-js tracker shows it (issue 30): every path of
// workbookFileBytes settles — bytes or a FileApiError — and closes the file it opened (Office keeps
// at most two open; two hangs and getFileAsync refuses every further file).
import { FileApiError, workbookFileBytes, type FileDocument } from "../../src/excel/file";
import { errorNotice } from "../../src/outcome/notice";

type Behaviour =
  "ok" | "extraSlice" | "noData" | "failsMidway" | "neverAnswers" | "throws" | "short";

/** A document whose file hands over `size` bytes in slices of 3, misbehaving as told. */
function documentThat(behaviour: Behaviour, closeAnswers = true) {
  const size = 8;
  const state = { closed: 0 };
  const slices = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8],
  ];
  const file = {
    size,
    sliceCount: behaviour === "extraSlice" ? 4 : behaviour === "short" ? 2 : 3,
    getSliceAsync(
      index: number,
      callback: (r: { status: string; value: unknown; error?: object }) => void
    ) {
      if (behaviour === "throws" && index === 1) throw new Error("Internal error");
      if (behaviour === "neverAnswers" && index === 1) return;
      setTimeout(() => {
        if (behaviour === "failsMidway" && index === 1)
          callback({
            status: "failed",
            value: null,
            error: { code: 5001, message: "Internal Error" },
          });
        else if (behaviour === "noData" && index === 1)
          callback({ status: "succeeded", value: {} });
        else callback({ status: "succeeded", value: { data: slices[index] ?? [9, 9, 9] } });
      }, 1);
    },
    closeAsync(callback?: (r: { status: string; value: void }) => void) {
      state.closed++;
      if (closeAnswers) setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 1);
    },
  };
  const document = {
    getFileAsync(
      _type: string,
      _options: object,
      callback: (r: { status: string; value: unknown }) => void
    ) {
      setTimeout(() => callback({ status: "succeeded", value: file }), 1);
    },
  } as unknown as FileDocument;
  return { document, state };
}

it("hands over the bytes and closes the file once", async () => {
  const { document, state } = documentThat("ok");
  await expect(workbookFileBytes(document, 3, 200)).resolves.toEqual(
    new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])
  );
  expect(state.closed).toBe(1);
});

it.each([
  ["more slices than the file's size", "extraSlice", /past the file's 8 bytes/],
  ["a slice without data", "noData", /slice 1: no data/],
  ["an error mid-way", "failsMidway", /slice 1: Internal Error \(5001\)/],
  ["a call that never answers", "neverAnswers", /slice 1: no answer in 0.05 s/],
  ["a call that throws", "throws", /slice 1: Internal error/],
  ["slices short of the size", "short", /6 of the file's 8 bytes/],
] as const)(
  "%s: settles with a FileApiError and closes the file",
  async (_, behaviour, message) => {
    const { document, state } = documentThat(behaviour);
    const outcome = await workbookFileBytes(document, 3, 50).then(
      () => null,
      (error: unknown) => error
    );
    expect(outcome).toBeInstanceOf(FileApiError);
    expect({
      message: (outcome as Error).message,
      reason: (outcome as FileApiError).reason,
      closed: state.closed,
    }).toEqual({
      message: expect.stringMatching(message),
      reason: behaviour === "neverAnswers" ? "timeout" : "failed",
      closed: 1,
    });
  }
);

it("a close that never answers does not hold the bytes back", async () => {
  const { document, state } = documentThat("ok", false);
  await expect(workbookFileBytes(document, 3, 50)).resolves.toHaveLength(8);
  expect(state.closed).toBe(1);
});

it("a File API that does not answer is told in words, with what to do", () => {
  expect(errorNotice(new FileApiError("timeout", "slice 1: no answer in 60 s"), "ko")).toEqual({
    intent: "error",
    text: "Excel이 통합문서를 파일로 넘겨주지 않았습니다. 통합문서를 저장한 뒤 다시 해 보고, 그래도 안 되면 파일을 mbo-eval.html에서 여세요. (slice 1: no answer in 60 s)",
  });
});
