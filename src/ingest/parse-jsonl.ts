// Parses JSON Lines input (.jsonl, .ndjson): one `{ "title", "abstract", ... }` object per line,
// so users can bring sources other than digest pages. A line without a usable title is reported
// and skipped; an optional field that cannot be read is dropped, with one warning per field and file.
import { z } from 'zod';
import { cleanText } from './normalize.js';
import { parseDateText } from './parse-date-text.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface ParsedJsonl {
  entries: RawEntry[];
  warnings: IngestWarning[];
}

const nonNegativeInteger = z.number().int().nonnegative();
const numericString = z
  .string()
  .regex(/^\s*\d+\s*$/)
  .transform(Number);

/** A count (4), a numeric string ("4"), a list of names, or names in one string ("A, B and C"). */
const AuthorsField = z.union([nonNegativeInteger, numericString, z.array(z.unknown()).transform((names) => names.length), z.string().transform(countNames)]);
/** A count (12) or a numeric string ("12"). */
const UpvotesField = z.union([nonNegativeInteger, numericString]);
/** "2025-07-15" (a time may follow), "Jul 15, 2025", "Jul 15", "15 July 2025". */
const DateField = z.string().transform((text, context) => {
  const date = parseDateText(text);
  if (date === null) context.addIssue({ code: 'custom', message: 'not a date' });
  return date ?? z.NEVER;
});

const JsonlRecord = z.looseObject({
  title: z.string().refine((title) => cleanText(title) !== ''),
  abstract: z.string().optional(),
  authors: z.unknown().optional(),
  organisation: z.unknown().optional(),
  upvotes: z.unknown().optional(),
  date: z.unknown().optional(),
});

type OptionalField = 'authors' | 'organisation' | 'upvotes' | 'date';

export function parseJsonl(text: string, file: string): ParsedJsonl {
  const entries: RawEntry[] = [];
  const warnings: IngestWarning[] = [];
  const unreadable = new Map<OptionalField, { count: number; firstLine: number }>();
  const noteUnreadable = (field: OptionalField, line: number) => {
    const seen = unreadable.get(field);
    if (seen) seen.count += 1;
    else unreadable.set(field, { count: 1, firstLine: line });
  };

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      const warn = (message: string) => warnings.push({ file, line, message });
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        warn('not valid JSON; line skipped');
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        warn('expected a JSON object; line skipped');
        return;
      }
      const parsed = JsonlRecord.safeParse(value);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path[0] === 'abstract' ? 'abstract' : 'title';
        warn(field === 'title' ? '"title" is missing or not a string; line skipped' : '"abstract" is not a string; line skipped');
        return;
      }
      const record = parsed.data;
      const abstract = cleanText(record.abstract ?? '');
      if (!abstract) warn('no "abstract"; indexed by title only');

      const read = <T>(field: OptionalField, schema: z.ZodType<T>): T | null => {
        const given = record[field];
        if (given === undefined || given === null || given === '') return null;
        const result = schema.safeParse(given);
        if (result.success) return result.data;
        noteUnreadable(field, line);
        return null;
      };
      const date = read('date', DateField);
      entries.push({
        line,
        title: cleanText(record.title),
        abstract,
        authors: read('authors', AuthorsField),
        organisation: read('organisation', z.string().transform((name) => cleanText(name) || null)),
        published: date?.published ?? null,
        publishedIso: date?.publishedIso ?? null,
        upvotes: read('upvotes', UpvotesField),
      });
    });

  for (const [field, { count, firstLine }] of unreadable) {
    const records = count === 1 ? '1 record has' : `${count} records have`;
    warnings.push({ file, line: firstLine, message: `${records} a "${field}" that cannot be read (first at this line); kept without it` });
  }
  return { entries, warnings };
}

/** "Ada Lovelace, Alan Turing and Grace Hopper" → 3; "12" is taken as a count before this. */
function countNames(names: string): number {
  return names
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter(Boolean).length;
}
