// Measures that tell two model variants apart on the sample: "similar to this text" and the
// duplicate groups of the samples plus test/fixtures/revised-digest.txt.
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import type { OpenIndex } from '../../src/pipeline/open-index.js';
import { searchByVector } from '../../src/search/search-papers.js';

export interface EvalRow {
  name: string;
  value: number;
}

/**
 * `similar --file` with the second half of each sample paper's abstract: the mean reciprocal rank
 * of the paper itself among all papers. Half an abstract is a text the index has never seen.
 */
export async function evaluateSimilar(index: OpenIndex): Promise<EvalRow[]> {
  const halves = index.papers.map((paper) => {
    const sentences = paper.abstract.split(/(?<=\.)\s+/);
    return sentences.slice(Math.floor(sentences.length / 2)).join(' ');
  });
  const vectors = await index.embedTexts(halves);
  let reciprocalRanks = 0;
  let first = 0;
  for (const [ordinal, vector] of vectors.entries()) {
    const rank = (await searchByVector(index, vector, { topK: 10 })).findIndex((hit) => hit.paper.id === index.papers[ordinal]!.id);
    if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
    if (rank === 0) first += 1;
  }
  return [
    { name: 'similar --file, second half of each abstract: MRR', value: reciprocalRanks / vectors.length },
    { name: 'similar --file, second half of each abstract: found first', value: first / vectors.length },
  ];
}

/** Group counts by kind on the samples plus the edited re-posts fixture (11 re-posts, 5 distinct). */
export async function evaluateDupes(index: OpenIndex): Promise<EvalRow[]> {
  const groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
  const fixtureEntriesGrouped = groups.flatMap((group) => group.entries).filter((entry) => entry.digest === 'revised-digest.txt').length;
  return [
    { name: 'dupes identical groups (samples + fixture)', value: groups.filter((group) => group.kind === 'identical').length },
    { name: 'dupes revised groups (samples + fixture)', value: groups.filter((group) => group.kind === 'revised').length },
    { name: 'dupes fixture entries grouped (11 re-posts of 16)', value: fixtureEntriesGrouped },
  ];
}
