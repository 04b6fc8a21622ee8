// One paper from a digest entry and an arXiv record of it whose texts differ slightly (LaTeX,
// line breaks, a formula typed two ways): the same arXiv id, or the same folded title and nearly
// the same abstract (DEDUP.joinMinContainment), make the new entries join the paper already there.
import { DEDUP } from '../config.js';
import { compareTexts } from '../dedup/text-evidence.js';
import { createFingerprinter, type TextFingerprint } from '../dedup/text-fingerprint.js';
import { foldText } from '../ingest/normalize.js';
import type { Entry, Paper } from '../ingest/types.js';
import { lexicalTermsOf } from '../search/lexical-index.js';
import type { Paper as StoredText } from '../ingest/types.js';

/** What the join asks of the library (the SQLite store answers it). */
export interface JoinLookup {
  paperById(id: string): StoredText | undefined;
  paperIdOfArxivId(arxivId: string): string | undefined;
  papersWithTitleTerms(titleTerms: string, limit: number): StoredText[];
}

/** Stored papers whose title holds the same terms, checked one by one (most titles have one). */
const TITLE_CANDIDATES = 8;

interface Known {
  id: string;
  fromArxiv: boolean;
  fingerprint: () => TextFingerprint;
}

/**
 * Points the entries of each new paper at a paper it is the same as, found in the library or
 * earlier among these entries (in their canonical order). Entries of papers the library already
 * holds under their own id are left as they are. A join by text needs an arXiv record on exactly
 * one side: two digest postings that differ are a revision, which `dupes` shows as such, and two
 * arXiv ids are two papers.
 */
export function joinSamePapers(store: JoinLookup | null, entries: Entry[]): void {
  const fingerprintOf = createFingerprinter();
  const lazy = (text: { title: string; abstract: string }) => {
    let fingerprint: TextFingerprint | null = null;
    return () => (fingerprint ??= fingerprintOf({ id: '', ...text }));
  };
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) groups.set(entry.paperId, [...(groups.get(entry.paperId) ?? []), entry]);
  const byArxivId = new Map<string, string>();
  const byTitle = new Map<string, Known[]>();

  for (const [id, group] of groups) {
    const first = group[0]!;
    const arxivId = group.find((entry) => entry.externalId)?.externalId ?? null;
    const key = titleKeyOf(first.title);
    let target: string | null = null;
    if (!store?.paperById(id)) {
      const fingerprint = lazy(first);
      if (arxivId) target = byArxivId.get(arxivId) ?? store?.paperIdOfArxivId(arxivId) ?? null;
      target ??=
        [...(byTitle.get(key) ?? []), ...storedWithTitle(store, first.title, key, lazy)].find(
          (known) => known.id !== id && known.fromArxiv !== (arxivId !== null) && sameAbstract(fingerprint(), known.fingerprint()),
        )?.id ?? null;
    }
    const paperId = target ?? id;
    for (const entry of group) entry.paperId = paperId;
    if (arxivId && !byArxivId.has(arxivId)) byArxivId.set(arxivId, paperId);
    if (!target) byTitle.set(key, [...(byTitle.get(key) ?? []), { id, fromArxiv: arxivId !== null, fingerprint: lazy(first) }]);
  }
}

function storedWithTitle(store: JoinLookup | null, title: string, key: string, lazy: (text: Paper) => () => TextFingerprint): Known[] {
  if (!store) return [];
  return store
    .papersWithTitleTerms(lexicalTermsOf({ title, abstract: '' }).title, TITLE_CANDIDATES)
    .filter((paper) => titleKeyOf(paper.title) === key)
    .map((paper) => ({ id: paper.id, fromArxiv: Boolean(paper.externalId), fingerprint: lazy(paper) }));
}

/** Both abstracts long enough to compare, and nearly all of the shorter one's shingles shared. */
function sameAbstract(a: TextFingerprint, b: TextFingerprint): boolean {
  const evidence = compareTexts(a, b);
  return evidence.basis === 'abstract' && evidence.abstractContainment >= DEDUP.joinMinContainment;
}

/** A title with case, accents, punctuation and spacing folded away. */
export function titleKeyOf(title: string): string {
  return foldText(title)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
