// `papers info`: the manifest of the index, in words.
import { Command } from 'commander';
import { readManifest, verifyAllFiles } from '../../store/index-store.js';
import { resolveIndexDir } from '../context.js';
import { printJson, printLine } from '../output.js';

export function infoCommand(): Command {
  return new Command('info')
    .description('describe the index (model, counts, sources, files) after checking every file against its checksum')
    .option('--json', 'print the manifest as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      const indexDir = resolveIndexDir(command.optsWithGlobals());
      const manifest = readManifest(indexDir);
      const checked = verifyAllFiles(indexDir, manifest);
      if (options.json) {
        printJson(manifest);
        return;
      }
      const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
      printLine(
        [
          `index       ${indexDir} (format ${manifest.formatVersion}, generation ${manifest.generation}, built ${manifest.createdAt})`,
          `corpus      ${manifest.counts.papers} papers from ${manifest.counts.entries} entries in ${manifest.counts.digests} files`,
          `model       ${manifest.model.id} (fingerprint ${manifest.model.fingerprint}), ${manifest.model.dimensions} dimensions, ${manifest.model.maxTokens} tokens`,
          `hnsw        M ${manifest.hnsw.m}, efConstruction ${manifest.hnsw.efConstruction}, efSearch ${manifest.hnsw.efSearch}, seed ${manifest.hnsw.randomSeed}`,
          `size        ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${checked} files, each matching its checksum`,
          `sources     ${manifest.sources.join(', ')}`,
        ].join('\n'),
      );
    });
}
