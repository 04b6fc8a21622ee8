// Why a duplicate group is one paper, in the words `papers dupes` uses, for the report page.
import { describeEvidence } from '../dedup/describe-evidence.js';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';

export function describeDuplicateReason(group: DuplicateGroup): string {
  const evidence = group.evidence;
  const fixed = (value: number) => value.toFixed(2);
  switch (evidence.basis) {
    case 'identical':
      return 'same title and abstract in every posting';
    case 'title':
      return `text similarity ${fixed(evidence.textSimilarity)} (title ${fixed(evidence.titleSimilarity)}, titles only (no abstract to compare))`;
    case 'abstract':
      return `text similarity ${fixed(evidence.textSimilarity)} (title ${fixed(evidence.titleSimilarity)}, abstract containment ${fixed(evidence.abstractContainment)}, overlap ${fixed(evidence.abstractOverlap)})`;
    case 'facts':
      return describeEvidence(group);
  }
}
