// `papers themes` (alias `clusters`): what is in this pile of digests? Topics grouped into areas,
// with names, sizes and representative papers; `--paper <ref>` tells which topic one paper is in.
import { Command, Option } from 'commander';
import { usageError } from '../../errors.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { pickRepresentatives } from '../../search/collapse-duplicates.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import { collapseThemeDuplicates } from '../../themes/collapse-theme-duplicates.js';
import { loadThemes } from '../../themes/load-themes.js';
import { THEMES } from '../../config.js';
import { themeOfPaper } from '../../themes/theme-of-paper.js';
import { loadTopicTrend } from '../../themes/topic-trend.js';
import { formatTrend, trendToJson } from '../format-trend.js';
import { openIndex } from '../context.js';
import { formatChoice, formatPaperTheme, formatThemesTable, paperThemeToJson, themesToJson, type ThemesLevel } from '../format-themes.js';
import { printJson, printLine, printNote } from '../output.js';
import { parsePositiveInteger } from '../parse-options.js';
import { createProgress } from '../progress.js';

interface ThemesOptions {
  k?: number;
  paper?: string;
  mates: number;
  level: ThemesLevel;
  json?: boolean;
  verbose?: boolean;
  recompute?: boolean;
  trend?: boolean;
}

export function themesCommand(): Command {
  return new Command('themes')
    .alias('clusters')
    .description('group the papers into named topics and areas (Ward clustering of their embeddings)')
    .addOption(new Option('--k <n>', 'number of topics: a one-off clustering, or with --recompute the library\'s topics (default: the upper-tail rule on the Ward tree)').argParser(parsePositiveInteger))
    .option('--recompute', 're-cluster the library\'s topics; a topic whose papers mostly stay together keeps its id and name')
    .option('--trend', 'show which topics are growing: their share of the latest digests against before')
    .addOption(new Option('--level <level>', 'areas: areas and their topic names only; topics: each topic with its representative papers').choices(['topics', 'areas']).default('topics'))
    .option('--paper <ref>', 'show the topic of one paper (id, title or unique title prefix) and its nearest topic-mates')
    .addOption(new Option('--mates <n>', 'topic-mates shown with --paper').argParser(parsePositiveInteger).default(5))
    .option('--json', 'print JSON: { areas: [{ id, label, topicIds, size }], clusters: [{ id, areaId, label, keywords, size, papers }] }')
    .option('--verbose', 'show the merge heights behind the number of topics and whether the themes were cached')
    .action(async (options: ThemesOptions, command: Command) => {
      const index = await openIndex(command.optsWithGlobals());
      try {
        const paperCount = index.meta.counts.papers;
        if (options.k !== undefined && options.k > paperCount) {
          throw usageError(`--k ${options.k} asks for more topics than the ${paperCount} papers in the index`, `give a number from 1 to ${Math.min(paperCount, THEMES.treeLeaves)}`);
        }
        if (options.k !== undefined && options.k > THEMES.treeLeaves) {
          throw usageError(`--k ${options.k} asks for more topics than the ${THEMES.treeLeaves} leaves of the Ward tree`, `give a number from 1 to ${THEMES.treeLeaves}`);
        }
        // Resolve the paper first: a typo should fail before any clustering work.
        const ordinal = options.paper === undefined ? null : resolvePaper(index.papers, options.paper);
        const started = performance.now();
        const progress = createProgress('computing themes', { quiet: options.json === true });
        const loaded = await loadThemes(index, { k: options.k, recompute: options.recompute, onProgress: (done, total) => progress.update(done, total) });
        progress.stop();
        // One paper is one member: a re-post `dupes` joined to a paper counts as that paper.
        const representativeOf = pickRepresentatives(await loadDuplicateGroups(index), index.papers);
        const result = collapseThemeDuplicates(loaded.result, representativeOf);
        const cached = loaded.cached;
        if (options.trend) {
          const trends = await loadTopicTrend(index);
          if (options.json) printJson(trendToJson(trends));
          else printLine(formatTrend(trends, THEMES.trendShown));
          return;
        }
        if (options.verbose) {
          printNote(formatChoice(result));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          printNote(cached ? `themes read from ${index.indexDir}` : `themes computed in ${seconds} s and stored in ${index.indexDir}`);
        }
        const arxivIds = new Map(index.papers.flatMap((paper) => (paper.externalId ? [[paper.id, paper.externalId] as const] : [])));
        const arxivIdOf = (id: string) => arxivIds.get(id) ?? null;
        if (ordinal !== null) {
          const vectors = index.vectors();
          const ordinalOf = new Map(index.papers.map((paper, position) => [paper.id, position]));
          const asked = index.papers[ordinal]!.id;
          const found = themeOfPaper(result, representativeOf.get(asked) ?? asked, (id) => vectors[ordinalOf.get(id)!]!, options.mates);
          if (options.json) printJson(paperThemeToJson(found, arxivIdOf));
          else printLine(formatPaperTheme(found, result, arxivIdOf));
          return;
        }
        if (options.json) printJson(themesToJson(result, arxivIdOf));
        else printLine(formatThemesTable(result, THEMES.representatives, options.level, arxivIdOf));
      } finally {
        await index.close();
      }
    });
}
