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

/**
 * One line for an expected error (with its hint), a stack trace only for a bug. Returns the exit
 * code. A hint's `papers …` command gets the --index-dir the user gave, so it can be run as shown.
 */
export function reportError(error: unknown, options: { indexDir?: string } = {}): number {
  if (isPapersError(error)) {
    const hint = error.hint && options.indexDir !== undefined ? withIndexDir(error.hint, options.indexDir) : error.hint;
    printNote(`papers: ${error.message}${hint ? ` (${hint})` : ''}`);
    return error.exitCode;
  }
  printNote(`papers: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

function withIndexDir(hint: string, indexDir: string): string {
  const quoted = /^[\w@%+=:,./-]+$/.test(indexDir) ? indexDir : `'${indexDir.replace(/'/g, "'\\''")}'`;
  return hint.replace(/`papers (?!--index-dir)/g, `\`papers --index-dir ${quoted} `);
}
