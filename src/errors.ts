// Typed errors: every expected failure carries a code, a message naming the offending value,
// and a hint telling the user what to do. Only the CLI prints them.

export type ErrorCode =
  | 'USAGE'
  | 'INPUT_NOT_FOUND'
  | 'NO_ENTRIES'
  | 'NO_INDEX'
  | 'INDEX_INCOMPATIBLE'
  | 'INDEX_CORRUPT'
  | 'INDEX_LOCKED'
  | 'MODEL_MISSING'
  | 'NOT_FOUND'
  | 'AMBIGUOUS'
  | 'INTERRUPTED'
  | 'CANNOT_LISTEN'
  | 'CANNOT_WRITE'
  | 'NOT_BUILT'
  | 'DATABASE_UNAVAILABLE';

export class PapersError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'PapersError';
    this.code = code;
    this.hint = hint;
  }

  /** Exit status: 2 for misuse of the command line, 130 for Ctrl-C (128 + SIGINT), 1 for every other failure. */
  get exitCode(): number {
    if (this.code === 'USAGE') return 2;
    return this.code === 'INTERRUPTED' ? 130 : 1;
  }
}

export function usageError(message: string, hint?: string): PapersError {
  return new PapersError('USAGE', message, hint);
}

export function isPapersError(error: unknown): error is PapersError {
  return error instanceof PapersError;
}
