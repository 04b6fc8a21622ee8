// How unlikely it is that two postings state the same specific facts by chance. Each shared fact
// counts ln(papers / papers stating it): a number or name only two papers in the corpus mention
// is strong evidence, "LLMs" or "GPT-4" is almost none. A nearly identical title is one more fact
// that distinct papers practically never share; the same author count or the same date counts
// ln(1 / chance that two papers of this corpus agree on it).
import type { PaperText } from './text-fingerprint.js';
import { extractFacts, isResultNumber } from './extract-facts.js';
import { titleNameOf } from './title-name.js';

export interface SharedFacts {
  /** Shared facts, rarest first (ties by text), after "same title", "same author count", "same date". */
  facts: string[];
  /** Σ ln(1 / chance of sharing it) over the shared facts: how surprising the agreement is, in nats. */
  surprise: number;
  /**
   * True when something the paper itself owns is shared: the title, the name the title leads with,
   * or a result number (71.3, 40%, 2.1×). Data sets, models and field acronyms (ScanNet, RAG,
   * AIME24) name the topic, which every candidate pair shares; alone they never make one paper.
   */
  anchored: boolean;
}

export const SAME_TITLE_FACT = 'same title';
export const SAME_NAME_FACT = 'same name';

/** Facts of every paper and how many papers state each: built once per duplicate search. */
export class FactTable {
  private readonly factsOf: string[][];
  private readonly papersStating = new Map<string, number>();
  private readonly papers: readonly PaperText[];
  /** ln(1 / Σ p²): the surprise of two papers agreeing on the value, from its spread in the corpus. */
  private readonly sameAuthorsSurprise: number;
  private readonly sameDateSurprise: number;

  constructor(papers: readonly PaperText[]) {
    this.papers = papers;
    this.factsOf = papers.map((paper) => extractFacts(paper.title, paper.abstract));
    for (const facts of this.factsOf) for (const fact of facts) this.papersStating.set(fact, (this.papersStating.get(fact) ?? 0) + 1);
    this.sameAuthorsSurprise = collisionSurprise(papers.map((paper) => (paper.authors == null ? null : String(paper.authors))));
    this.sameDateSurprise = collisionSurprise(papers.map((paper) => paper.publishedIso ?? null));
  }

  get paperCount(): number {
    return this.factsOf.length;
  }

  /** The facts papers `a` and `b` share; `sameTitle` adds the title as one fact only they state. */
  compare(a: number, b: number, sameTitle: boolean): SharedFacts {
    const papers = Math.max(this.factsOf.length, 2);
    const other = new Set(this.factsOf[b]);
    const shared = (this.factsOf[a] ?? []).filter((fact) => other.has(fact));
    const countOf = (fact: string) => Math.max(this.papersStating.get(fact) ?? 2, 2);
    shared.sort((x, y) => countOf(x) - countOf(y) || (x < y ? -1 : x > y ? 1 : 0));
    let surprise = shared.reduce((sum, fact) => sum + Math.log(papers / countOf(fact)), 0);
    const agreements: string[] = [];
    if (sameTitle) {
      agreements.push(SAME_TITLE_FACT);
      surprise += Math.log(papers);
    }
    const name = titleNameOf(this.papers[a]!.title);
    const sameName = !sameTitle && name !== null && name === titleNameOf(this.papers[b]!.title);
    if (sameName) {
      agreements.push(`${SAME_NAME_FACT} "${name}"`);
      surprise += Math.log(papers / 2);
    }
    const anchored = sameTitle || sameName || shared.some(isResultNumber);
    const paperA = this.papers[a]!;
    const paperB = this.papers[b]!;
    if (paperA.authors != null && paperA.authors === paperB.authors) {
      agreements.push('same author count');
      surprise += this.sameAuthorsSurprise;
    }
    if (paperA.publishedIso && paperA.publishedIso === paperB.publishedIso) {
      agreements.push('same date');
      surprise += this.sameDateSurprise;
    }
    return { facts: [...agreements, ...shared], surprise, anchored };
  }
}

/** ln(1 / Σ p²) over the known values: 0 when every paper has the same value or none is known. */
function collisionSurprise(values: readonly (string | null)[]): number {
  const counts = new Map<string, number>();
  let known = 0;
  for (const value of values) {
    if (value === null) continue;
    known += 1;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (known < 2) return 0;
  let collision = 0;
  for (const count of counts.values()) collision += (count / known) ** 2;
  return Math.log(1 / collision);
}
