// Build of the add-in's web part: task pane, ribbon commands, icons and the manifest. Two
// compilations into one folder: the current one (the Fluent UI pane, the standalone page) and an
// ES5 one for Internet Explorer 11 / EdgeHTML webviews (the ribbon commands, the plain pane and
// their polyfills; tsconfig.es5.json).
//
// Options (an --env flag or an environment variable):
//   baseUrl / ADDIN_BASE_URL  where the production build will be served (an intranet server, say);
//                             dist/manifest.xml points there instead of https://localhost:3000/
//   officeJs / OFFICE_JS      "cdn" (default): Office.js from Microsoft's CDN;
//                             "local": copied from @microsoft/office-js into dist/office-js/
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { scriptLoader } = require("./scripts/script-loader.cjs");

const DEV_ORIGIN = "https://localhost:3000";
const DEV_BASE_URL = `${DEV_ORIGIN}/`;
// Reserved top-level domain: a production build made without a URL is visibly not deployable.
const PLACEHOLDER_BASE_URL = "https://mbo-eval.invalid/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS_DIR = "office-js";
// Hosts this add-in never runs in: their Office.js files are left out of a self-hosted build.
// What the ES5 compilation writes: the current one's clean step keeps it.
const LEGACY_OUTPUT = /^(commands|taskpane-plain|polyfills-es5|outcome)\.(js|js\.map|html)$/;
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

  const output = path.resolve(__dirname, env.outputPath || "dist");
  const mode = production ? "production" : "development";
  const devtool = production ? "source-map" : "eval-source-map";
  // Compiled and minified modules are kept between builds (node_modules/.cache/webpack): a second
  // build — the other Office.js variant, or after a small edit — recompiles only what changed. The
  // variants differ only in the pages and the manifest, which are made again every build.
  const cache = (name) => ({
    type: "filesystem",
    name: `${name}-${mode}`,
    buildDependencies: { config: [__filename, require.resolve("./scripts/script-loader.cjs")] },
  });
  const typescript = (configFile) => ({
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { configFile, instance: configFile } },
      },
    ],
  });
  const current = {
    name: "current",
    mode,
    devtool,
    cache: cache("current"),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The standalone page: one self-contained HTML file (its script inlined below).
      page: "./src/page/index.tsx",
    },
    output: {
      path: output,
      filename: "[name].js",
      // The ES5 compilation writes into the same folder, possibly first.
      clean: { keep: (file) => LEGACY_OUTPUT.test(file) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: typescript("tsconfig.build.json"),
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        inject: false,
        officeJsUrl,
        scriptLoader: scriptLoader({ modern: ["taskpane.js"], legacy: ["taskpane-plain.js"] }),
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
      static: { directory: output },
    },
  };

  const legacy = {
    name: "es5",
    mode,
    cache: cache("es5"),
    // eval() source maps would put ES2015 wrappers around ES5 code in development builds.
    devtool: "source-map",
    target: ["web", "es5"],
    entry: {
      commands: "./src/commands/index.ts",
      "taskpane-plain": "./src/taskpane/plain/index.ts",
      "polyfills-es5": "./src/legacy/polyfills.ts",
    },
    output: { path: output, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: typescript("tsconfig.es5.json"),
    plugins: [
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        inject: false,
        officeJsUrl,
        scriptLoader: scriptLoader({ modern: ["commands.js"], legacy: ["commands.js"] }),
      }),
      // The ribbon's outcome dialog: its own inline ES5 script, no bundle.
      new HtmlWebpackPlugin({
        filename: "outcome.html",
        template: "./src/commands/outcome.html",
        inject: false,
        minify: false,
        officeJsUrl,
      }),
    ],
    performance: { hints: false },
  };

  return [current, legacy];
};
