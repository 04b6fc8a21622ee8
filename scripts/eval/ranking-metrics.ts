// Ranking measures shared by the evaluations: nDCG@k with graded gains, average precision, MRR.

/**
 * nDCG@k over the ideal ordering of every judged document; the gain is the grade itself (CSFCube's
 * evaluation and trec_eval's default), which for binary judgments equals 2^grade − 1.
 */
export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const gain = (grade: number, rank: number) => grade / Math.log2(rank + 2);
  const dcg = ranked.slice(0, k).reduce((sum, id, rank) => sum + gain(grades.get(id) ?? 0, rank), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k).reduce((sum, grade, rank) => sum + gain(grade, rank), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Average precision: documents graded at least `minGrade` are relevant. */
export function averagePrecision(ranked: readonly string[], grades: ReadonlyMap<string, number>, minGrade: number): number {
  const relevant = [...grades.values()].filter((grade) => grade >= minGrade).length;
  if (relevant === 0) return 0;
  let found = 0;
  let sum = 0;
  ranked.forEach((id, rank) => {
    if ((grades.get(id) ?? 0) >= minGrade) {
      found += 1;
      sum += found / (rank + 1);
    }
  });
  return sum / relevant;
}

/** 1 / rank of the first wanted document, 0 when it is missing. */
export function reciprocalRank(ranked: readonly string[], wanted: string): number {
  const rank = ranked.indexOf(wanted);
  return rank < 0 ? 0 : 1 / (rank + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
