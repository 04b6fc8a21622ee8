// Turns candidate pairs into accepted links: an edited re-post (`revised`) when the texts overlap,
// else a rewritten one (`rewritten`) when they state the same rare facts.
import { DEDUP } from '../config.js';
import type { CandidatePair } from './find-candidate-pairs.js';
import type { ResolvedDuplicateOptions } from './duplicate-input.js';
import { FactTable } from './fact-evidence.js';
import { judgePair } from './judge-pair.js';
import { judgeRewrittenPair, type RewrittenJudgement } from './judge-rewritten-pair.js';
import { compareTexts, type TextEvidence } from './text-evidence.js';
import { createFingerprinter, type PaperText, type TextFingerprint } from './text-fingerprint.js';

/** An accepted pair: two papers judged to be one. */
export type DuplicateLink =
  | { kind: 'revised'; a: number; b: number; cosine: number; evidence: TextEvidence }
  | { kind: 'rewritten'; a: number; b: number; cosine: number; evidence: TextEvidence; rewritten: RewrittenJudgement };

/** The candidate pairs whose texts confirm them, each with its evidence. */
export function judgeCandidates(papers: readonly PaperText[], candidates: readonly CandidatePair[], options: ResolvedDuplicateOptions): DuplicateLink[] {
  const fingerprintOf = createFingerprinter();
  const fingerprints: (TextFingerprint | undefined)[] = new Array(papers.length);
  const fingerprintAt = (ordinal: number) => (fingerprints[ordinal] ??= fingerprintOf(papers[ordinal]!));
  let facts: FactTable | null = null;
  const links: DuplicateLink[] = [];
  for (const { a, b, cosine } of candidates) {
    if (cosine < options.minCosine) continue;
    const evidence = compareTexts(fingerprintAt(a), fingerprintAt(b));
    if (judgePair(cosine, evidence, options)) {
      links.push({ kind: 'revised', a, b, cosine, evidence });
      continue;
    }
    if (!options.rewritten || cosine < DEDUP.minRewrittenCosine) continue;
    // Facts need counts over the whole corpus: gathered only once a pair needs them.
    facts ??= new FactTable(papers);
    const rewritten = judgeRewrittenPair(a, b, papers, facts, evidence, options.neighbours);
    if (rewritten) links.push({ kind: 'rewritten', a, b, cosine, evidence, rewritten });
  }
  return links;
}
