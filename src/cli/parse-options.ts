// Parsers for command-line values: a bad value is a usage error (exit 2) that names the value.
import fs from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { SEARCH } from '../config.js';
import { SEARCH_MODES, type SearchMode } from '../search/search-papers.js';

export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  }
  return Number(value);
}

/** How many results: 1 to SEARCH.maxTopK, the same bound the API keeps. */
export function parseTopK(value: string): number {
  const topK = parsePositiveInteger(value);
  if (topK > SEARCH.maxTopK) throw new InvalidArgumentError(`at most ${SEARCH.maxTopK} results can be asked for, got ${value}`);
  return topK;
}

/** A search mode, in any case ("DENSE" is dense). */
export function parseMode(value: string): SearchMode {
  const mode = value.trim().toLowerCase();
  if (!(SEARCH_MODES as readonly string[]).includes(mode)) {
    throw new InvalidArgumentError(`expected one of ${SEARCH_MODES.join(', ')}, got "${value}"`);
  }
  return mode as SearchMode;
}

export function parseUnitInterval(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  }
  return number;
}

/** A file to read text from, or "-" for standard input; a folder is a usage error. */
export function parseTextFile(value: string): string {
  if (value !== '-' && isFolder(value)) throw new InvalidArgumentError(`${value} is a folder; give a file holding an abstract`);
  return value;
}

/** A calendar date written YYYY-MM-DD (as --since and --until take it); returned as given. */
export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"`);
  }
  return match[0];
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
