/** Browser tests: the built preview (dist/web) in Debian's Chromium through playwright-core. Run after a build. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  testTimeout: 60_000,
};
