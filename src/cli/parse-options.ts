// Parsers for command-line values: a bad value is a usage error (exit 2) that names the value.
import { InvalidArgumentError } from 'commander';
import { SEARCH_MODES, type SearchMode } from '../search/search-papers.js';

export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  }
  return Number(value);
}

export function parseMode(value: string): SearchMode {
  if (!(SEARCH_MODES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${SEARCH_MODES.join(', ')}, got "${value}"`);
  }
  return value as SearchMode;
}

export function parseUnitInterval(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  }
  return number;
}
