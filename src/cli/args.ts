/** Command-line arguments as contract.md fixes them. */
import { ProfileId } from '../engine/model/table';
import { CLI_TEXT } from '../strings/cli';
import { CliError } from './errors';

export type Command = 'check' | 'convert' | 'summarize' | 'template';

export type Parsed =
  | { kind: 'help' }
  | { kind: 'run'; command: Command; inputs: string[]; output: string | null; json: boolean; profile: ProfileId };

const COMMANDS: readonly Command[] = ['check', 'convert', 'summarize', 'template'];
const PROFILES: readonly ProfileId[] = ['hebei-2023', 'mof-2021'];

function isCommand(s: string): s is Command {
  return (COMMANDS as readonly string[]).includes(s);
}

function isProfile(s: string): s is ProfileId {
  return (PROFILES as readonly string[]).includes(s);
}

export function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0) throw new CliError(CLI_TEXT.noCommand);
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new CliError(command.startsWith('-') ? CLI_TEXT.noCommand : CLI_TEXT.unknownCommand(command));
  }

  const inputs: string[] = [];
  let output: string | null = null;
  let json = false;
  let profile: ProfileId = 'hebei-2023';
  let onlyInputs = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) return inline;
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new CliError(CLI_TEXT.optionNeedsValue(name));
      i++;
      return next;
    };
    switch (name) {
      case '--json':
        if (inline !== null || command !== 'check') throw new CliError(CLI_TEXT.unknownOption(arg));
        json = true;
        break;
      case '--profile': {
        const p = value();
        if (!isProfile(p)) throw new CliError(CLI_TEXT.badProfile(p));
        profile = p;
        break;
      }
      case '-o':
      case '--output':
        if (command === 'check') throw new CliError(CLI_TEXT.unknownOption(arg));
        output = value();
        break;
      default:
        throw new CliError(CLI_TEXT.unknownOption(arg));
    }
  }

  if (command === 'template') {
    if (inputs.length > 0) throw new CliError(CLI_TEXT.unexpectedInput(command, inputs[0]));
  } else if (inputs.length === 0) {
    throw new CliError(CLI_TEXT.noInput(command));
  } else if (command !== 'check' && inputs.length > 1) {
    throw new CliError(CLI_TEXT.tooManyInputs(command));
  }
  if (command !== 'check') {
    if (!output) throw new CliError(CLI_TEXT.noOutput(command));
    if (!/\.xlsx$/i.test(output)) throw new CliError(CLI_TEXT.outputNotXlsx(output));
  }
  return { kind: 'run', command, inputs, output, json, profile };
}
