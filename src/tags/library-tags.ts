// The tags of a library as the user sees them: a tag on any posting of a paper (any member of its
// duplicate group) shows on every posting, and tags of papers the library no longer holds are
// left out (they come back if the paper does).
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Paper } from '../ingest/types.js';
import { groupMembersById } from '../search/collapse-duplicates.js';

/** Where tags are kept (the library store; OpenIndex passes its store's through). */
export interface TagStore {
  allTags(): { paperId: string; tag: string }[];
  /** False when the paper had the tag already. */
  addTag(paperId: string, tag: string): boolean;
  /** How many of these papers lost the tag. */
  removeTag(paperIds: readonly string[], tag: string): number;
}

export interface TagSource extends Pick<TagStore, 'allTags'> {
  paperById(id: string): Paper | undefined;
}

export interface TagCount {
  tag: string;
  /** Papers carrying it, a paper posted several times counted once. */
  papers: number;
}

export interface LibraryTags {
  /** The tags of a paper, its re-posts' included, by name. */
  tagsOf(paperId: string): string[];
  /** Every paper carrying the tag, each re-post of a tagged paper included. */
  papersTagged(tag: string): Set<string>;
  /** One paper per tagged duplicate group (the posting the tag was put on), by title. */
  listTagged(tag: string): Paper[];
  counts(): TagCount[];
}

export function readLibraryTags(source: TagSource, groups: readonly DuplicateGroup[]): LibraryTags {
  const membersOf = groupMembersById(groups);
  const postingsOf = (id: string) => membersOf.get(id)?.map((member) => member.id) ?? [id];
  const tagged = new Map<string, Paper[]>();
  const tagsById = new Map<string, Set<string>>();
  for (const { paperId, tag } of source.allTags()) {
    const paper = source.paperById(paperId);
    if (!paper) continue;
    const papers = tagged.get(tag) ?? [];
    // One group, one paper: a tag put on two postings of it is listed once.
    if (papers.some((other) => postingsOf(other.id).includes(paperId))) continue;
    papers.push(paper);
    tagged.set(tag, papers);
    for (const id of postingsOf(paperId)) {
      const tags = tagsById.get(id) ?? new Set<string>();
      tags.add(tag);
      tagsById.set(id, tags);
    }
  }
  return {
    tagsOf: (paperId) => [...(tagsById.get(paperId) ?? [])].sort(),
    papersTagged: (tag) => new Set((tagged.get(tag) ?? []).flatMap((paper) => postingsOf(paper.id))),
    listTagged: (tag) => [...(tagged.get(tag) ?? [])].sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1)),
    counts: () => [...tagged].map(([tag, papers]) => ({ tag, papers: papers.length })).sort((a, b) => (a.tag < b.tag ? -1 : 1)),
  };
}

/** Every posting of a paper: the ids a tag is taken off, so that it shows on none of them. */
export function listPostings(paperId: string, groups: readonly DuplicateGroup[]): string[] {
  return groupMembersById(groups).get(paperId)?.map((member) => member.id) ?? [paperId];
}
