// Which library posting of a paper was seen first, when digest headers print no year.
import { describe, expect, it } from 'vitest';
import { pickFirstSeen, referenceDate } from '../../src/triage/pick-first-seen.js';

const entry = (digest: string, digestDate: string | null) => ({ id: `${digest}#1`, digest, digestDate });
const march3 = new Date(Date.UTC(2026, 2, 3));

describe('pickFirstSeen', () => {
  it('takes a yearless date as the last such day before the triaged digest: September before February', () => {
    const first = pickFirstSeen([entry('a.txt', 'Feb 17'), entry('b.txt', 'Sep 10'), entry('c.txt', 'Dec 12')], march3);
    expect(first).toEqual({ entryId: 'b.txt#1', digest: 'b.txt', date: 'Sep 10' });
  });

  it('places a yearless day after the reference day in the previous year', () => {
    expect(pickFirstSeen([entry('a.txt', 'Mar 1'), entry('b.txt', 'Mar 5')], march3).digest).toBe('b.txt');
  });

  it('compares dates with years exactly', () => {
    expect(pickFirstSeen([entry('a.txt', 'Feb 17, 2026'), entry('b.txt', 'Feb 17, 2025')], march3).digest).toBe('b.txt');
  });

  it('prefers any dated posting to an undated one, and the first digest name between undated ones', () => {
    expect(pickFirstSeen([entry('a.txt', null), entry('b.txt', 'Mar 2')], march3).digest).toBe('b.txt');
    expect(pickFirstSeen([entry('b.txt', null), entry('a.txt', null)], march3).digest).toBe('a.txt');
  });
});

describe('referenceDate', () => {
  it("is the digest's own date in the current year, or today when it prints none", () => {
    const today = new Date(Date.UTC(2026, 10, 23));
    expect(referenceDate('Mar 3', today).toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(referenceDate(null, today)).toBe(today);
    expect(referenceDate('not a date', today)).toBe(today);
  });
});
