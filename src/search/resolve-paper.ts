// Finds the paper a user names: by id, by exact title (case-insensitive), or by a title prefix
// that only one paper has.
import { PapersError } from '../errors.js';
import { foldText } from '../ingest/normalize.js';
import type { Paper } from '../ingest/types.js';

export function resolvePaper(papers: Paper[], ref: string): number {
  const wanted = ref.trim();
  if (!wanted) throw new PapersError('USAGE', 'the paper reference is empty', 'give a paper id or title');
  const byId = papers.findIndex((paper) => paper.id === wanted);
  if (byId >= 0) return byId;
  const folded = foldText(wanted);
  const exact = papers.flatMap((paper, ordinal) => (foldText(paper.title) === folded ? [ordinal] : []));
  if (exact.length === 1) return exact[0]!;
  const prefixed = exact.length > 1 ? exact : papers.flatMap((paper, ordinal) => (foldText(paper.title).startsWith(folded) ? [ordinal] : []));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length === 0) {
    throw new PapersError('NOT_FOUND', `no paper has the id or title "${wanted}"`, 'use `papers search` to find the paper, then pass its id');
  }
  const examples = prefixed.slice(0, 3).map((ordinal) => `${papers[ordinal]!.id} "${papers[ordinal]!.title}"`);
  throw new PapersError('AMBIGUOUS', `"${wanted}" matches ${prefixed.length} papers: ${examples.join('; ')}`, 'give more of the title, or the id');
}
