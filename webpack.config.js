// Build of the add-in's web part: task pane, ribbon commands, icons and the manifest.
//
// Options (an --env flag or an environment variable):
//   baseUrl / ADDIN_BASE_URL  where the production build will be served (an intranet server, say);
//                             dist/manifest.xml points there instead of https://localhost:3000/
//   officeJs / OFFICE_JS      "cdn" (default): Office.js from Microsoft's CDN;
//                             "local": copied from @microsoft/office-js into dist/office-js/
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const DEV_BASE_URL = `${DEV_ORIGIN}/`;
// Reserved top-level domain: a production build made without a URL is visibly not deployable.
const PLACEHOLDER_BASE_URL = "https://mbo-eval.invalid/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS_DIR = "office-js";
// Hosts this add-in never runs in: their Office.js files are left out of a self-hosted build.
const OTHER_HOSTS = ["access", "onenote", "outlook", "powerpoint", "project", "visio", "word"];

function normalizeBaseUrl(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") {
    throw new Error(`The add-in URL must use https (Office refuses http): ${url}`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const officeJs = env.officeJs || process.env.OFFICE_JS || "cdn";
  if (!["cdn", "local"].includes(officeJs)) {
    throw new Error(`officeJs must be "cdn" or "local", not "${officeJs}"`);
  }
  const requestedBaseUrl = env.baseUrl || process.env.ADDIN_BASE_URL;
  if (production && !requestedBaseUrl) {
    console.warn(
      `ADDIN_BASE_URL is not set: dist/manifest.xml points at ${PLACEHOLDER_BASE_URL}. ` +
        "Build with ADDIN_BASE_URL=https://your-server/path/ (or --env baseUrl=...) to deploy."
    );
  }
  const baseUrl = production
    ? normalizeBaseUrl(requestedBaseUrl || PLACEHOLDER_BASE_URL)
    : DEV_BASE_URL;
  const officeJsUrl = officeJs === "local" ? `${LOCAL_OFFICE_JS_DIR}/office.js` : CDN_OFFICE_JS;

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      // The development notes in comments go too: the deployed manifest names no localhost.
      transform: (content) =>
        content
          .toString()
          .replace(/<!--[\s\S]*?-->\s*/g, "")
          .split(DEV_BASE_URL)
          .join(baseUrl)
          .split(DEV_ORIGIN)
          .join(new URL(baseUrl).origin),
    },
  ];
  if (officeJs === "local") {
    copies.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: LOCAL_OFFICE_JS_DIR,
      globOptions: {
        ignore: [
          "**/*.debug.js",
          "**/*-vsdoc.js",
          "**/*.d.ts",
          ...OTHER_HOSTS.map((host) => `**/${host}*.js`),
        ],
      },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/index.ts",
      // The standalone page: one self-contained HTML file (its script inlined below).
      page: "./src/page/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "mbo-eval.html",
        template: "./src/page/page.html",
        chunks: ["page"],
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
