// `papers info`: what the library holds and how it was made, after SQLite's integrity check and
// the graph file's checksum.
import fs from 'node:fs';
import { Command } from 'commander';
import { PapersError } from '../../errors.js';
import { displayPath } from '../../ingest/read-inputs.js';
import { verifiedGraphPath } from '../../store/graph-file.js';
import { REBUILD_HINT } from '../../store/index-meta.js';
import { databasePath, LibraryStore } from '../../store/library-store.js';
import { resolveIndexDir } from '../context.js';
import { printJson, printLine } from '../output.js';

export function infoCommand(): Command {
  return new Command('info')
    .description('describe the library (model, counts, sources, files) after checking the database and the graph file')
    .option('--json', 'print the meta and the sources as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const store = LibraryStore.open(indexDir);
      try {
        const meta = store.readMeta();
        const problems = store.checkIntegrity();
        if (problems.length > 0) throw new PapersError('INDEX_CORRUPT', `${databasePath(indexDir)} fails SQLite's integrity check: ${problems.slice(0, 2).join('; ')}`, REBUILD_HINT);
        const graph = verifiedGraphPath(indexDir, meta);
        const sources = store.sources();
        if (options.json) {
          printJson({ ...meta, sources });
          return;
        }
        const bytes = store.databaseBytes() + fs.statSync(graph).size;
        const deleted = meta.graph.points - meta.counts.papers;
        printLine(
          [
            `index       ${indexDir} (format ${meta.formatVersion}, generation ${meta.generation}, updated ${meta.updatedAt})`,
            `library     ${meta.counts.papers} papers from ${meta.counts.entries} entries in ${meta.counts.sources} files`,
            `model       ${meta.model.id}, ${meta.model.variant} variant (fingerprint ${meta.model.fingerprint}), ${meta.model.dimensions} dimensions, ${meta.model.maxTokens} tokens`,
            `hnsw        M ${meta.hnsw.m}, efConstruction ${meta.hnsw.efConstruction}, efSearch ${meta.hnsw.efSearch}, seed ${meta.hnsw.randomSeed}; ${meta.graph.points} points, ${deleted} removed`,
            `size        ${(bytes / 1024 / 1024).toFixed(1)} MiB: papers.db passes SQLite's integrity check, ${meta.graph.file} matches its checksum`,
            `sources     ${sources.map((source) => displayPath(source.path)).join(', ')}`,
          ].join('\n'),
        );
      } finally {
        store.close();
      }
    });
}
