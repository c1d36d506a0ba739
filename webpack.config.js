/**
 * Two builds:
 * - the board-plan command, one minified file for Node (dist/board-plan.js):
 *   one file loads faster than hundreds of modules;
 * - the add-in's pages (the task pane, which also runs the ribbon's commands
 *   in Excel's shared runtime; the help page) and the browser preview,
 *   for the browser (dist/web), one HtmlWebpackPlugin per page as in the
 *   Office template, icons and the sample plan copied beside them, and the
 *   manifest with the address given in ADDIN_URL (scripts/addin-url.js).
 * ts-loader emits ES modules so tree-shaking keeps the pane small.
 */
const fs = require('fs');
const path = require('path');
const { BannerPlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { withAddinUrl } = require('./scripts/addin-url');

const tsRule = (configFile, sourceMap = false) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { configFile, transpileOnly: true, compilerOptions: { module: 'esnext', incremental: false, sourceMap } },
  },
});

const common = (name) => ({
  // help.css is read by this file into the help page: a change to it is a change to the build.
  cache: { type: 'filesystem', name, buildDependencies: { config: [__filename, path.join(__dirname, 'src', 'help', 'help.css')] } },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-only',
});

const cli = (mode) => ({
  ...common(`cli-${mode}`),
  name: 'cli',
  mode,
  target: 'node20',
  entry: { 'board-plan': './src/cli/main.ts' },
  // exceljs is a chunk of its own, loaded only when the command writes sheets or reads a CSV: a check does without it.
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    chunkFilename: 'board-plan-[id].js',
    // Earlier builds' chunks go; dist/web, and the bench and tests compiled beside them, stay.
    clean: { keep: (asset) => !/^[^/]+\.js(\.LICENSE\.txt)?$/.test(asset) },
  },
  module: { rules: [tsRule('tsconfig.cli.json')] },
  plugins: [new BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
  optimization: { minimize: process.env.MINIMIZE !== 'no' },
});

/**
 * Every page from one template (src/page.html); what differs is said here:
 * its title, its Content-Security-Policy, whether it loads office.js from
 * Microsoft's CDN (the task pane only), its styles and what shows without
 * JavaScript.
 */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const page = (chunk, { title, csp, office = false, styles = 'body { margin: 0; }\n', fallback = '' }) =>
  new HtmlWebpackPlugin({
    filename: `${chunk}.html`,
    template: './src/page.html',
    chunks: [chunk],
    title,
    csp,
    office,
    styles,
    fallback,
  });
const PAGES = [
  page('taskpane', {
    title: 'Board Plan Tracker',
    office: true,
    csp: `default-src 'self'; script-src 'self' ${OFFICE_CDN}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ${OFFICE_CDN}; font-src 'self' data:; object-src 'none'; base-uri 'self'`,
  }),
  page('help', {
    title: 'Board Plan Tracker — help',
    csp: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'",
    styles: fs.readFileSync(path.join(__dirname, 'src', 'help', 'help.css'), 'utf8'),
    fallback: 'Board Plan Tracker help needs JavaScript to show its tables of rules and RAG colours.',
  }),
  page('preview', {
    title: 'Board Plan Tracker — preview',
    csp: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'",
  }),
];

const web = (mode, httpsOptions) => ({
  ...common(`web-${mode}`),
  name: 'web',
  mode,
  target: 'web',
  entry: {
    taskpane: './src/taskpane/index.tsx',
    help: './src/help/help.ts',
    preview: './src/preview/index.tsx',
  },
  output: { path: path.resolve(__dirname, 'dist', 'web'), filename: '[name].[contenthash:8].js', clean: true },
  module: { rules: [tsRule('tsconfig.json', true)] },
  // Source maps beside the bundles, so a developer debugging the pane in Excel (F12 tools) sees the TypeScript; browsers fetch them only then.
  devtool: 'source-map',
  plugins: [
    ...PAGES,
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        { from: 'assets/sample-plan.xlsx', to: 'sample-plan.xlsx' },
        { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => withAddinUrl(content.toString(), process.env.ADDIN_URL) },
      ],
    }),
  ],
  devServer: {
    port: 3000,
    static: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    // Excel loads add-ins over HTTPS only: trusted localhost certificates from office-addin-dev-certs.
    server: httpsOptions ? { type: 'https', options: httpsOptions } : 'http',
  },
});

module.exports = async (env, argv) => {
  const mode = argv.mode ?? 'production';
  const only = process.env.BUILD;
  const httpsOptions = env.WEBPACK_SERVE ? await require('office-addin-dev-certs').getHttpsServerOptions() : null;
  return [cli(mode), web(mode, httpsOptions)].filter((config) => !only || config.name === only);
};
