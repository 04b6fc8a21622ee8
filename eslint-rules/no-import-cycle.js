// A lint rule that fails on any import cycle between the project's own modules, including those a
// type-only import closes: they tie two modules together all the same (neither can move alone).
import fs from 'node:fs';
import path from 'node:path';

// `import … from './x.js'`, `import type …`, `export … from`, side-effect and dynamic imports of relative paths.
const IMPORT_PATTERN = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Resolves a relative specifier as TypeScript's nodenext does: './x.js' names './x.ts'. */
function resolveImport(fromFile, specifier) {
  const target = path.resolve(path.dirname(fromFile), specifier);
  const candidates = target.endsWith('.js') ? [target.slice(0, -3) + '.ts', target] : [target, target + '.ts'];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** The files a file's text imports by relative path. */
function readImports(file, text) {
  const imports = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2];
    const resolved = resolveImport(file, specifier);
    if (resolved) imports.push({ file: resolved });
  }
  return imports;
}

const cache = new Map();

function importsOf(file) {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.imports;
  const imports = readImports(file, fs.readFileSync(file, 'utf8'));
  cache.set(file, { mtimeMs, imports });
  return imports;
}

/** The shortest import path from `start` back to `home`, or undefined when there is none. */
function findCycle(home, start) {
  if (start === home) return [home];
  const seen = new Set([start]);
  const queue = [{ file: start, trail: [start] }];
  while (queue.length > 0) {
    const { file, trail } = queue.shift();
    for (const next of importsOf(file)) {
      if (next.file === home) return [...trail, home];
      if (seen.has(next.file)) continue;
      seen.add(next.file);
      queue.push({ file: next.file, trail: [...trail, next.file] });
    }
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the project\'s modules, type-only imports included.' },
    schema: [],
    messages: { cycle: 'import cycle: {{trail}}; move what both need into a file of its own' },
  },
  create(context) {
    const home = context.physicalFilename;
    const root = context.cwd;
    return {
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration'(node) {
        if (!node.source || typeof node.source.value !== 'string' || !node.source.value.startsWith('.')) return;
        const target = resolveImport(home, node.source.value);
        if (!target) return;
        const cycle = findCycle(home, target);
        if (cycle) {
          const trail = [home, ...cycle].map((file) => path.relative(root, file)).join(' → ');
          context.report({ node, messageId: 'cycle', data: { trail } });
        }
      },
    };
  },
};
