// `papers similar <ref>` / `papers similar --file <path>`: the papers nearest to an indexed paper
// or to an abstract the index has never seen, each re-posted paper shown once.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { SEARCH, SIMILAR } from '../../config.js';
import { loadDuplicateGroups } from '../../dedup/load-duplicates.js';
import { PapersError, usageError } from '../../errors.js';
import { inputNotFound } from '../../ingest/read-inputs.js';
import { isBinaryText } from '../../ingest/read-text.js';
import { groupMembersById, membersOfGroups } from '../../search/collapse-duplicates.js';
import { findSimilar } from '../../search/find-similar.js';
import { hitsToJson } from '../../search/hits-to-json.js';
import { resolvePaper } from '../../search/resolve-paper.js';
import type { SearchHit, SearchMode } from '../../search/search-papers.js';
import { openIndex } from '../context.js';
import { describePaper, formatHits } from '../format-hits.js';
import { printJson, printLine } from '../output.js';
import { parseMode, parseTextFile, parseTopK } from '../parse-options.js';

const SCORE_LABELS: Record<SearchMode, string> = { dense: 'cosine', lexical: 'bm25', hybrid: 'fused' };

export function similarCommand(): Command {
  return new Command('similar')
    .description('papers nearest to an indexed paper (id, 8+ characters of an id, title or unique title prefix) or to an abstract in a file')
    .argument('[ref...]', 'paper id or title')
    .addOption(new Option('-f, --file <path>', 'read an abstract from a file (- for standard input)').argParser(parseTextFile))
    .addOption(new Option('-k, --top <n>', `how many results (1-${SEARCH.maxTopK})`).argParser(parseTopK).default(SEARCH.defaultTopK))
    .addOption(new Option('--mode <mode>', 'hybrid (cosine and BM25 fused by score), dense or lexical').argParser(parseMode).default(SIMILAR.mode))
    .option('--json', 'print a JSON array, best first')
    .action(async (words: string[], options: { file?: string; top: number; mode: SearchMode; json?: boolean }, command: Command) => {
      const ref = words.join(' ').trim();
      if (!ref && options.file === undefined) throw usageError('name a paper or give --file <path>', 'for example: papers similar "DuoAttention"');
      if (ref && options.file !== undefined) throw usageError('give either a paper or --file, not both');
      const index = await openIndex(command.optsWithGlobals());
      try {
        const groups = await loadDuplicateGroups(index);
        const duplicates = membersOfGroups(groups);
        let hits: SearchHit[];
        let heading: string | null = null;
        if (options.file !== undefined) {
          hits = await findSimilar(index, { text: readAbstract(options.file) }, { mode: options.mode, topK: options.top, duplicates });
        } else {
          const groupOf = groupMembersById(groups);
          const paper = index.papers[resolvePaper(index.papers, ref, groupOf)]!;
          // The paper's own re-posts are the paper, not papers like it.
          const itself = new Set((groupOf.get(paper.id) ?? []).map((member) => member.id).concat(paper.id));
          const text = paper.abstract ? `${paper.title}. ${paper.abstract}` : paper.title;
          hits = await findSimilar(index, { text, vector: index.vectorOf(paper.id) }, { mode: options.mode, topK: options.top, duplicates, excludeIds: itself });
          heading = `papers like "${paper.title}"\n${' '.repeat(11)}${describePaper(paper)}\n`;
        }
        if (options.json) printJson(hitsToJson(hits));
        else printLine(`${heading ?? ''}${formatHits(hits, SCORE_LABELS[options.mode])}`);
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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw inputNotFound(file);
    throw new PapersError('INPUT_NOT_FOUND', `cannot read ${file === '-' ? 'standard input' : file} (${code ?? 'error'})`);
  }
  if (isBinaryText(text)) throw usageError(`${file === '-' ? 'standard input' : file} is a binary file`, 'give the text of an abstract');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw usageError(`${file === '-' ? 'standard input' : file} is empty`, 'give the text of an abstract');
  return trimmed;
}
