// Counts in words for the terminal: "1 paper", "2 papers", "1 entry", "3 entries".

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
