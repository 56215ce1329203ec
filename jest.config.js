/** Unit and adapter tests. Type checking runs separately (`npm run typecheck`), so ts-jest only transpiles. */
/** ESM-only packages reached from Univer's CommonJS code (test/hosts/univer runs a headless Univer). */
const UNIVER_ESM_DEPS = [
  'lodash-es', 'nanoid', 'rbush', 'kdbush', 'quickselect', 'cjk-regex', 'regexp-util', 'unicode-regex',
  'franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
    // Univer's CommonJS build requires ESM-only packages; only those go through esbuild (test/hosts/univer).
    [`/node_modules/(${UNIVER_ESM_DEPS.join('|')})/.+\\.m?js$`]: '<rootDir>/test/hosts/univer/esbuildTransform.js',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${UNIVER_ESM_DEPS.join('|')})/)`],
  testTimeout: 60000,
};
