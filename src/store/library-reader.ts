// What an opened library reads from its store: the SQLite store, or a snapshot of a PostgreSQL
// library loaded into memory (src/store/postgres/postgres-reader.ts).
import type { LibraryStore } from './library-store.js';

export type LibraryReader = Pick<
  LibraryStore,
  'indexDir' | 'beginSnapshot' | 'readMeta' | 'allPapers' | 'paperById' | 'allEntries' | 'allPaperVectors' | 'vectorOfPaper' | 'storedPapers' | 'entriesOfPapers' | 'vectorsOf' | 'labelPairs' | 'searchText' | 'cacheGet' | 'cachePut' | 'topicStore' | 'close'
>;
