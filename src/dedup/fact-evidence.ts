// How unlikely it is that two postings state the same specific facts by chance. Each shared fact
// counts ln(papers / papers stating it): a number or name only two papers in the corpus mention
// is strong evidence, "LLMs" or "GPT-4" is almost none. A nearly identical title is one more fact
// that distinct papers practically never share.
import type { PaperText } from './text-fingerprint.js';
import { extractFacts } from './extract-facts.js';

export interface SharedFacts {
  /** Shared facts, rarest first (ties by text). */
  facts: string[];
  /** Σ ln(papers / papers stating the fact) over the shared facts, plus ln(papers) for a kept title. */
  surprise: number;
}

export const SAME_TITLE_FACT = 'same title';

/** Facts of every paper and how many papers state each: built once per duplicate search. */
export class FactTable {
  private readonly factsOf: string[][];
  private readonly papersStating = new Map<string, number>();

  constructor(papers: readonly PaperText[]) {
    this.factsOf = papers.map((paper) => extractFacts(paper.title, paper.abstract));
    for (const facts of this.factsOf) for (const fact of facts) this.papersStating.set(fact, (this.papersStating.get(fact) ?? 0) + 1);
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
    if (sameTitle) surprise += Math.log(papers);
    return { facts: sameTitle ? [SAME_TITLE_FACT, ...shared] : shared, surprise };
  }
}
