/**
 * Builds the board-plan command into one file (dist/board-plan.js) for Node:
 * one file loads faster than hundreds of modules, which matters for a command
 * run over every plan in a folder. The task pane and preview entries join here
 * with the add-in (one HtmlWebpackPlugin per page, as in the Office template).
 */
const path = require('path');
const { BannerPlugin } = require('webpack');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'node20',
  entry: { 'board-plan': './src/cli/main.ts' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{
      test: /\.ts$/,
      exclude: /node_modules/,
      use: { loader: 'ts-loader', options: { configFile: 'tsconfig.cli.json', transpileOnly: true, compilerOptions: { module: 'esnext', incremental: false } } },
    }],
  },
  plugins: [new BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
  optimization: { minimize: true },
  devtool: false,
  cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
  performance: { hints: false },
  stats: 'errors-only',
});
