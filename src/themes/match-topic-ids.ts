// Which new topic inherits which old topic's id after a re-clustering (as BERTopic's TopicMapper
// carries ids across updates): an old topic survives as the new topic that holds most of its
// papers when they are also most of that topic's papers from before. Such majority pairs never
// compete, so every surviving topic keeps its id.

export interface TopicIdMatch {
  /** Old topic id of each new topic (by index), or null for a topic that gets a new id. */
  oldIdOf: (number | null)[];
}

/**
 * `oldTopicOf`: the old topic of each paper that had one; `newTopicOf`: the new topic (0..count-1)
 * of every paper. A pair is matched when their overlap is more than half of the old topic's papers
 * still in the library and more than half of the new topic's papers that had a topic before (so a
 * topic that grew by many new papers still survives; of two old topics merged, the larger does).
 */
export function matchTopicIds(oldTopicOf: ReadonlyMap<string, number>, newTopicOf: ReadonlyMap<string, number>, newCount: number): TopicIdMatch {
  const oldSizes = new Map<number, number>();
  /** Papers of each new topic that had an old topic. */
  const newSizes = new Array<number>(newCount).fill(0);
  const overlaps = new Map<string, { oldId: number; newTopic: number; papers: number }>();
  for (const [paperId, newTopic] of newTopicOf) {
    const oldId = oldTopicOf.get(paperId);
    if (oldId === undefined) continue;
    newSizes[newTopic]! += 1;
    oldSizes.set(oldId, (oldSizes.get(oldId) ?? 0) + 1);
    const key = `${oldId}:${newTopic}`;
    const cell = overlaps.get(key) ?? { oldId, newTopic, papers: 0 };
    cell.papers += 1;
    overlaps.set(key, cell);
  }
  const oldIdOf = new Array<number | null>(newCount).fill(null);
  for (const pair of overlaps.values()) {
    if (2 * pair.papers > oldSizes.get(pair.oldId)! && 2 * pair.papers > newSizes[pair.newTopic]!) oldIdOf[pair.newTopic] = pair.oldId;
  }
  return { oldIdOf };
}
