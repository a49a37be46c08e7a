// The ribbon's dialog by itself: its wait counted from the function's start, and the short form
// its address carries for DialogApi 1.1 (issue 30).
import fc from "fast-check";
import {
  DIALOG_URL_MAX_CHARS,
  FUNCTION_DEADLINE_MS,
  showOutcome,
  withShortForm,
  type DialogHost,
} from "../../src/commands/dialog";
import type { Outcome } from "../../src/outcome/compute";

const more = (count: number) => `나머지 ${count}줄은 결과 시트에 있습니다.`;
const BASE = "https://localhost:3000/commands.html";

/** A host whose dialog opens and is never closed; the wait asked for is recorded. */
function hostAt(now: number, minor = 2) {
  const waits: number[] = [];
  const host: DialogHost = {
    isSetSupported: (name, version) =>
      name === "DialogApi" && Number(version.split(".")[1]) <= minor,
    displayDialogAsync: (_url, _options, callback) =>
      callback({
        status: "succeeded",
        value: { addEventHandler: () => undefined, close: () => undefined },
      }),
    timer: (ms, done) => {
      waits.push(ms);
      done();
      return () => undefined;
    },
    now: () => now,
  };
  return { host, waits };
}

const outcome: Outcome = { ok: true, title: "달성도를 계산했습니다", lines: ["종합점수 99.3"] };

describe("the ribbon's outcome dialog", () => {
  it.each([
    ["at once", 0, FUNCTION_DEADLINE_MS],
    ["after a 4-minute Compute", 4 * 60_000, FUNCTION_DEADLINE_MS - 4 * 60_000],
    ["after a Compute past the deadline", 6 * 60_000, 0],
  ])(
    "waits for the dialog only until the deadline counted from the start (%s)",
    async (_, took, wait) => {
      const { host, waits } = hostAt(1_000_000 + took);
      await expect(
        showOutcome(host, BASE, outcome, { close: "확인", more }, 1_000_000)
      ).resolves.toBe(true);
      expect(waits).toEqual([wait]);
    }
  );

  it("keeps the short form under Internet Explorer's 2,083 characters: the first lines, the rest counted", () => {
    const line = fc.string({
      unit: fc.constantFrom("가", "A", "%", " ", "✖", '"', "&", "월"),
      maxLength: 120,
    });
    fc.assert(
      fc.property(line, fc.array(line, { maxLength: 40 }), fc.boolean(), (title, lines, ok) => {
        const url = withShortForm(`${BASE}?k=abc`, { ok, title, lines }, "확인", more);
        expect(url.length).toBeLessThanOrEqual(DIALOG_URL_MAX_CHARS);
        const short = JSON.parse(new URL(url).searchParams.get("s")!);
        expect(short.ok).toBe(ok);
        expect(title.startsWith(short.title)).toBe(true);
        // The lines kept are the first ones, whole; a last line counts those left out.
        const kept = short.lines.filter((l: string) => !/^나머지 \d+줄/.test(l));
        expect(kept).toEqual(lines.slice(0, kept.length));
        const left = lines.length - kept.length;
        expect(short.lines.slice(kept.length)).toEqual(left ? [more(left)] : []);
      }),
      { numRuns: 300 }
    );
  });

  it("puts the short form in the address only where messageChild cannot bring the words", async () => {
    const urls: string[] = [];
    for (const minor of [1, 2]) {
      const { host } = hostAt(0, minor);
      host.displayDialogAsync = (url, _options, callback) => {
        urls.push(url);
        callback({
          status: "succeeded",
          value: { addEventHandler: () => undefined, close: () => undefined },
        });
      };
      await showOutcome(host, BASE, outcome, { close: "확인", more }, 0);
    }
    expect(urls.map((u) => new URL(u).searchParams.has("s"))).toEqual([true, false]);
  });
});
