// One line of the benchmark table: what was measured, its value, and the target it is held to.
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function printRows(rows: BenchRow[]): void {
  console.table(rows.map((row) => ({ measure: row.name, value: Number(row.value.toFixed(3)), unit: row.unit, target: row.target ?? '' })));
}
