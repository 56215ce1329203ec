/**
 * ESLint flat config: Microsoft's Office add-in load/sync checks (eslint-plugin-office-addins) over the
 * browser sources. The four correctness rules are errors, the three performance rules warnings – and
 * test/excel/lint.test.ts fails on office-addins warnings too. Style is not linted here (tsc is strict).
 */
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default [
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    // Not Office.js: the .xlsx adapter and the workbench's xlsx bridge use ExcelJS, the CLI runs in Node.
    // The plugin recognises Office.js by method names (getItem, getColumn …), which ExcelJS shares.
    ignores: ['src/hosts/xlsx/**', 'src/workbench/**', 'src/cli/**'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // typescript-eslint's plugin is registered so eslint-disable comments naming its rules resolve.
    plugins: { 'office-addins': officeAddins, '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
    },
  },
];
