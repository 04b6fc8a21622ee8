// Bundles the report page's script (src/report/page/main.ts and what it imports) into one
// browser file, dist/report/page.js, which `papers report` inlines into the page. Run by
// `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'src/report/page/main.ts')],
  outfile: path.join(root, 'dist/report/page.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
