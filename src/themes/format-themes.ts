// Renderings of themes for the terminal and for --json (the JSON shape is a public contract:
// { clusters: [{ id, label, keywords, size, papers: [{ id, title, similarity }] }] }).
import type { PaperTheme } from './theme-of-paper.js';
import type { ThemesResult } from './theme-types.js';

export function themesToJson(result: ThemesResult): object {
  return {
    clusters: result.clusters.map((theme) => ({
      id: theme.id,
      label: theme.label,
      keywords: theme.keywords,
      size: theme.size,
      papers: theme.papers.map((member) => ({ id: member.id, title: member.title, similarity: round(member.similarity) })),
    })),
  };
}

/** One block per theme: id, size, label, then its `representatives` papers closest to the centroid. */
export function formatThemesTable(result: ThemesResult, representatives: number): string {
  const lines = ['theme  papers  label'];
  for (const theme of result.clusters) {
    lines.push(`${String(theme.id).padStart(5)}  ${String(theme.size).padStart(6)}  ${theme.label}`);
    for (const member of theme.papers.slice(0, representatives)) lines.push(`${' '.repeat(15)}${member.similarity.toFixed(3)}  ${member.title}`);
  }
  const papers = result.assignments.length;
  const how =
    result.choice === 'auto' && result.tried.length > 0
      ? `k = ${result.k} has the best silhouette of k = ${result.tried[0]!.k}–${result.tried[result.tried.length - 1]!.k} (--verbose shows each, --k sets it)`
      : `k = ${result.k}${result.choice === 'fixed' ? ' as asked' : ''}`;
  lines.push('', `${result.k} ${result.k === 1 ? 'theme' : 'themes'} of ${papers} ${papers === 1 ? 'paper' : 'papers'}; ${how}`);
  return lines.join('\n');
}

/** The --verbose figures: the silhouette of each k tried, the chosen one marked. */
export function formatChoice(result: ThemesResult): string {
  if (result.tried.length === 0) return `k = ${result.k} (${result.choice === 'fixed' ? 'given with --k' : 'the only k this corpus allows'})`;
  const lines = ['    k  silhouette'];
  for (const { k, score } of result.tried) lines.push(`${String(k).padStart(5)}  ${score.toFixed(4).padStart(10)}${k === result.k ? '  ← chosen' : ''}`);
  return lines.join('\n');
}

export function paperThemeToJson(found: PaperTheme): object {
  return {
    paper: { id: found.member.id, title: found.member.title, similarity: round(found.member.similarity) },
    theme: { id: found.theme.id, label: found.theme.label, keywords: found.theme.keywords, size: found.theme.size },
    mates: found.mates.map((mate) => ({ id: mate.id, title: mate.title, similarity: round(mate.similarity) })),
  };
}

export function formatPaperTheme(found: PaperTheme, themeCount: number): string {
  const lines = [
    found.member.title,
    `is in theme ${found.theme.id} of ${themeCount}: ${found.theme.label} (${found.theme.size} papers; similarity to its centre ${found.member.similarity.toFixed(3)})`,
  ];
  if (found.mates.length > 0) {
    lines.push('', 'nearest theme-mates (cosine):');
    for (const mate of found.mates) lines.push(`  ${mate.similarity.toFixed(3)}  ${mate.title}`);
  }
  return lines.join('\n');
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
