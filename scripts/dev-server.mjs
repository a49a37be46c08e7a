// HTTPS development server on port 3000 (Office loads add-ins over https only), with
// office-addin-dev-certs' trusted localhost certificate, or the files named by
// DEV_SERVER_CERT and DEV_SERVER_KEY. Where no certificate can be installed it says what to do.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { DEV_PORT, PID_FILE, keepOfficeToolsQuiet } from "./office-tools.mjs";

const require = createRequire(import.meta.url);

async function httpsOptions() {
  if (process.env.DEV_SERVER_CERT && process.env.DEV_SERVER_KEY) {
    return {
      cert: readFileSync(process.env.DEV_SERVER_CERT),
      key: readFileSync(process.env.DEV_SERVER_KEY),
    };
  }
  keepOfficeToolsQuiet();
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

let options;
try {
  options = await httpsOptions();
} catch (error) {
  console.error(`Could not install or trust a development certificate: ${error.message ?? error}
What to do:
  - Windows or Mac: run "npx office-addin-dev-certs install" once in a terminal that may change
    the certificate store (Administrator on Windows; your password on Mac), then run this again.
  - Linux: install the tools the installer needs (Debian: apt-get install libnss3-tools ca-certificates),
    run "sudo npx office-addin-dev-certs install", or
  - use a certificate you already have: DEV_SERVER_CERT=cert.pem DEV_SERVER_KEY=key.pem npm run dev-server
  - or skip the dev server: "npm run build" and serve dist/ from an HTTPS web server (see README).`);
  process.exit(1);
}

const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const config = require("../webpack.config.js")({}, { mode: "development" });
const server = new WebpackDevServer(
  { ...config.devServer, port: DEV_PORT, server: { type: "https", options } },
  webpack(config)
);
await server.start();
mkdirSync(".tmp", { recursive: true });
writeFileSync(PID_FILE, String(process.pid));
const stop = async () => {
  rmSync(PID_FILE, { force: true });
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
console.log(`Serving https://localhost:${DEV_PORT}/taskpane.html (Ctrl+C or npm run stop to end)`);
