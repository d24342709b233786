/**
 * Builds the add-in into dist/: functions.js (custom functions, loaded first by the shared
 * runtime page), taskpane.js (the React panel, its tabs code-split), taskpane.html, the
 * generated functions.json (completed by scripts/build/functions-metadata.js: the error flag, its
 * en-US twin and the help page bantuan.html) and the icons. `npm run dev-server` serves it on https://localhost:3000.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { CompleteFunctionsMetadataPlugin } = require("./scripts/build/functions-metadata");

const DEV_PORT = 3000;

async function httpsOptions() {
  // office-addin-dev-certs is optional (it is only needed to sideload into real Excel).
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`Sertifikat pengembang tidak tersedia (${error.message}); dev server memakai sertifikat sementara.`);
    return {};
  }
}

/**
 * The first tab's chunks (the "app" chunk group: the panel shell, Fluent's core, the first
 * Periksa view) as <link rel="preload"> in taskpane.html, so they download alongside
 * functions.js and taskpane.js instead of after Office.onReady. Everything else stays lazy.
 */
class PreloadFirstTabPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstTabPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadFirstTabPlugin", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const group = compilation.namedChunkGroups.get("app");
        if (!group) return data;
        const files = group.chunks.flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith(".js"));
        const links = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href: data.publicPath + file }));
        data.headTags.push(...links);
        return data;
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane shares the functions' modules (core, the catalogue) instead of bundling them again:
      // both load on the same shared-runtime page, functions.js first.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      // The browser demo only: the Excel test double in place of office.js, and the sample grid.
      "office-double": "./demo/office-double-entry.ts",
      demo: "./demo/demo-page.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The workspace package from its TypeScript source (the demo only; the add-in never imports it).
      alias: { "@kinerja/office-double$": path.resolve(__dirname, "packages/office-double/src/index.ts") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // allowErrorForDataTypeAny, the en-US metadata and the help page (the manifest's support URL).
      new CompleteFunctionsMetadataPlugin({
        english: path.resolve(__dirname, "src/functions/metadata/en-us.json"),
        helpTemplate: path.resolve(__dirname, "src/help/bantuan.html"),
        helpFile: "bantuan.html",
        namespace: "KINERJA",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page runs both the custom functions and the panel.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new PreloadFirstTabPlugin(),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./demo/demo.html",
        chunks: ["office-double", "functions", "taskpane", "demo"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
