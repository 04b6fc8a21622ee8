// Which new topic inherits which old topic's id after a re-clustering: greedy matching by overlap
// (Jaccard of their papers, largest first), as BERTopic's TopicMapper carries ids across updates.
// An old topic passes its id on only when most of its surviving papers are in the one new topic.

export interface TopicIdMatch {
  /** Old topic id of each new topic (by index), or null for a topic that gets a new id. */
  oldIdOf: (number | null)[];
}

/**
 * `oldTopicOf`: the old topic of each paper that had one; `newTopicOf`: the new topic (0..count-1)
 * of every paper. A pair is matched when neither side is taken yet and the overlap is more than
 * half of the old topic's papers still in the library; pairs are taken by Jaccard, then by old id,
 * then by new index, so the matching depends on the memberships alone.
 */
export function matchTopicIds(oldTopicOf: ReadonlyMap<string, number>, newTopicOf: ReadonlyMap<string, number>, newCount: number): TopicIdMatch {
  const oldSizes = new Map<number, number>();
  const newSizes = new Array<number>(newCount).fill(0);
  const overlaps = new Map<string, { oldId: number; newTopic: number; papers: number }>();
  for (const [paperId, newTopic] of newTopicOf) {
    newSizes[newTopic]! += 1;
    const oldId = oldTopicOf.get(paperId);
    if (oldId === undefined) continue;
    oldSizes.set(oldId, (oldSizes.get(oldId) ?? 0) + 1);
    const key = `${oldId}:${newTopic}`;
    const cell = overlaps.get(key) ?? { oldId, newTopic, papers: 0 };
    cell.papers += 1;
    overlaps.set(key, cell);
  }
  const pairs = [...overlaps.values()]
    .map((cell) => ({ ...cell, jaccard: cell.papers / (oldSizes.get(cell.oldId)! + newSizes[cell.newTopic]! - cell.papers) }))
    .sort((a, b) => b.jaccard - a.jaccard || a.oldId - b.oldId || a.newTopic - b.newTopic);
  const oldIdOf = new Array<number | null>(newCount).fill(null);
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (taken.has(pair.oldId) || oldIdOf[pair.newTopic] !== null) continue;
    if (2 * pair.papers <= oldSizes.get(pair.oldId)!) continue;
    oldIdOf[pair.newTopic] = pair.oldId;
    taken.add(pair.oldId);
  }
  return { oldIdOf };
}
