/** A reason the command line could not run (exit code 2); the message is one Chinese line for stderr. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
