// The latest digest as the report shows it: the source(s) added last (of those, the ones with the
// latest date), each of its papers either new to the library or a re-post of a paper seen before,
// with that first posting. Digest headers often print no year ("Feb 17"): such a date is taken as
// the last such day on or before the day the digest was added.
import type { DuplicateGroup, DuplicateKind } from '../dedup/duplicate-types.js';
import { parseDateText } from '../ingest/parse-date-text.js';
import type { Entry, Paper } from '../ingest/types.js';
import { formatDigestDate } from './format-date.js';
import type { ReportLatestDigest, ReportRepost } from './report-data.js';

export interface LatestDigestSource {
  path: string;
  digestDate: string | null;
  addedAt?: string;
}

const DAY_MS = 86_400_000;

export function collectLatestDigest(papers: readonly Paper[], entries: readonly Entry[], sources: readonly LatestDigestSource[], groups: readonly DuplicateGroup[]): ReportLatestDigest | null {
  const latest = pickLatestSources(sources);
  if (latest.length === 0) return null;
  const latestPaths = new Set(latest.map((source) => source.path));
  const reference = referenceDay(latest[0]!.addedAt);
  const ordinalOf = new Map(papers.map((paper, ordinal) => [paper.id, ordinal]));
  const entriesOf = new Map<string, Entry[]>();
  for (const entry of entries) entriesOf.set(entry.paperId, [...(entriesOf.get(entry.paperId) ?? []), entry]);
  const groupsOf = new Map<string, DuplicateGroup[]>();
  for (const group of groups) for (const paperId of new Set(group.entries.map((entry) => entry.paperId))) groupsOf.set(paperId, [...(groupsOf.get(paperId) ?? []), group]);

  const inLatest = [...new Set(entries.filter((entry) => latestPaths.has(entry.file)).map((entry) => entry.paperId))].flatMap((id) => ordinalOf.get(id) ?? []).sort((a, b) => a - b);
  const newPapers: number[] = [];
  const reposts: ReportRepost[] = [];
  for (const ordinal of inLatest) {
    const paper = papers[ordinal]!;
    const earlierOwn = (entriesOf.get(paper.id) ?? []).filter((entry) => !latestPaths.has(entry.file));
    let kind: DuplicateKind = 'identical';
    let earlier: Entry[] = earlierOwn;
    if (earlier.length === 0) {
      for (const group of groupsOf.get(paper.id) ?? []) {
        const others = group.entries.filter((entry) => entry.paperId !== paper.id).flatMap((entry) => (entriesOf.get(entry.paperId) ?? []).filter((other) => other.id === entry.id && !latestPaths.has(other.file)));
        if (others.length > 0) {
          kind = group.kind;
          earlier = others;
          break;
        }
      }
    }
    if (earlier.length === 0) {
      newPapers.push(ordinal);
      continue;
    }
    const first = pickFirstPosting(earlier, reference);
    reposts.push({ ordinal, original: ordinalOf.get(first.paperId) ?? null, kind, firstSeen: formatDigestDate(first.digestDate), firstSeenDigest: first.digest });
  }
  const date = latest[0]!.digestDate;
  return { date: formatDigestDate(date), digests: latest.map((source) => source.path.split(/[\\/]/).pop()!), papers: inLatest.length, newPapers, reposts };
}

/** The sources added last; of those, the ones with the latest digest date (all of them when none has one). */
function pickLatestSources(sources: readonly LatestDigestSource[]): LatestDigestSource[] {
  if (sources.length === 0) return [];
  const lastAdded = sources.reduce((latest, source) => ((source.addedAt ?? '') > latest ? (source.addedAt ?? '') : latest), '');
  const added = sources.filter((source) => (source.addedAt ?? '') === lastAdded);
  const reference = referenceDay(lastAdded);
  const days = added.map((source) => dayOf(source.digestDate, reference));
  const latestDay = Math.max(...days);
  return added.filter((_, position) => days[position] === latestDay).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The posting of the earliest dated digest; undated ones after, then by digest name and entry id. */
function pickFirstPosting(entries: readonly Entry[], reference: number): Entry {
  const keyOf = (entry: Entry) => {
    const day = dayOf(entry.digestDate, reference);
    return day === -Infinity ? Infinity : day;
  };
  return [...entries].sort((a, b) => keyOf(a) - keyOf(b) || (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : a.id < b.id ? -1 : 1))[0]!;
}

function referenceDay(addedAt: string | undefined): number {
  const time = addedAt ? Date.parse(addedAt) : NaN;
  return Math.floor((Number.isNaN(time) ? Date.now() : time) / DAY_MS);
}

/** Days since 1970 of a digest date; a yearless one in the year that puts it on or before `reference`. -Infinity for none. */
function dayOf(printed: string | null, reference: number): number {
  const parsed = printed === null ? null : parseDateText(printed);
  if (!parsed) return -Infinity;
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(parsed.publishedIso);
  if (!match) return -Infinity;
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (match[1] !== '-') return Math.floor(Date.UTC(Number(match[1]), month, day) / DAY_MS);
  const referenceYear = new Date(reference * DAY_MS).getUTCFullYear();
  const thisYear = Math.floor(Date.UTC(referenceYear, month, day) / DAY_MS);
  return thisYear <= reference ? thisYear : Math.floor(Date.UTC(referenceYear - 1, month, day) / DAY_MS);
}
