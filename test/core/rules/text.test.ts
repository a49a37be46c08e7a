import fc from "fast-check";
import { foldWidth } from "../../../src/core/rules/text";

const asciiPrintable = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
const fullWidth = fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c));
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));

describe("foldWidth", () => {
  it("agrees with NFKC on ASCII, full-width forms, the ideographic space and Hangul", () => {
    const piece = fc.oneof(asciiPrintable, fullWidth, hangul, fc.constant("\u3000"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(foldWidth(text)).toBe(text.normalize("NFKC"));
      })
    );
  });

  it("leaves any other text unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }).filter((text) =>
          Array.from(text).every((ch) => {
            const code = ch.charCodeAt(0);
            return !(code >= 0xff01 && code <= 0xff5e) && code !== 0x3000;
          })
        ),
        (text) => expect(foldWidth(text)).toBe(text)
      )
    );
  });
});
