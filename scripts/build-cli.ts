// Bundles the command line and its embedding worker over tsc's output of them:
// - dist/cli/main.js from src/cli/main.ts, each command's modules in their own chunk: a cold
//   `papers search` otherwise loads about 200 modules one file at a time (zod alone is 94);
// - dist/embedding/embed-worker.js from src/embedding/embed-worker.ts with transformers.js inside
//   and sharp replaced (scripts/build/no-image-library.ts): text needs no image library.
// Packages with native code, data files or heavy optional stages stay external and load from
// node_modules. Run by `npm run build`, after tsc.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const shared: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...shared,
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outdir: path.join(root, 'dist/cli'),
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  external: [
    '@huggingface/transformers',
    'better-sqlite3',
    'hnswlib-node',
    'pg',
    'pgvector',
    '@electric-sql/*',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'umap-js',
    'ml-kmeans',
    'ml-hclust',
  ],
});

await build({
  ...shared,
  entryPoints: [path.join(root, 'src/embedding/embed-worker.ts')],
  outfile: path.join(root, 'dist/embedding/embed-worker.js'),
  minify: true,
  external: ['onnxruntime-node', 'onnxruntime-common'],
  alias: { sharp: path.join(root, 'scripts/build/no-image-library.ts') },
});
