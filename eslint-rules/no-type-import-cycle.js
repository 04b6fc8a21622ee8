// A lint rule for the import cycles that import-x/no-cycle lets through: those that a type-only
// import closes. They tie two modules together all the same (neither can move or change alone).
import fs from 'node:fs';
import path from 'node:path';

// `import … from './x.js'`, `import type …`, `export … from`, side-effect and dynamic imports of relative paths.
const IMPORT_PATTERN = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Resolves a relative specifier as TypeScript's nodenext does: './x.js' names './x.ts'. */
function resolveImport(fromFile, specifier) {
  const target = path.resolve(path.dirname(fromFile), specifier);
  const candidates = target.endsWith('.js') ? [target.slice(0, -3) + '.ts', target] : [target, target + '.ts'];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

function isTypeOnly(typeKeyword, clause) {
  if (typeKeyword) return true;
  const braces = clause?.trim().match(/^\{([^}]*)\}$/);
  if (!braces) return false;
  const names = braces[1].split(',').map((name) => name.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The relative imports of a file's text: [{ file, typeOnly }]. */
function readImports(file, text) {
  const imports = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) {
    const specifier = match[3] ?? match[4];
    const resolved = resolveImport(file, specifier);
    if (resolved) imports.push({ file: resolved, typeOnly: match[4] === undefined && isTypeOnly(match[1], match[2]) });
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

/** A path from `start` back to `home` that uses at least one type-only import, or undefined. */
function findCycleThroughTypes(home, start, startTypeOnly) {
  const seen = new Set();
  const queue = [{ file: start, typeOnly: startTypeOnly, trail: [start] }];
  while (queue.length > 0) {
    const { file, typeOnly, trail } = queue.shift();
    const key = `${file}\0${typeOnly}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of importsOf(file)) {
      const nextTypeOnly = typeOnly || next.typeOnly;
      if (next.file === home) {
        if (nextTypeOnly) return [...trail, home];
        continue;
      }
      queue.push({ file: next.file, typeOnly: nextTypeOnly, trail: [...trail, next.file] });
    }
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles closed by type-only imports (import-x/no-cycle skips them).' },
    schema: [],
    messages: { cycle: 'import cycle through type imports: {{trail}}; move what both need into a file of its own' },
  },
  create(context) {
    const home = context.physicalFilename;
    const root = context.cwd;
    return {
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration'(node) {
        if (!node.source || typeof node.source.value !== 'string' || !node.source.value.startsWith('.')) return;
        const target = resolveImport(home, node.source.value);
        if (!target) return;
        const typeOnly =
          node.importKind === 'type' ||
          node.exportKind === 'type' ||
          (node.specifiers?.length > 0 && node.specifiers.every((specifier) => specifier.importKind === 'type' || specifier.exportKind === 'type'));
        const cycle = findCycleThroughTypes(home, target, typeOnly);
        if (cycle) {
          const trail = [home, ...cycle].map((file) => path.relative(root, file)).join(' → ');
          context.report({ node, messageId: 'cycle', data: { trail } });
        }
      },
    };
  },
};
