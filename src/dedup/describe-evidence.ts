// The words for a duplicate group's evidence, shared by `papers dupes`, the report and the server
// so that all three say the same thing.
import type { DuplicateEvidence } from './duplicate-types.js';

export function describeEvidence(group: { evidence: DuplicateEvidence }): string {
  const evidence = group.evidence;
  switch (evidence.basis) {
    case 'identical':
      return 'same folded title and abstract';
    case 'title':
      return `text ${fixed(evidence.textSimilarity)} (title ${fixed(evidence.titleSimilarity)}, title only: no abstract to compare)`;
    case 'abstract':
      return `text ${fixed(evidence.textSimilarity)} (title ${fixed(evidence.titleSimilarity)}, abstract containment ${fixed(evidence.abstractContainment)}, overlap ${fixed(evidence.abstractOverlap)})`;
    case 'facts': {
      const shown = evidence.sharedFacts.slice(0, 8).join(', ');
      const more = evidence.sharedFacts.length > 8 ? ` and ${evidence.sharedFacts.length - 8} more` : '';
      const parts = [
        `same facts: ${shown}${more}`,
        `surprise ${evidence.factSurprise.toFixed(1)} ≥ ${evidence.requiredSurprise.toFixed(1)}`,
        `title ${fixed(evidence.titleSimilarity)}`,
        `abstract containment ${fixed(evidence.abstractContainment)}`,
      ];
      if (evidence.authors) parts.push(`authors ${evidence.authors[0]} and ${evidence.authors[1]}`);
      if (evidence.daysApart !== null) parts.push(`${evidence.daysApart} ${evidence.daysApart === 1 ? 'day' : 'days'} apart`);
      return parts.join('; ');
    }
  }
}

function fixed(value: number): string {
  return value.toFixed(2);
}
