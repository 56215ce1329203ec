#!/usr/bin/env node
/**
 * Runs ESLint (eslint.config.mjs) through its Node API and prints a JSON summary:
 *   node scripts/lint-office.mjs [paths…]            → lints the paths (default: src)
 *   node scripts/lint-office.mjs --text FILE < code   → lints code from stdin as if it were FILE
 * Used by test/excel/lint.test.ts in a child process (Jest's VM cannot import an ESM config file).
 */
import { ESLint } from 'eslint';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });
const args = process.argv.slice(2);
let results;
if (args[0] === '--text') {
  results = await eslint.lintText(fs.readFileSync(0, 'utf8'), { filePath: path.resolve(root, args[1]) });
} else {
  results = await eslint.lintFiles(args.length ? args : ['src']);
}
const out = results.map((r) => ({
  file: path.relative(root, r.filePath),
  messages: r.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, line: m.line, message: m.message })),
}));
process.stdout.write(JSON.stringify(out));
