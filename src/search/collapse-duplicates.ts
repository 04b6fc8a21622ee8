// One paper is one result: papers that `dupes` judged one (a revised or rewritten group) are shown
// as the best-ranked of them, with the others listed as "also posted as". Takes the groups as
// given (kept by the index, or computed and cached), so search never decides duplicates itself.
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Paper } from '../ingest/types.js';

export interface AlsoPosted {
  /** Paper id of the other posting. */
  id: string;
  title: string;
}

/** The duplicate groups as search reads them: looked up per hit, so a large library loads none. */
export interface DuplicateMembers {
  /** Every paper of this paper's group (itself included), or undefined when it is in none. */
  membersOf(paperId: string): AlsoPosted[] | undefined;
  /** No group at all: search fetches no extra candidates. */
  readonly isEmpty: boolean;
}

/** The lookup over groups held in memory (found now, or read from the cache). */
export function membersOfGroups(groups: readonly DuplicateGroup[]): DuplicateMembers {
  const members = groupMembersById(groups);
  return { membersOf: (paperId) => members.get(paperId), isEmpty: members.size === 0 };
}

/** paper id → every paper of its group (itself included), for groups of more than one paper. */
export function groupMembersById(groups: readonly DuplicateGroup[]): Map<string, AlsoPosted[]> {
  const members = new Map<string, AlsoPosted[]>();
  for (const group of groups) {
    const papers = new Map<string, string>();
    for (const entry of group.entries) if (!papers.has(entry.paperId)) papers.set(entry.paperId, entry.title);
    if (papers.size < 2) continue;
    const list = [...papers].map(([id, title]) => ({ id, title }));
    for (const { id } of list) members.set(id, list);
  }
  return members;
}

/** Hits in the same order, each group kept at its best-ranked member with the others attached. */
export function collapseDuplicates<T extends { paper: Paper; alsoPostedAs: AlsoPosted[] }>(hits: readonly T[], members: DuplicateMembers): T[] {
  const shown = new Set<string>();
  const kept: T[] = [];
  for (const hit of hits) {
    if (shown.has(hit.paper.id)) continue;
    const group = members.membersOf(hit.paper.id);
    if (!group) {
      kept.push(hit);
      continue;
    }
    for (const member of group) shown.add(member.id);
    kept.push({ ...hit, alsoPostedAs: group.filter((member) => member.id !== hit.paper.id) });
  }
  return kept;
}

/**
 * Each paper of a duplicate group that is not its representative → the representative's id. The
 * representative is the posting seen in most digests, then the smallest id (as `papers similar`
 * resolves a shared title): where no ranking decides, as in themes and the map.
 */
export function pickRepresentatives(groups: readonly DuplicateGroup[], papers: readonly Pick<Paper, 'id' | 'entryIds'>[]): Map<string, string> {
  const entriesOf = new Map(papers.map((paper) => [paper.id, paper.entryIds.length]));
  const representativeOf = new Map<string, string>();
  for (const members of new Set(groupMembersById(groups).values())) {
    const present = members.filter((member) => entriesOf.has(member.id));
    if (present.length < 2) continue;
    const best = present.reduce((a, b) => {
      const delta = entriesOf.get(b.id)! - entriesOf.get(a.id)!;
      return delta > 0 || (delta === 0 && b.id < a.id) ? b : a;
    });
    for (const member of present) if (member.id !== best.id) representativeOf.set(member.id, best.id);
  }
  return representativeOf;
}
