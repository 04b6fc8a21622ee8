// Parses JSON Lines input: one `{ "title", "abstract", ... }` object per line, so users can bring
// sources other than digest pages. A bad line is reported with its number and skipped.
import { cleanText } from './normalize.js';
import type { IngestWarning, RawEntry } from './types.js';

export interface ParsedJsonl {
  entries: RawEntry[];
  warnings: IngestWarning[];
}

export function parseJsonl(text: string, file: string): ParsedJsonl {
  const entries: RawEntry[] = [];
  const warnings: IngestWarning[] = [];
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
      const record = value as Record<string, unknown>;
      if (typeof record.title !== 'string' || cleanText(record.title) === '') {
        warn('"title" is missing or not a string; line skipped');
        return;
      }
      if (record.abstract !== undefined && typeof record.abstract !== 'string') {
        warn('"abstract" is not a string; line skipped');
        return;
      }
      const abstract = cleanText(record.abstract ?? '');
      if (!abstract) warn('no "abstract"; indexed by title only');
      const date = typeof record.date === 'string' ? record.date : null;
      entries.push({
        line,
        title: cleanText(record.title),
        abstract,
        authors: optionalCount(record.authors),
        organisation: typeof record.organisation === 'string' ? record.organisation : null,
        published: date,
        publishedIso: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
        upvotes: optionalCount(record.upvotes),
      });
    });
  return { entries, warnings };
}

function optionalCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
