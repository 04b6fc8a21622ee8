// `papers remove <source…>`: takes sources out of the library, named by path (from any folder),
// by a folder holding them, by file name or by digest date when only one source has it. Their
// papers' vectors stay in the database until `papers compact`.
import fs from 'node:fs';
import path from 'node:path';
import { PapersError } from '../errors.js';
import { formatPrintedDate } from '../ingest/format-date.js';
import { displayPath, sourcePathOf } from '../ingest/read-inputs.js';
import type { SourceRecord } from '../store/library-store.js';
import { updateLibrary, type LibraryContext, type UpdateSummary } from './update-library.js';

export async function removeSources(context: LibraryContext, given: readonly string[]): Promise<UpdateSummary> {
  const stored = context.store.sources();
  const matched = new Set<string>();
  for (const name of given) for (const hit of matchSources(stored, name)) matched.add(hit);
  return updateLibrary(context, { read: [], removeSources: [...matched], clear: false, compact: false, warnings: [] });
}

/**
 * The library sources `name` stands for: the file or every source under the folder it names (as
 * typed from this folder, links resolved), else the one source with that file name or digest date
 * ("17 Feb", "Feb 17"). Throws NOT_FOUND or AMBIGUOUS.
 */
export function matchSources(stored: readonly SourceRecord[], name: string): string[] {
  const wanted = name.replace(/(.)[/\\]+$/, '$1');
  const forms = new Set([path.resolve(wanted), fs.existsSync(wanted) ? sourcePathOf(wanted) : path.resolve(wanted)]);
  const under = (file: string) => [...forms].some((form) => file === form || file.startsWith(`${form}${path.sep}`));
  // Rows written before paths were absolute: as stored, or resolved from this folder.
  const byPath = stored.filter((source) => under(source.path) || (!path.isAbsolute(source.path) && (source.path === wanted || under(path.resolve(source.path)))));
  if (byPath.length > 0) return byPath.map((source) => source.path);

  const byName = stored.filter((source) => path.basename(source.path) === wanted);
  const folded = wanted.trim().toLowerCase();
  const byDate = stored.filter((source) => source.digestDate !== null && [source.digestDate, formatPrintedDate(source.digestDate)].some((date) => date?.toLowerCase() === folded));
  const hits = byName.length > 0 ? byName : byDate;
  if (hits.length === 1) return [hits[0]!.path];
  if (hits.length > 1) {
    const listed = hits.slice(0, 3).map((source) => displayPath(source.path)).join(', ');
    throw new PapersError('AMBIGUOUS', `${hits.length} sources of the library are ${byName.length > 0 ? 'named' : 'dated'} ${name}: ${listed}${hits.length > 3 ? ', …' : ''}`, 'give the path of the one to remove');
  }
  throw new PapersError('NOT_FOUND', `no source of the library is ${name} or lies under it, or has that file name or digest date`, 'run `papers info` to list the sources');
}

/** `papers compact`: rebuilds the graph without removed papers and drops vectors no paper uses. */
export async function compactLibrary(context: LibraryContext): Promise<UpdateSummary> {
  context.store.readMeta();
  const summary = await updateLibrary(context, { read: [], removeSources: [], clear: false, compact: true, warnings: [] });
  context.store.vacuum();
  return summary;
}
