// Debian's Chromium driven by playwright-core, started the way this project's browser tests,
// screenshots and icon renders need it, and built pages opened from disk with the network cut off.
const { chromium } = require("playwright-core");
const { existsSync, createReadStream, statSync } = require("fs");
const http = require("http");
const { resolve } = require("path");
const { pathToFileURL } = require("url");

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Serves a folder on 127.0.0.1 (a stand-in for the intranet web server); resolves to its origin. */
function serveDirectory(dir) {
  const server = http.createServer((request, response) => {
    const path = resolve(dir, "." + decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!path.startsWith(resolve(dir)) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.slice(path.lastIndexOf("."))] || "application/octet-stream";
    response.writeHead(200, { "Content-Type": type });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () =>
      done({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(closed)),
      })
    )
  );
}

/**
 * Opens a built page from disk (a path) or from serveDirectory (an http://127.0.0.1 URL). Every request that is not a local file is refused and recorded
 * (the CDN's office.js among them), so nothing leaves the machine.
 */
async function openBuiltPage(browser, htmlPath, options = {}) {
  const page = await browser.newPage({ viewport: { width: options.width ?? 350, height: 640 } });
  const networkRequests = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("http://127.0.0.1:")) return route.continue();
    networkRequests.push(url);
    return route.abort();
  });
  await page.goto(
    htmlPath.startsWith("http://") ? htmlPath : pathToFileURL(resolve(htmlPath)).href
  );
  return { page, networkRequests };
}

exports.CHROMIUM_PATH = CHROMIUM_PATH;
exports.chromiumAvailable = existsSync(CHROMIUM_PATH);
exports.launchChromium = launchChromium;
exports.openBuiltPage = openBuiltPage;
exports.serveDirectory = serveDirectory;
