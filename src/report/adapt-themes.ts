// Reads today's one-level themes as the two-level shape the report draws: every theme a topic
// that is its own area, assignments keyed by paper id.
import type { Paper } from '../ingest/types.js';
import type { ThemesResult } from '../themes/theme-types.js';
import type { ReportThemes } from './collect-report-data.js';

export function adaptThemes(themes: ThemesResult, papers: Paper[]): ReportThemes {
  return {
    ...themes,
    clusters: themes.clusters.map((theme) => ({ ...theme, areaId: theme.id })),
    areas: themes.clusters.map((theme) => ({ id: theme.id, label: theme.label, topicIds: [theme.id], size: theme.size })),
    assignments: Object.fromEntries(papers.map((paper, ordinal) => [paper.id, themes.assignments[ordinal]!])),
  };
}
