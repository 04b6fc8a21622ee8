// `papers similar <ref>` / `papers similar --file <path>`: the papers nearest to an indexed paper
// or to an abstract the index has never seen.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { SEARCH } from '../../config.js';
import { PapersError, usageError } from '../../errors.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import { searchByVector, type SearchHit } from '../../search/search-papers.js';
import { openIndex } from '../context.js';
import { hitsToJson } from '../../search/hits-to-json.js';
import { formatHits } from '../format-hits.js';
import { printJson, printLine } from '../output.js';
import { parseTextFile, parseTopK } from '../parse-options.js';

export function similarCommand(): Command {
  return new Command('similar')
    .description('papers nearest to an indexed paper (id, title or unique title prefix) or to an abstract in a file')
    .argument('[ref...]', 'paper id or title')
    .addOption(new Option('-f, --file <path>', 'read an abstract from a file (- for standard input)').argParser(parseTextFile))
    .addOption(new Option('-k, --top <n>', `how many results (1-${SEARCH.maxTopK})`).argParser(parseTopK).default(SEARCH.defaultTopK))
    .option('--json', 'print a JSON array, best first')
    .action(async (words: string[], options: { file?: string; top: number; json?: boolean }, command: Command) => {
      const ref = words.join(' ').trim();
      if (!ref && options.file === undefined) throw usageError('name a paper or give --file <path>', 'for example: papers similar "DuoAttention"');
      if (ref && options.file !== undefined) throw usageError('give either a paper or --file, not both');
      const index = openIndex(command.optsWithGlobals());
      try {
        let hits: SearchHit[];
        if (options.file !== undefined) {
          const text = readAbstract(options.file);
          hits = await searchByVector(index, await index.embedQuery(text), { topK: options.top });
        } else {
          const paper = index.papers[resolvePaper(index.papers, ref)]!;
          hits = await searchByVector(index, index.vectorOf(paper.id), { topK: options.top, excludeIds: new Set([paper.id]) });
        }
        if (options.json) printJson(hitsToJson(hits));
        else printLine(formatHits(hits, 'cosine'));
      } finally {
        await index.close();
      }
    });
}

function readAbstract(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new PapersError('INPUT_NOT_FOUND', `cannot read ${file === '-' ? 'standard input' : file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (text.includes('\u0000')) throw usageError(`${file === '-' ? 'standard input' : file} is a binary file`, 'give the text of an abstract');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw usageError(`${file === '-' ? 'standard input' : file} is empty`, 'give the text of an abstract');
  return trimmed;
}
