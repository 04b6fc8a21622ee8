// `papers triage <digest...>`: what is new in this morning's digest. Re-posts of library papers with
// their originals, each new paper with its topic, nearest library papers and novelty; then the
// digest is added to the library (as `papers index` adds it) unless --dry-run.
import { Command } from 'commander';
import type { Embedder } from '../../embedding/embedder.js';
import { withKnownVectors } from '../../embedding/known-vectors-embedder.js';
import { PapersError } from '../../errors.js';
import type { Paper } from '../../ingest/types.js';
import { embeddingText } from '../../ingest/normalize.js';
import { createTopicPlacer, readLibraryTopics } from '../../triage/place-in-topics.js';
import { readDigests } from '../../triage/read-digests.js';
import { triageDigest } from '../../triage/triage-digest.js';
import type { TriageReport } from '../../triage/triage-types.js';
import type { OpenIndex } from '../../pipeline/open-index.js';
import { describeDatabase } from '../../store/postgres/connect-postgres.js';
import { rankByTag } from '../../tags/rank-by-tag.js';
import { parseTagName } from '../../tags/tag-name.js';
import { buildIndex, currentModel, openIndex, openIndexAt, resolveDatabaseUrl, resolveIndexDir } from '../context.js';
import { formatTriage } from '../format-triage.js';
import { printJson, printLine, printNote } from '../output.js';
import { plural } from '../plural.js';
import { createProgress } from '../progress.js';
import { exitOnInterrupt, watchInterrupts } from './describe-update.js';
import { addToPostgres } from './triage-postgres.js';

interface TriageOptions {
  dryRun?: boolean;
  json?: boolean;
  for?: string;
}

export function triageCommand(): Command {
  return new Command('triage')
    .description("what is new in a digest: re-posts of library papers with their originals, and each new paper's topic, nearest library papers and novelty; then adds the digest to the library")
    .argument('<digests...>', 'digest files or folders (.txt, .jsonl), as `papers index` reads them')
    .option('--dry-run', 'triage only: the library is not changed (the digest is embedded in memory)')
    .option('--for <tag>', 'order the new papers by how well they fit a tag (papers recommend --tag), best first', parseTagName)
    .option('--json', 'print the triage as JSON: { digests, counts, newByTopic, newPapers, reposts, library } (fields in the README)')
    .action(async (paths: string[], options: TriageOptions, command: Command) => {
      const globals = command.optsWithGlobals();
      const url = resolveDatabaseUrl(globals);
      const indexDir = url === undefined ? resolveIndexDir(globals) : describeDatabase(url);
      const stopWatching = exitOnInterrupt(`interrupted: nothing was written; the library in ${indexDir} is as it was before the triage`);
      const digest = await readDigests(paths);
      for (const warning of digest.warnings) printNote(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);

      const index = url === undefined ? openIndexAt({ indexDir }) : await openIndex(globals);
      const known = new Map<string, Float32Array>();
      let modelLoaded = false;
      let report: TriageReport;
      try {
        const progress = createProgress('computing topics', { quiet: options.json === true });
        const topics = await readLibraryTopics(index, (done, total) => progress.update(done, total));
        progress.stop();
        const embed = async (papers: readonly Paper[]) => {
          modelLoaded = true;
          const texts = papers.map((paper) => embeddingText(paper.title, paper.abstract));
          const vectors = await index.embedTexts(texts);
          texts.forEach((text, position) => known.set(text, vectors[position]!));
          return vectors;
        };
        report = await triageDigest(index, digest, { embed, placeInTopics: createTopicPlacer(topics, () => index.topicStore().readAssignments()) });
        if (options.for !== undefined) report = await orderByTag(index, report, options.for, digest.papers, known);
      } catch (error) {
        await index.close();
        throw error;
      } finally {
        stopWatching();
      }
      index.closeStore();

      try {
        const loadEmbedder = () => index.embedder();
        const library = options.dryRun ? null : url === undefined ? await addToLibrary(indexDir, paths, loadEmbedder, known) : await addToPostgres(url, paths, loadEmbedder, known);
        const unchanged = library !== null && 'unchanged' in library && library.unchanged;
        const written = !library
          ? 'dry run: the library was not changed'
          : unchanged
            ? `the digest was in the library in ${indexDir} already: nothing written (${plural(library.papers, 'paper')}, generation ${library.generation})`
            : `added to the library in ${indexDir}: now ${plural(library.papers, 'paper')} (generation ${library.generation})`;
        if (options.json) printJson({ ...report, library: library ? { indexDir, written: !unchanged, ...library } : { indexDir, written: false } });
        else printLine(formatTriage(report, written));
      } finally {
        if (modelLoaded) await (await index.embedder()).dispose();
      }
    });
}

/** The new papers best fit for the tag first, by the classifier `papers recommend` trains; they are not in the library yet. */
async function orderByTag(index: OpenIndex, report: TriageReport, tag: string, papers: readonly Paper[], known: ReadonlyMap<string, Float32Array>): Promise<TriageReport> {
  const wanted = new Set(report.newPapers.map((paper) => paper.paperId));
  const unstored = papers.flatMap((paper) => {
    const vector = known.get(embeddingText(paper.title, paper.abstract));
    return wanted.has(paper.id) && vector ? [{ paper, vector }] : [];
  });
  const ranked = await rankByTag(index, tag, [], unstored);
  const probabilityOf = new Map(ranked.map((recommendation) => [recommendation.paper.id, recommendation.tagProbability]));
  const newPapers = report.newPapers
    .map((paper) => ({ ...paper, tagProbability: probabilityOf.get(paper.paperId) ?? 0 }))
    .sort((a, b) => b.tagProbability - a.tagProbability || (a.paperId < b.paperId ? -1 : 1));
  return { ...report, forTag: tag, newPapers };
}

/** `papers index` of the same paths, reusing the vectors triage computed. */
async function addToLibrary(indexDir: string, paths: string[], loadEmbedder: () => Promise<Embedder>, known: ReadonlyMap<string, Float32Array>) {
  const interruption = watchInterrupts();
  try {
    const model = currentModel();
    const summary = await buildIndex({ indexDir, inputs: paths, model, loadEmbedder: () => Promise.resolve(withKnownVectors(loadEmbedder, model, known)), isInterrupted: interruption.isInterrupted });
    return { papers: summary.papers, newPapers: summary.newPapers, embedded: summary.embedded, generation: summary.meta.generation, unchanged: summary.unchanged };
  } catch (error) {
    if (error instanceof PapersError && error.code === 'INTERRUPTED') {
      throw new PapersError('INTERRUPTED', `interrupted: nothing was written; the library in ${indexDir} is as it was before the triage`);
    }
    throw error;
  } finally {
    interruption.dispose();
  }
}
