/**
 * Entry of the command line (bin/jixiao.js). Everything is caught here: bad input gives one Chinese line on
 * stderr and exit code 2, never a stack trace; details of unexpected failures only with JIXIAO_DEBUG=1.
 */
import { HostError } from '../hosts/host';
import { CLI_TEXT } from '../strings/cli';
import { parseArgs } from './args';
import { EXIT_CANNOT_RUN, EXIT_OK, Io, runCheck, runConvert, runSummarize, runTemplate } from './commands';
import { CliError } from './errors';

function debug(): boolean {
  return process.env.JIXIAO_DEBUG === '1';
}

/** The one line shown for a failure. */
export function failureLine(e: unknown): string {
  if (e instanceof CliError || e instanceof HostError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return CLI_TEXT.unexpected(detail.split('\n')[0].slice(0, 200));
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      io.out(CLI_TEXT.usage);
      return EXIT_OK;
    }
    const { command, inputs, output, json, profile } = parsed;
    switch (command) {
      case 'check':
        return await runCheck(inputs, json, profile, io);
      case 'convert':
        return await runConvert(inputs[0], output as string, profile, io);
      case 'summarize':
        return await runSummarize(inputs[0], output as string, profile, io);
      case 'template':
        return await runTemplate(output as string, profile, io);
    }
  } catch (e) {
    io.err(failureLine(e));
    if (debug() && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT_CANNOT_RUN;
  }
}

function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}

/** Runs with the process's arguments and sets its exit code (stdout is flushed before node exits). */
export function runFromProcess(argv: string[] = process.argv.slice(2)): void {
  const io = processIo();
  const fail = (e: unknown): void => {
    io.err(failureLine(e));
    if (debug() && e instanceof Error && e.stack) io.err(e.stack);
    process.exit(EXIT_CANNOT_RUN);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  main(argv, io).then((code) => {
    process.exitCode = code;
  }, fail);
}
