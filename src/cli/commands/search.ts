// `papers search <query...>`: hybrid (dense + BM25), dense or lexical search.
import { Command, Option } from 'commander';
import { SEARCH } from '../../config.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { usageError } from '../../errors.js';
import { searchPapers, type SearchMode } from '../../search/search-papers.js';
import { openIndex } from '../context.js';
import { hitsToJson } from '../../search/hits-to-json.js';
import { formatHits } from '../format-hits.js';
import { printJson, printLine } from '../output.js';
import { parseMode, parsePositiveInteger } from '../parse-options.js';

export const SCORE_LABELS: Record<SearchMode, string> = { dense: 'cosine', lexical: 'bm25', hybrid: 'rrf' };

export function searchCommand(): Command {
  return new Command('search')
    .description('find the papers that best match a query')
    .argument('<query...>', 'words, a title or an abstract')
    .addOption(new Option('-k, --top <n>', 'how many results').argParser(parsePositiveInteger).default(SEARCH.defaultTopK))
    .addOption(new Option('--mode <mode>', 'dense, lexical or hybrid').argParser(parseMode).default('hybrid'))
    .option('--json', 'print a JSON array, best first')
    .action(async (words: string[], options: { top: number; mode: SearchMode; json?: boolean }, command: Command) => {
      const query = words.join(' ').trim();
      if (!query) throw usageError('the query is empty', 'give some words to search for');
      const index = openIndex(command.optsWithGlobals());
      try {
        const hits = await searchPapers(index, query, { mode: options.mode, topK: options.top, duplicates: loadDuplicateGroups(index) });
        if (options.json) printJson(hitsToJson(hits));
        else printLine(formatHits(hits, SCORE_LABELS[options.mode]));
      } finally {
        await index.close();
      }
    });
}
