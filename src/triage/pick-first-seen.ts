// Which library entry of a paper was seen first. Digest headers often print no year ("Feb 17"), so a
// date without one is taken as the last such day on or before the triaged digest's date.
import { parseDateText } from '../ingest/parse-date-text.js';
import type { FirstSeen } from './triage-types.js';

const DAY_MS = 86_400_000;

export interface DatedEntry {
  id: string;
  digest: string;
  digestDate: string | null;
}

/**
 * The entry with the most days between its digest's date and `reference` (the triaged digest's
 * date, or today); entries without a date come after dated ones, then digest name decides.
 */
export function pickFirstSeen(entries: readonly DatedEntry[], reference: Date): FirstSeen {
  let best: { entry: DatedEntry; daysBefore: number } | null = null;
  for (const entry of entries) {
    const daysBefore = daysBeforeReference(entry.digestDate, reference);
    const better =
      best === null ||
      daysBefore > best.daysBefore ||
      (daysBefore === best.daysBefore && (entry.digest < best.entry.digest || (entry.digest === best.entry.digest && entry.id < best.entry.id)));
    if (better) best = { entry, daysBefore };
  }
  if (!best) throw new Error('pickFirstSeen needs at least one entry');
  return { entryId: best.entry.id, digest: best.entry.digest, date: best.entry.digestDate };
}

/** The reference day of a triage: the digest's own date when it prints one with a parseable day, else `today`. */
export function referenceDate(digestDate: string | null, today: Date): Date {
  const parsed = digestDate === null ? null : parseDateText(digestDate);
  if (!parsed) return today;
  const [year, month, day] = isoParts(parsed.publishedIso);
  return new Date(Date.UTC(year ?? today.getUTCFullYear(), month - 1, day));
}

/** Days from the date to the reference; -1 for no date. A yearless date is placed in the year up to the reference. */
function daysBeforeReference(printed: string | null, reference: Date): number {
  const parsed = printed === null ? null : parseDateText(printed);
  if (!parsed) return -1;
  const [year, month, day] = isoParts(parsed.publishedIso);
  if (year !== null) return Math.round((reference.getTime() - Date.UTC(year, month - 1, day)) / DAY_MS);
  let date = Date.UTC(reference.getUTCFullYear(), month - 1, day);
  if (date > reference.getTime()) date = Date.UTC(reference.getUTCFullYear() - 1, month - 1, day);
  return Math.round((reference.getTime() - date) / DAY_MS);
}

function isoParts(iso: string): [number | null, number, number] {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso)!;
  return [match[1] === '-' ? null : Number(match[1]), Number(match[2]), Number(match[3])];
}
