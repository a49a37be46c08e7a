// The add-in built the way `npm run build` does (both Office.js variants; the default build is the
// one every browser test shares) and what comes out: the files, the deployed manifest, the ribbon
// registration, and the task pane in Chromium.
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { parse } from "acorn";
import { join } from "path";
import type { Browser } from "playwright-core";
import { launchChromium, openBuiltPage, serveDirectory } from "../../scripts/browser.cjs";
import {
  SELF_HOSTED_URL,
  builtAddin,
  builtAddinSelfHosted,
  root,
  testRunDir,
} from "../support/build";
import { hasProgram } from "../support/needs";

const out = { cdn: "", local: "" };
const INTRANET = SELF_HOSTED_URL;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

const read = (variant: "cdn" | "local", file: string) =>
  readFileSync(join(out[variant], file), "utf8");
/** Script sources in order; the minified HTML leaves attribute values unquoted. */
const scriptSources = (html: string) =>
  [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);

let cdnBuildLog = "";
// A production build takes about 90 s on an idle machine of two cores; room for a second run beside.
beforeAll(async () => {
  const cdn = await builtAddin();
  [out.cdn, cdnBuildLog] = [cdn.dir, cdn.log];
  out.local = (await builtAddinSelfHosted()).dir;
}, 900_000);

describe("production build, Office.js from Microsoft's CDN (default)", () => {
  it("writes the task pane, the command file and a production manifest", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "commands.html",
      "commands.js",
      "manifest.xml",
    ]) {
      expect(existsSync(join(out.cdn, file))).toBe(true);
    }
    // Every icon the built manifest names is in the build (the 64 × 64 one among them).
    const named = [
      ...readFileSync(join(out.cdn, "manifest.xml"), "utf8").matchAll(/assets\/([\w-]+\.png)/g),
    ].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(["icon-64.png", "icon-80.png", "compute-16.png"]));
    expect(named.filter((icon) => !existsSync(join(out.cdn, "assets", icon)))).toEqual([]);
  });

  it("loads Office.js from the CDN, then the bundles through the inline loader, in both pages", () => {
    for (const [page, bundle] of [
      ["taskpane.html", "taskpane.js"],
      ["commands.html", "commands.js"],
    ]) {
      const html = read("cdn", page);
      expect(scriptSources(html)).toEqual([
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      ]);
      // Office.js in the head; the loader (which appends the bundles) after the body's content.
      expect(html).toMatch(new RegExp(`office\\.js.*</head>.*<body.*<script>.*"${bundle}"`, "s"));
    }
    expect(existsSync(join(out.cdn, "office-js"))).toBe(false);
  });

  it("without a URL, points the manifest at a placeholder and warns, never at localhost", () => {
    const manifest = read("cdn", "manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain('DefaultValue="https://mbo-eval.invalid/taskpane.html"');
    expect(cdnBuildLog).toContain("ADDIN_BASE_URL is not set");
  });
});

