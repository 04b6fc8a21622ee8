import { describe, expect, it } from 'vitest';
import { formatDigestDate, formatPaperDate } from '../../src/report/format-date.js';

describe('formatDigestDate', () => {
  it('puts the day first and says when the year is missing, so "Jan 25" is not read as 2025', () => {
    expect(formatDigestDate('Jan 25')).toBe('25 Jan (year not given)');
    expect(formatDigestDate('Feb 6')).toBe('6 Feb (year not given)');
  });

  it('keeps a year when there is one, and text it does not recognise as it is', () => {
    expect(formatDigestDate('Jul 15, 2025')).toBe('15 Jul 2025');
    expect(formatDigestDate('Spring issue')).toBe('Spring issue');
    expect(formatDigestDate(null)).toBeNull();
  });
});

describe('formatPaperDate', () => {
  it('reads the ISO date, with or without a year', () => {
    expect(formatPaperDate('Jul 15, 2025', '2025-07-15')).toBe('15 Jul 2025');
    expect(formatPaperDate('Feb 6', '--02-06')).toBe('6 Feb (year not given)');
  });

  it('falls back to the printed date, and to null when there is none', () => {
    expect(formatPaperDate('Mar 3', null)).toBe('3 Mar (year not given)');
    expect(formatPaperDate(null, null)).toBeNull();
  });
});
