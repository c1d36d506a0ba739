/** ts-jest in isolatedModules mode: type-checking is done once by `tsc --noEmit` in `npm test`, which keeps jest start-up fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
};
