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
const path = require('path');
const { BannerPlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { withAddinUrl } = require('./scripts/addin-url');

const tsRule = (configFile) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { configFile, transpileOnly: true, compilerOptions: { module: 'esnext', incremental: false } } },
});

const common = (name) => ({
  cache: { type: 'filesystem', name, buildDependencies: { config: [__filename] } },
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
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js' },
  module: { rules: [tsRule('tsconfig.cli.json')] },
  plugins: [new BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
  optimization: { minimize: true },
});

const page = (chunk, template) => new HtmlWebpackPlugin({ filename: `${chunk}.html`, template, chunks: [chunk] });

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
  module: { rules: [tsRule('tsconfig.json')] },
  plugins: [
    page('taskpane', './src/taskpane/taskpane.html'),
    page('help', './src/help/help.html'),
    page('preview', './src/preview/preview.html'),
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
