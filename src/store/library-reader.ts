// What an opened library reads from its store: the SQLite store, or a snapshot of a PostgreSQL
// library loaded into memory (src/store/postgres/postgres-reader.ts).
import type { LibraryStore } from './library-store.js';

export type LibraryReader = Pick<
  LibraryStore,
  'indexDir' | 'beginSnapshot' | 'readMeta' | 'allPapers' | 'paperById' | 'allEntries' | 'allPaperVectors' | 'vectorOfPaper' | 'storedPapers' | 'entriesOfPapers' | 'vectorsOf' | 'labelPairs' | 'labelOfPaper' | 'paperOfLabel' | 'duplicateMembersOf' | 'hasNoDuplicates' | 'searchText' | 'cacheGet' | 'cachePut' | 'topicStore' | 'close'
> &
  /** Tags and the sources list: the SQLite store has them; a reader without them has no tags and no latest digest. */
  Partial<Pick<LibraryStore, 'allTags' | 'addTag' | 'removeTag' | 'sources'>>;
