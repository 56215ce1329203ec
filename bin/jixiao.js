#!/usr/bin/env node
'use strict';
// The command line is compiled from src/cli into lib/ (npm run build).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('lib/cli/main.js')) {
    process.stderr.write('命令行尚未编译，请先运行 npm run build。\n');
    process.exit(2);
  }
  throw e;
}
cli.runFromProcess();
