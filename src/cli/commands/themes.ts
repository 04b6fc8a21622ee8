// `papers themes` (alias `clusters`): what is in this pile of digests? Themes with names, sizes
// and representative papers; `--paper <ref>` tells which theme one paper is in.
import { Command, Option } from 'commander';
import { usageError } from '../../errors.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import { formatChoice, formatPaperTheme, formatThemesTable, paperThemeToJson, themesToJson } from '../../themes/format-themes.js';
import { loadThemes } from '../../themes/load-themes.js';
import { THEMES } from '../../config.js';
import { themeOfPaper } from '../../themes/theme-of-paper.js';
import { openIndex } from '../context.js';
import { printJson, printLine, printNote } from '../output.js';
import { parsePositiveInteger } from '../parse-options.js';

interface ThemesOptions {
  k?: number;
  paper?: string;
  mates: number;
  json?: boolean;
  verbose?: boolean;
}

export function themesCommand(): Command {
  return new Command('themes')
    .alias('clusters')
    .description('group the papers into named themes (k-means on their embeddings)')
    .addOption(new Option('--k <n>', 'number of themes (default: chosen by silhouette)').argParser(parsePositiveInteger))
    .option('--paper <ref>', 'show the theme of one paper (id, title or unique title prefix) and its nearest theme-mates')
    .addOption(new Option('--mates <n>', 'theme-mates shown with --paper').argParser(parsePositiveInteger).default(5))
    .option('--json', 'print JSON: { clusters: [{ id, label, keywords, size, papers }] }')
    .option('--verbose', 'show the silhouette of each k tried and whether the themes were cached')
    .action(async (options: ThemesOptions, command: Command) => {
      const index = openIndex(command.optsWithGlobals());
      try {
        const paperCount = index.meta.counts.papers;
        if (options.k !== undefined && options.k > paperCount) {
          throw usageError(`--k ${options.k} asks for more themes than the ${paperCount} papers in the index`, `give a number from 1 to ${paperCount}`);
        }
        // Resolve the paper first: a typo should fail before any clustering work.
        const ordinal = options.paper === undefined ? null : resolvePaper(index.papers, options.paper);
        const started = performance.now();
        const { result, cached } = await loadThemes(index, { k: options.k });
        if (options.verbose) {
          printNote(formatChoice(result));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          printNote(cached ? `themes read from the cache in ${index.indexDir}` : `themes computed in ${seconds} s and stored in the cache in ${index.indexDir}`);
        }
        if (ordinal !== null) {
          const found = themeOfPaper(result, ordinal, index.vectors(), options.mates);
          if (options.json) printJson(paperThemeToJson(found));
          else printLine(formatPaperTheme(found, result.k));
          return;
        }
        if (options.json) printJson(themesToJson(result));
        else printLine(formatThemesTable(result, THEMES.representatives));
      } finally {
        await index.close();
      }
    });
}
