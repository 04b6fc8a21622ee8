// `papers search <query...>`: hybrid (dense + BM25), dense or lexical search, optionally within
// a date range.
import { Command, Option } from 'commander';
import { SEARCH } from '../../config.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { usageError } from '../../errors.js';
import { membersOfGroups } from '../../search/collapse-duplicates.js';
import { filterByDate } from '../../search/filter-by-date.js';
import { createWeakMatchJudge, isNothingClose } from '../../search/judge-match.js';
import { searchPapers, type SearchMode } from '../../search/search-papers.js';
import { openIndex } from '../context.js';
import { hitsToJson } from '../../search/hits-to-json.js';
import { formatHits, NOTHING_CLOSE } from '../format-hits.js';
import { printJson, printLine, printNote } from '../output.js';
import { parseIsoDate, parseMode, parseTopK } from '../parse-options.js';
import { plural } from '../plural.js';

export const SCORE_LABELS: Record<SearchMode, string> = { dense: 'cosine', lexical: 'bm25', hybrid: 'rrf' };

interface SearchCommandOptions {
  top: number;
  mode: SearchMode;
  since?: string;
  until?: string;
  showFiles?: boolean;
  json?: boolean;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('find the papers that best match a query')
    .argument('<query...>', 'words, a title or an abstract')
    .addOption(new Option('-k, --top <n>', `how many results (1-${SEARCH.maxTopK})`).argParser(parseTopK).default(SEARCH.defaultTopK))
    .addOption(new Option('--mode <mode>', 'dense, lexical or hybrid').argParser(parseMode).default('hybrid'))
    .addOption(new Option('--since <date>', 'only papers dated on or after this day (YYYY-MM-DD)').argParser(parseIsoDate))
    .addOption(new Option('--until <date>', 'only papers dated on or before this day (YYYY-MM-DD)').argParser(parseIsoDate))
    .option('--show-files', 'name the digest files beside their dates')
    .option('--json', 'print a JSON array, best first')
    .action(async (words: string[], options: SearchCommandOptions, command: Command) => {
      const query = words.join(' ').trim();
      if (!query) throw usageError('the query is empty', 'give some words to search for');
      if (options.since !== undefined && options.until !== undefined && options.since > options.until) {
        throw usageError(`--since ${options.since} is after --until ${options.until}`);
      }
      const index = await openIndex(command.optsWithGlobals());
      try {
        // Without a range no paper is read here: a search reads only the rows of its hits.
        const dateFilter = options.since === undefined && options.until === undefined ? null : filterByDate(index.papers, options);
        if (dateFilter && dateFilter.undated > 0 && !options.json) {
          printNote(`${plural(dateFilter.undated, 'paper')} without a full date (with its year) left out by --since/--until`);
        }
        const duplicates = index.storedDuplicates() ?? membersOfGroups(await loadDuplicateGroups(index));
        const hits = await searchPapers(index, query, { mode: options.mode, topK: options.top, excludeIds: dateFilter?.excludeIds, duplicates });
        const isWeak = createWeakMatchJudge(query, SEARCH.weakCosine);
        if (options.json) {
          // The array stays the whole of stdout; "nothing close" is each hit's weakMatch, and said on stderr.
          if (isNothingClose(hits, isWeak)) printNote(NOTHING_CLOSE);
          printJson(hitsToJson(hits, isWeak));
        } else printLine(formatHits(hits, SCORE_LABELS[options.mode], { isWeak, showFiles: options.showFiles }));
      } finally {
        await index.close();
      }
    });
}
