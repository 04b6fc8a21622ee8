// Renderings of themes for the terminal and for --json (the JSON shape is a public contract:
// { areas: [{ id, label, topicIds, size }], clusters: [{ id, areaId, label, keywords, size, papers: [{ id, title, similarity, arxivId, alsoPostedAs? }] }] }).
import type { PaperTheme } from '../themes/theme-of-paper.js';
import type { Theme, ThemesResult } from '../themes/theme-types.js';
import { plural } from './plural.js';

export type ThemesLevel = 'topics' | 'areas';

/** A paper's arXiv id by paper id, null when it has none. */
export type ArxivIdOf = (paperId: string) => string | null;

const noArxivIds: ArxivIdOf = () => null;

export function themesToJson(result: ThemesResult, arxivIdOf: ArxivIdOf = noArxivIds): object {
  return {
    areas: result.areas.map((area) => ({ id: area.id, label: area.label, topicIds: area.topicIds, size: area.size })),
    clusters: result.clusters.map((theme) => ({
      id: theme.id,
      areaId: theme.areaId,
      label: theme.label,
      keywords: theme.keywords,
      size: theme.size,
      papers: theme.papers.map((member) => ({
        id: member.id,
        title: member.title,
        similarity: round(member.similarity),
        arxivId: arxivIdOf(member.id),
        ...(member.alsoPostedAs ? { alsoPostedAs: member.alsoPostedAs } : {}),
      })),
    })),
  };
}

/**
 * Areas, largest first, each with its topics (largest first). At the topic level every topic shows
 * its `representatives` papers closest to its centre; at the area level only the topic names.
 */
export function formatThemesTable(result: ThemesResult, representatives: number, level: ThemesLevel = 'topics', arxivIdOf: ArxivIdOf = noArxivIds): string {
  const lines: string[] = [];
  const areas = [...result.areas].sort((a, b) => b.size - a.size || a.id - b.id);
  for (const area of areas) {
    if (lines.length > 0) lines.push('');
    lines.push(`area ${area.id}  ${plural(area.size, 'paper')}  ${area.label}`);
    for (const topicId of area.topicIds) {
      const theme = result.clusters.find((candidate) => candidate.id === topicId)!;
      lines.push(formatTopicLine(theme));
      if (level === 'topics') for (const member of theme.papers.slice(0, representatives)) lines.push(`${' '.repeat(18)}${member.similarity.toFixed(3)}  ${member.title}${describeArxivId(arxivIdOf(member.id))}${describeRepostsOf(member)}`);
    }
  }
  const papers = Object.keys(result.assignments).length;
  const how =
    result.choice === 'auto'
      ? `${result.k} topics by the upper-tail rule on the Ward tree (--verbose shows the merge heights, --k sets the number)`
      : `${plural(result.k, 'topic')} as asked`;
  lines.push('', `${plural(result.k, 'topic')} in ${plural(result.areas.length, 'area')} of ${plural(papers, 'paper')}; ${how}`);
  return lines.join('\n');
}

/** " (also posted as 1 edited or rewritten version)" for a paper that stands for its re-posts. */
function describeRepostsOf(member: Theme['papers'][number]): string {
  const count = member.alsoPostedAs?.length ?? 0;
  return count === 0 ? '' : ` (also posted as ${plural(count, 'edited or rewritten version')})`;
}

function formatTopicLine(theme: Theme): string {
  return `  topic ${String(theme.id).padStart(3)}  ${String(theme.size).padStart(5)}  ${theme.label}`;
}

/** The --verbose figures: the merge height at each topic count near the choice, and the threshold. */
export function formatChoice(result: ThemesResult): string {
  if (result.tried.length === 0) return `${result.k} topics (${result.choice === 'fixed' ? 'given with --k' : 'the only number this corpus allows'})`;
  const lines = [`merge heights (a merge above ${result.threshold.toFixed(4)} would join two topics)`, '  topics  merge height'];
  for (const { k, mergeHeight } of result.tried) lines.push(`${String(k).padStart(8)}  ${mergeHeight.toFixed(4).padStart(12)}${k === result.k ? '  ← chosen' : ''}`);
  return lines.join('\n');
}

export function paperThemeToJson(found: PaperTheme, arxivIdOf: ArxivIdOf = noArxivIds): object {
  return {
    paper: { id: found.member.id, title: found.member.title, similarity: round(found.member.similarity), arxivId: arxivIdOf(found.member.id) },
    theme: { id: found.theme.id, areaId: found.theme.areaId, label: found.theme.label, keywords: found.theme.keywords, size: found.theme.size },
    mates: found.mates.map((mate) => ({ id: mate.id, title: mate.title, similarity: round(mate.similarity), arxivId: arxivIdOf(mate.id) })),
  };
}

export function formatPaperTheme(found: PaperTheme, result: ThemesResult, arxivIdOf: ArxivIdOf = noArxivIds): string {
  const area = result.areas.find((candidate) => candidate.id === found.theme.areaId)!;
  const lines = [
    `${found.member.title}${describeArxivId(arxivIdOf(found.member.id))}`,
    `is in topic ${found.theme.id} (one of ${result.k}): ${found.theme.label} (${plural(found.theme.size, 'paper')}; similarity to its centre ${found.member.similarity.toFixed(3)})`,
    `in area ${area.id}: ${area.label}`,
  ];
  if (found.mates.length > 0) {
    lines.push('', 'nearest topic-mates (cosine):');
    for (const mate of found.mates) lines.push(`  ${mate.similarity.toFixed(3)}  ${mate.title}${describeArxivId(arxivIdOf(mate.id))}`);
  }
  return lines.join('\n');
}

function describeArxivId(id: string | null): string {
  return id === null ? '' : `  (arXiv ${id})`;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
