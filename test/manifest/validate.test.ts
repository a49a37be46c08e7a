import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { hasFile } from "../support/needs";

const root = resolve(__dirname, "../..");
const xsdDir = resolve(root, "../shared/office-manifest-xsd");
const haveSchemas = hasFile(xsdDir, "Microsoft's manifest schemas (../shared/office-manifest-xsd)");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "manifest-"));

function validate(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ["scripts/validate-manifest.mjs", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

function variant(name: string, edit: (xml: string) => string): string {
  const path = join(scratch, name);
  const edited = edit(manifest);
  expect(edited).not.toBe(manifest);
  writeFileSync(path, edited);
  return path;
}

describe("npm run validate (offline manifest check)", () => {
  (haveSchemas ? it : it.skip)("accepts manifest.xml against Microsoft's XSDs", () => {
    const { code, output } = validate(["manifest.xml"]);
    expect(output).toContain("manifest.xml: valid");
    expect(output).not.toContain("content checks only");
    expect(code).toBe(0);
  });

  (haveSchemas ? it : it.skip)(
    "rejects the broken fixture with the XSD's and its own findings",
    () => {
      const { code, output } = validate(["test/fixtures/manifest-broken.xml"]);
      expect(code).toBe(1);
      expect(output).toContain("INVALID");
      expect(output).toMatch(/Version.*not accepted by the pattern/);
      expect(output).toMatch(/Permissions.*This element is not expected/);
      expect(output).toContain('string "Compute.Label" ("달성도 계산") has no ko-KR override');
      expect(output).toContain('resid "Compute.Missing" is not defined');
    }
  );

  (haveSchemas ? it : it.skip)("rejects a manifest whose only fault is structural", () => {
    const path = variant("order.xml", (xml) =>
      xml.replace("<ProviderName>", "<Bogus/><ProviderName>")
    );
    const { code, output } = validate([path]);
    expect(code).toBe(1);
    expect(output).toMatch(/Bogus.*not expected/);
  });

  it("rejects a visible string without its Korean override", () => {
    const path = variant("no-korean.xml", (xml) =>
      xml.replace('<Override Locale="ko-KR" Value="목표관리 자체평가"/>', "")
    );
    const { code, output } = validate([path]);
    expect(code).toBe(1);
    expect(output).toContain('string "DisplayName" ("MBO Self-Evaluation") has no ko-KR override');
  });

  it("rejects an 80×80 high-resolution icon (task-pane add-ins take 64×64)", () => {
    const path = variant("icon-80.xml", (xml) =>
      xml.replace("assets/icon-64.png", "assets/icon-80.png")
    );
    const { code, output } = validate([path], { MANIFEST_XSD_DIR: "/nonexistent", CI: "" });
    expect(code).toBe(1);
    expect(output).toContain("HighResolutionIconUrl is not the 64×64 icon");
  });

  it("rejects a deployed manifest that still points at localhost, but not the dev one", () => {
    // The content checks alone (outside CI, where absent schemas are allowed).
    const contentOnly = { MANIFEST_XSD_DIR: "/nonexistent", CI: "" };
    expect(validate(["manifest.xml"], contentOnly).code).toBe(0);
    const { code, output } = validate(["--deployed", "manifest.xml"], contentOnly);
    expect(code).toBe(1);
    expect(output).toContain("must not point at localhost");
  });

  it("says clearly that it skipped the XSD check when the schemas are absent", () => {
    const { code, output } = validate(["manifest.xml"], {
      MANIFEST_XSD_DIR: "/nonexistent",
      CI: "",
    });
    expect(code).toBe(0);
    expect(output).toContain("SKIPPED: XSD structure check");
    expect(output).toContain("manifest.xml: valid (content checks only)");
  });

  it("fails in CI when the schemas are absent, naming them", () => {
    const { code, output } = validate(["manifest.xml"], {
      MANIFEST_XSD_DIR: "/nonexistent",
      CI: "true",
    });
    expect(code).toBe(1);
    expect(output).toContain("FAILED: XSD structure check — /nonexistent not found");
    expect(output).not.toContain("valid");
  });
});
