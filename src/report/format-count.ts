// Counts in words with the right plural ("1 paper", "3 papers"): shared by the report's Node
// side and its page script, so the two never disagree.

/** `count` followed by `one` or `many` (default: `one` + "s"), e.g. formatCount(1, 'upvote'). */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