describe("production build for an intranet server (self-hosted Office.js)", () => {
  it("serves Office.js from dist/office-js, with the Excel hosts and the locale strings", () => {
    expect(scriptSources(read("local", "taskpane.html"))[0]).toBe("office-js/office.js");
    expect(scriptSources(read("local", "commands.html"))[0]).toBe("office-js/office.js");
    const officeJs = join(out.local, "office-js");
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "ko-kr/office_strings.js",
      "en-us/office_strings.js",
    ]) {
      expect(existsSync(join(officeJs, file))).toBe(true);
    }
    const files = readdirSync(officeJs);
    expect(files.filter((f) => f.endsWith(".debug.js"))).toEqual([]);
    expect(files.filter((f) => /^(word|outlook|powerpoint)/.test(f))).toEqual([]);
  });

  it("points every manifest URL at the given server", () => {
    const manifest = read("local", "manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${INTRANET}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${INTRANET}commands.html"`);
    expect(manifest).toContain("<AppDomain>https://intranet.city.go.kr</AppDomain>");
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(INTRANET))).toEqual([]);
  });

  it("passes the same offline validation as the source manifest", () => {
    const { code, output } = run([
      "scripts/validate-manifest.mjs",
      "--deployed",
      join(out.local, "manifest.xml"),
    ]);
    expect(output).toContain("valid");
    expect(code).toBe(0);
  });

  it("refuses an http URL, since Office loads add-ins over https only", () => {
    // Into a folder of the run's own, so that nothing could ever touch the shared build.
    const refused = join(testRunDir, "refused");
    const result = run(
      [
        "node_modules/webpack/bin/webpack.js",
        "--mode",
        "production",
        "--env",
        `outputPath=${refused}`,
      ],
      { ADDIN_BASE_URL: "http://intranet.city.go.kr/", OFFICE_JS: "cdn" }
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("must use https");
  });
});

describe("the bundles Internet Explorer 11 and EdgeHTML load", () => {
  it("are ES5 (es-check), loaders included; the current pane bundle is not", () => {
    const checked = run(["scripts/check-es5.mjs", out.cdn]);
    expect(checked.output).toContain("checking 6 files");
    expect(checked.code).toBe(0);
    // es-check refuses code that is not ES5 (a sample: on the 560 KB pane bundle its refusal takes
    // two minutes); acorn, the parser es-check runs, stops at the pane bundle's first later syntax.
    const sample = join(testRunDir, "es2015-sample.js");
    writeFileSync(sample, "const pick = ({ a }) => a;\n");
    const refused = run(["node_modules/es-check/lib/cli/index.js", "es5", sample]);
    expect(refused.code).not.toBe(0);
    expect(() => parse(read("cdn", "taskpane.js"), { ecmaVersion: 5 })).toThrow(SyntaxError);
    expect(() => parse(read("cdn", "taskpane.js"), { ecmaVersion: "latest" })).not.toThrow();
  });
});

describe("the built commands bundle", () => {
  it("registers every ribbon function the manifest names", () => {
    const { code, output } = run([
      "scripts/check-commands.mjs",
      "manifest.xml",
      join(out.cdn, "commands.js"),
    ]);
    expect(output).toContain("registers computeAchievement");
    expect(code).toBe(0);
  });
});

(hasProgram("chromium") ? describe : describe.skip)(
  "the task pane in Chromium, network off",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it("without Office.js (CDN unreachable) says in both languages to open it in Excel", async () => {
      const { page, networkRequests } = await openBuiltPage(
        browser,
        join(out.cdn, "taskpane.html")
      );
      const notice = page.getByTestId("not-in-excel");
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain("Excel에서 열어 주세요");
      await expect(notice.textContent()).resolves.toContain("Please open this in Excel");
      expect(networkRequests).toEqual([
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      ]);
      await page.close();
    });

    it("served with its own Office.js from an intranet server, runs in a plain browser without Microsoft's CDN", async () => {
      const server = await serveDirectory(out.local);
      try {
        const errors: string[] = [];
        const { page, networkRequests } = await openBuiltPage(
          browser,
          `${server.origin}/taskpane.html`
        );
        page.on("pageerror", (error) => errors.push(error.message));
        // Office.js itself answered (outside Office: host null) — no time-out involved.
        await page.getByTestId("not-in-excel").waitFor({ timeout: 5_000 });
        expect(networkRequests.filter((url) => url.includes("appsforoffice"))).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        await server.close();
      }
    });

    it("opened from disk, where Office.onReady never answers, stops waiting and says what to do", async () => {
      const { page } = await openBuiltPage(browser, join(out.local, "taskpane.html"));
      await expect(page.locator("[role=status]").textContent()).resolves.toContain("연결하는 중");
      await page.getByTestId("not-in-excel").waitFor({ timeout: 15_000 });
      await page.close();
    }, 20_000);
  }
);
