// `papers remove <source…>`: takes sources out of the library, by their path as stored or by a
// folder holding them. Their papers' vectors stay in the database until `papers compact`.
import path from 'node:path';
import { PapersError } from '../errors.js';
import { displayPath } from '../ingest/read-inputs.js';
import { updateLibrary, type LibraryContext, type UpdateSummary } from './update-library.js';

export async function removeSources(context: LibraryContext, given: readonly string[]): Promise<UpdateSummary> {
  const stored = context.store.sources().map((source) => source.path);
  const matched = new Set<string>();
  for (const name of given) {
    const forms = new Set([name, displayPath(name), path.resolve(name)].map((form) => form.replace(/[/\\]+$/, '')));
    const hits = stored.filter((file) => [...forms].some((form) => file === form || path.resolve(file) === form || file.startsWith(`${form}${path.sep}`) || path.resolve(file).startsWith(`${form}${path.sep}`)));
    if (hits.length === 0) {
      throw new PapersError('NOT_FOUND', `no source of the library is ${name} or lies under it`, 'run `papers info` to list the sources');
    }
    for (const hit of hits) matched.add(hit);
  }
  return updateLibrary(context, { read: [], removeSources: [...matched], clear: false, compact: false, warnings: [] });
}

/** `papers compact`: rebuilds the graph without removed papers and drops vectors no paper uses. */
export async function compactLibrary(context: LibraryContext): Promise<UpdateSummary> {
  context.store.readMeta();
  const summary = await updateLibrary(context, { read: [], removeSources: [], clear: false, compact: true, warnings: [] });
  context.store.vacuum();
  return summary;
}
