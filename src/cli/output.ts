// The only place that writes to the terminal: results to stdout, notes and errors to stderr.
import { isPapersError } from '../errors.js';

export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printNote(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** One line for an expected error (with its hint), a stack trace only for a bug. Returns the exit code. */
export function reportError(error: unknown): number {
  if (isPapersError(error)) {
    printNote(`papers: ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
    return error.exitCode;
  }
  printNote(`papers: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}
