// An abstract written as several paragraphs stays one entry: its later paragraphs are never read
// as the title of another paper.
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/ingest/parse-digest.js';

const HEADER = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nFeb 17\n\n';
const FIRST = 'We study how attention heads store long-range information in large models. '.repeat(6).trim();
const SECOND = 'Our experiments on four benchmarks show that pruning these heads costs little accuracy. '.repeat(5).trim();
const META = '  • 4 authors\n·\nMar 1, 2025 3';

describe('parseDigest with multi-paragraph abstracts', () => {
  it('keeps a two-paragraph abstract as one paper with its own metadata', () => {
    const text = `${HEADER}Attention Heads Store Context\n\n${FIRST}\n\n${SECOND}\n\n${META}\n\nThe Next Paper\n\n${FIRST} Next.\n\n  • 2 authors\n·\nJan 5, 2024\n`;
    const { entries, warnings } = parseDigest(text, 'x');
    expect(entries.map((entry) => entry.title)).toEqual(['Attention Heads Store Context', 'The Next Paper']);
    expect(entries[0]).toMatchObject({ abstract: `${FIRST} ${SECOND}`, authors: 4, publishedIso: '2025-03-01', upvotes: 3 });
    expect(entries[1]).toMatchObject({ authors: 2, publishedIso: '2024-01-05' });
    expect(warnings).toEqual([]);
  });

  it('keeps a short closing paragraph (a code link) in the abstract', () => {
    const text = `${HEADER}Attention Heads Store Context\n\n${FIRST}\n\nCode is available at https://github.com/example/heads.\n\n${META}\n`;
    const { entries } = parseDigest(text, 'x');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.abstract).toBe(`${FIRST} Code is available at https://github.com/example/heads.`);
  });

  it('keeps paragraphs together in a digest without metadata blocks', () => {
    const text = `${HEADER}First Paper\n\n${FIRST}\n\n${SECOND}\n\nSecond Paper\n\n${SECOND}\n`;
    const { entries } = parseDigest(text, 'x');
    expect(entries.map((entry) => entry.title)).toEqual(['First Paper', 'Second Paper']);
    expect(entries[0]!.abstract).toBe(`${FIRST} ${SECOND}`);
  });

  it('still reads a title ending in "?" or "!" after an abstract as the next paper', () => {
    const text = `${HEADER}One\n\n${FIRST}\n\nIs Attention All You Need?\n\n${SECOND}\n\nLLMs Can Get "Brain Rot"!\n\n${FIRST}\n`;
    const { entries } = parseDigest(text, 'x');
    expect(entries.map((entry) => entry.title)).toEqual(['One', 'Is Attention All You Need?', 'LLMs Can Get "Brain Rot"!']);
  });

  it('still reads a title-only posting between two papers', () => {
    const text = `${HEADER}One\n\n${FIRST}\n\n${META}\n\nA Title Alone\n\nThree\n\n${SECOND}\n`;
    const { entries } = parseDigest(text, 'x');
    expect(entries.map((entry) => [entry.title, entry.abstract === ''])).toEqual([
      ['One', false],
      ['A Title Alone', true],
      ['Three', false],
    ]);
  });
});
