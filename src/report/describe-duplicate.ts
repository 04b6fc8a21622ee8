// Why a duplicate group is one paper, in the words `papers dupes` uses, for the report page.
import type { DuplicateGroup } from '../dedup/duplicate-types.js';

export function describeDuplicateReason(group: DuplicateGroup): string {
  if (group.kind === 'identical') return 'same title and abstract in every posting';
  const value = (key: string): string => {
    const number = group.evidence[key];
    return typeof number === 'number' ? number.toFixed(2) : '?';
  };
  const basis =
    group.evidence.basis === 'title'
      ? 'titles only (no abstract to compare)'
      : `abstract containment ${value('abstractContainment')}, overlap ${value('abstractOverlap')}`;
  return `text similarity ${value('textSimilarity')} (title ${value('titleSimilarity')}, ${basis})`;
}
