// The seed through every reader: as text, as HTML (what 한글 and Word put on the clipboard) and as
// a .docx built from it: the same plan each time. Files that are not documents are named.
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { importPlan } from "../../src/core/import/plan";
import { readDocxDocument } from "../../src/documents/docx";
import { DocumentFileError } from "../../src/documents/package";
import { readHwpxDocument } from "../../src/documents/hwpx";
import { readHtmlDocument } from "../../src/documents/html";
import { readTextDocument } from "../../src/documents/text";
import { root } from "../support/build";
import { toDocx, toHtml, toHwpx, toPastedWorkbook } from "../support/plan-documents";
import { readPlanDocument } from "../../src/documents/read";

const seedText = readFileSync(join(root, "../shared/seed/000_7c8b5f2b24e2ab54.txt"), "utf8");
const fromText = importPlan(readTextDocument(seedText), "ko", 2026);

describe("the seed through every reader", () => {
  it("as text: the plan", () => {
    expect(fromText.ok).toBe(true);
  });

  it("as HTML: the same plan", () => {
    const html = toHtml(readTextDocument(seedText));
    expect(html).toContain("<table");
    expect(importPlan(readHtmlDocument(html), "ko", 2026)).toEqual(fromText);
  });

  it("as .docx: the same plan", async () => {
    const docx = await toDocx(readTextDocument(seedText));
    expect(importPlan(await readDocxDocument(docx), "ko", 2026)).toEqual(fromText);
  });

  it("as .docx from a Korean Word, whose heading style ids are translated: headings by the style's name", async () => {
    const zip = await JSZip.loadAsync(await toDocx(readTextDocument(seedText)));
    const document = (await zip.file("word/document.xml")!.async("string")).replace(
      /w:val="Heading2"/g,
      'w:val="2"'
    );
    zip.file("word/document.xml", document);
    zip.file(
      "word/styles.xml",
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/></w:style></w:styles>`
    );
    const read = await readDocxDocument(await zip.generateAsync({ type: "uint8array" }));
    expect(
      read.blocks.filter((b) => b.kind === "heading").map((b) => b.kind === "heading" && b.text)
    ).toContain("민원봉사과");
    expect(importPlan(read, "ko", 2026)).toEqual(fromText);
  });

  it("as .hwpx: the same plan", async () => {
    const hwpx = await toHwpx(readTextDocument(seedText));
    expect(importPlan(await readHwpxDocument(hwpx), "ko", 2026)).toEqual(fromText);
  });
});

describe("a sheet the tables were pasted into", () => {
  it("as .xlsx (sheet 계획서): the same plan", async () => {
    const bytes = await toPastedWorkbook(readTextDocument(seedText));
    expect(importPlan(await readPlanDocument(bytes), "ko", 2026)).toEqual(fromText);
  });

  it("an .xlsx that cannot be read is named", async () => {
    const error = await readPlanDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(DocumentFileError);
    expect((error as DocumentFileError).reason).toBe("corrupt");
  });
});

describe("files that are not plan documents", () => {
  it.each([
    ["a zip without word/document.xml", () => toDocx({ blocks: [] }).then(strip), "notDocument"],
    ["plain bytes", async () => new TextEncoder().encode("hello"), "notDocument"],
    ["a damaged zip", async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "corrupt"],
    [
      "an encrypted document (OLE with an EncryptedPackage stream)",
      async () =>
        new Uint8Array([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]),
        ]),
      "encrypted",
    ],
  ] as const)("%s is refused by name (.docx and .hwpx readers)", async (_, make, reason) => {
    for (const read of [readDocxDocument, readHwpxDocument]) {
      const error = await read(await make()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentFileError);
      expect((error as DocumentFileError).reason).toBe(reason);
    }
  });
});

/** A .docx with its document part taken out. */
async function strip(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(bytes);
  zip.remove("word/document.xml");
  return zip.generateAsync({ type: "uint8array" });
}
