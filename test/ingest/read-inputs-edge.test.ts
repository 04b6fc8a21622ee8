// Inputs at the edges: JSON Lines under either extension with loosely typed fields, and a large
// text file that is not a digest, refused from its first kilobytes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { scratchDir } from '../helpers/paths.js';

const ABSTRACT = 'We study retrieval heads in long-context language models and what they attend to. '.repeat(4).trim();

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = scratchDir('read-inputs');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function messagesOf(result: ReturnType<typeof readInputs>): string[] {
  return result.warnings.map((warning) => `${path.basename(warning.file)}:${warning.line ?? '-'}: ${warning.message}`);
}

describe('readInputs', () => {
  it('reads .ndjson as JSON Lines', () => {
    const dir = folderWith({ 'papers.ndjson': `${JSON.stringify({ title: 'An NDJSON Paper', abstract: ABSTRACT })}\n` });
    const result = readInputs([dir]);
    expect(result.sources.map((source) => source.entries.map((entry) => entry.title))).toEqual([['An NDJSON Paper']]);
    expect(result.skippedFiles).toBe(0);
  });

  it('keeps what JSON Lines fields can be read and warns once per field with a count', () => {
    const lines = [
      { title: 'Authors As A List', abstract: ABSTRACT, authors: ['Ada Lovelace', 'Alan Turing'], upvotes: '12', date: '2025-07-15T09:30:00Z' },
      { title: 'Authors As A String', abstract: ABSTRACT, authors: 'Ada Lovelace, Alan Turing and Grace Hopper', upvotes: 3, date: 'Jul 4, 2024' },
      { title: 'Unreadable Date One', abstract: ABSTRACT, authors: 5, date: 'sometime in spring' },
      { title: 'Unreadable Date Two', abstract: ABSTRACT, date: '2025-02-30', upvotes: 'many' },
      { title: 'Date Without Year', abstract: ABSTRACT, date: '15 July' },
    ];
    const dir = folderWith({ 'mixed.jsonl': `${lines.map((line) => JSON.stringify(line)).join('\n')}\n` });
    const result = readInputs([dir]);
    const entries = result.sources[0]!.entries;
    expect(entries.map((entry) => [entry.title, entry.authors, entry.upvotes, entry.publishedIso])).toEqual([
      ['Authors As A List', 2, 12, '2025-07-15'],
      ['Authors As A String', 3, 3, '2024-07-04'],
      ['Unreadable Date One', 5, null, null],
      ['Unreadable Date Two', null, null, null],
      ['Date Without Year', null, null, '--07-15'],
    ]);
    expect(entries.map((entry) => entry.published)).toEqual(['Jul 15, 2025', 'Jul 4, 2024', null, null, 'Jul 15']);
    expect(messagesOf(result)).toEqual([
      'mixed.jsonl:3: 2 records have a "date" that cannot be read (first at this line); kept without it',
      'mixed.jsonl:4: 1 record has a "upvotes" that cannot be read (first at this line); kept without it',
    ]);
  });

  it('refuses a large text file that is not a digest from its first kilobytes, without reading it all', () => {
    const dir = scratchDir('big-log');
    const file = path.join(dir, 'server.txt');
    const line = '2025-01-01T00:00:00Z INFO request served in 12 ms from the cache\n';
    // 40 MB of log lines: reading and parsing it whole took seconds and a gigabyte.
    fs.writeFileSync(file, line.repeat(Math.ceil(40e6 / line.length)));
    const started = performance.now();
    const result = readInputs([file]);
    const elapsedMs = performance.now() - started;
    expect(messagesOf(result)).toEqual(['server.txt:-: does not look like a digest (no "Daily Papers" header, no metadata blocks); skipped (use .jsonl for other sources)']);
    expect(elapsedMs).toBeLessThan(500);
  });

  it('still reads a large digest whose metadata blocks appear within the first kilobytes', () => {
    const entry = (n: number) => `Paper Number ${n}\n\n${ABSTRACT} Variant ${n}.\n\n  • 3 authors\n·\nJul 15, 2025\n\n`;
    const dir = folderWith({ 'big.txt': Array.from({ length: 600 }, (_, n) => entry(n)).join('') });
    const result = readInputs([dir]);
    expect(result.sources[0]!.entries).toHaveLength(600);
  });
});
