// Parses one "Daily Papers" digest page (plain text) into raw entries, in every variant the
// sample digests show: with or without a metadata block, author count or organisation,
// dates with or without a year, optional upvotes, no trailing newline.
import { cleanText } from './normalize.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface ParsedDigest {
  digestDate: string | null;
  entries: RawEntry[];
  warnings: IngestWarning[];
}

interface Block {
  line: number;
  lines: string[];
}

const HEADER_LINES = new Set([
  'new',
  'get trending papers in your email inbox!',
  'subscribe',
  'daily papers',
  'byak and the research community',
]);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DIGEST_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$/;
const PAPER_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(?:\s+(\d+))?$/;
const AUTHOR_COUNT = /^•\s*(\d+)\s+authors?$/;
/** A block this long is prose: an abstract, never a title. */
const TITLE_MAX_CHARS = 300;

export function parseDigest(text: string, file: string): ParsedDigest {
  const blocks = splitBlocks(text);
  const warnings: IngestWarning[] = [];
  let cursor = 0;
  let digestDate: string | null = null;

  // The page header ends with the digest's own date; a file without the header starts at once.
  while (cursor < blocks.length && isHeaderBlock(blocks[cursor]!)) {
    const only = blocks[cursor]!.lines[0]!.trim();
    cursor += 1;
    if (DIGEST_DATE.test(only)) {
      digestDate = only;
      break;
    }
  }

  const entries: RawEntry[] = [];
  while (cursor < blocks.length) {
    const titleBlock = blocks[cursor]!;
    cursor += 1;
    if (isMetadataBlock(titleBlock)) {
      warnings.push({ file, line: titleBlock.line, message: 'metadata block with no title before it; skipped' });
      continue;
    }
    const title = cleanText(titleBlock.lines.join(' '));
    let abstract = '';
    const next = blocks[cursor];
    if (next && !isMetadataBlock(next) && !startsNextEntry(next, blocks[cursor + 1])) {
      const paragraphs = [next];
      cursor += 1;
      while (blocks[cursor] && continuesAbstract(blocks[cursor]!, blocks[cursor + 1])) {
        paragraphs.push(blocks[cursor]!);
        cursor += 1;
      }
      abstract = cleanText(paragraphs.map((paragraph) => paragraph.lines.join(' ')).join(' '));
    } else {
      warnings.push({ file, line: titleBlock.line, message: `title with no abstract: "${truncate(title)}"` });
    }
    const metadata = blocks[cursor] && isMetadataBlock(blocks[cursor]!) ? parseMetadata(blocks[cursor]!) : null;
    if (metadata) cursor += 1;
    entries.push({
      line: titleBlock.line,
      title,
      abstract,
      authors: metadata?.authors ?? null,
      organisation: metadata?.organisation ?? null,
      published: metadata?.published ?? null,
      publishedIso: metadata?.publishedIso ?? null,
      upvotes: metadata?.upvotes ?? null,
    });
  }
  return { digestDate, entries, warnings };
}

function splitBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

function isHeaderBlock(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const only = block.lines[0]!.trim();
  return HEADER_LINES.has(only.toLowerCase()) || DIGEST_DATE.test(only);
}

/** Who, a lone `·`, and a date: the block that closes most entries. */
function isMetadataBlock(block: Block): boolean {
  const lines = block.lines.map((line) => line.trim());
  return lines.length >= 2 && lines.length <= 3 && lines[1] === '·' && (lines.length === 2 || PAPER_DATE.test(lines[2]!));
}

/**
 * A short block followed by a long one is the next entry's title, so the current entry has no
 * abstract: the shape of a title-only posting.
 */
function startsNextEntry(candidate: Block, after: Block | undefined): boolean {
  const text = candidate.lines.join(' ');
  if (text.length > TITLE_MAX_CHARS || !after || isMetadataBlock(after)) return false;
  return after.lines.join(' ').length > TITLE_MAX_CHARS;
}

/**
 * Whether a block after an abstract is another paragraph of it rather than the next title. Longer
 * than any title, it is prose. A shorter one is prose when it reads as sentences (ends with a full
 * stop, or holds two sentences) and is not followed by a long block: a title is followed by its
 * abstract. Titles end with "?" or "!" but, in the samples, never with a full stop.
 */
function continuesAbstract(candidate: Block, after: Block | undefined): boolean {
  if (isMetadataBlock(candidate) || isHeaderBlock(candidate)) return false;
  const text = candidate.lines.join(' ').trim();
  if (text.length > TITLE_MAX_CHARS) return true;
  const readsAsSentences = /\.["'”’)\]]?$/.test(text) || /\.["'”’)]?\s+[A-Z]/.test(text);
  const titleFollowedByAbstract = after !== undefined && !isMetadataBlock(after) && after.lines.join(' ').length > TITLE_MAX_CHARS;
  return readsAsSentences && !titleFollowedByAbstract;
}

function parseMetadata(block: Block) {
  const who = block.lines[0]!.trim();
  const date = block.lines[2]?.trim() ?? '';
  const authorMatch = AUTHOR_COUNT.exec(who);
  const dateMatch = PAPER_DATE.exec(date);
  let published: string | null = null;
  let publishedIso: string | null = null;
  let upvotes: number | null = null;
  if (dateMatch) {
    const [, month, day, year, votes] = dateMatch;
    published = year ? `${month} ${day}, ${year}` : `${month} ${day}`;
    const mm = String(MONTHS.indexOf(month!) + 1).padStart(2, '0');
    const dd = day!.padStart(2, '0');
    publishedIso = year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
    upvotes = votes === undefined ? null : Number(votes);
  }
  return {
    authors: authorMatch ? Number(authorMatch[1]) : null,
    organisation: authorMatch ? null : cleanText(who) || null,
    published,
    publishedIso,
    upvotes,
  };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
