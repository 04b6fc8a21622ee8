import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/report/format-count.js';

describe('formatCount', () => {
  it('says "1 paper" but "0 papers" and "2 papers"', () => {
    expect(formatCount(1, 'paper')).toBe('1 paper');
    expect(formatCount(0, 'paper')).toBe('0 papers');
    expect(formatCount(2, 'upvote')).toBe('2 upvotes');
  });

  it('takes an irregular plural, and groups thousands', () => {
    expect(formatCount(1, 'entry', 'entries')).toBe('1 entry');
    expect(formatCount(20_000, 'entry', 'entries')).toBe('20,000 entries');
  });
});
