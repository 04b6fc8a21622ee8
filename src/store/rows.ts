// Papers and entries as table rows and back: the one place that knows the column names.
import type { Entry, Paper } from '../ingest/types.js';

export interface PaperRow {
  doc: number | null;
  id: string;
  hnsw_label: number;
  text_hash: string;
  title: string;
  abstract: string;
  entry_ids: string;
  digests: string;
  authors: number | null;
  organisation: string | null;
  published: string | null;
  published_iso: string | null;
  upvotes: number | null;
  external_id: string | null;
  categories: string | null;
}

export interface EntryRow {
  id: string;
  paper_id: string;
  source: string;
  digest: string;
  digest_date: string | null;
  position: number;
  line: number;
  title: string;
  abstract: string;
  authors: number | null;
  organisation: string | null;
  published: string | null;
  published_iso: string | null;
  upvotes: number | null;
  external_id: string | null;
  categories: string | null;
}

export const PAPER_COLUMNS = 'id, hnsw_label, text_hash, title, abstract, entry_ids, digests, authors, organisation, published, published_iso, upvotes, external_id, categories';
export const ENTRY_COLUMNS = 'id, paper_id, source, digest, digest_date, position, line, title, abstract, authors, organisation, published, published_iso, upvotes, external_id, categories';

export function paperOfRow(row: PaperRow): Paper {
  const paper: Paper = {
    id: row.id,
    title: row.title,
    abstract: row.abstract,
    entryIds: JSON.parse(row.entry_ids) as string[],
    digests: JSON.parse(row.digests) as string[],
    authors: row.authors,
    organisation: row.organisation,
    published: row.published,
    publishedIso: row.published_iso,
    upvotes: row.upvotes,
  };
  if (row.external_id !== null) paper.externalId = row.external_id;
  if (row.categories !== null) paper.categories = JSON.parse(row.categories) as string[];
  return paper;
}

export function rowOfPaper(paper: Paper, label: number, textHash: string): Omit<PaperRow, 'doc'> {
  return {
    id: paper.id,
    hnsw_label: label,
    text_hash: textHash,
    title: paper.title,
    abstract: paper.abstract,
    entry_ids: JSON.stringify(paper.entryIds),
    digests: JSON.stringify(paper.digests),
    authors: paper.authors,
    organisation: paper.organisation,
    published: paper.published,
    published_iso: paper.publishedIso,
    upvotes: paper.upvotes,
    external_id: paper.externalId ?? null,
    categories: paper.categories ? JSON.stringify(paper.categories) : null,
  };
}

export function entryOfRow(row: EntryRow): Entry {
  const entry: Entry = {
    id: row.id,
    paperId: row.paper_id,
    file: row.source,
    digest: row.digest,
    digestDate: row.digest_date,
    position: row.position,
    line: row.line,
    title: row.title,
    abstract: row.abstract,
    authors: row.authors,
    organisation: row.organisation,
    published: row.published,
    publishedIso: row.published_iso,
    upvotes: row.upvotes,
  };
  if (row.external_id !== null) entry.externalId = row.external_id;
  if (row.categories !== null) entry.categories = JSON.parse(row.categories) as string[];
  return entry;
}

export function rowOfEntry(entry: Entry): EntryRow {
  return {
    id: entry.id,
    paper_id: entry.paperId,
    source: entry.file,
    digest: entry.digest,
    digest_date: entry.digestDate,
    position: entry.position,
    line: entry.line,
    title: entry.title,
    abstract: entry.abstract,
    authors: entry.authors,
    organisation: entry.organisation,
    published: entry.published,
    published_iso: entry.publishedIso,
    upvotes: entry.upvotes,
    external_id: entry.externalId ?? null,
    categories: entry.categories ? JSON.stringify(entry.categories) : null,
  };
}

export function vectorOfBlob(blob: Buffer): Float32Array {
  // A copy: the Buffer may sit at any offset of Node's pool, and Float32Array needs 4-alignment.
  const vector = new Float32Array(blob.byteLength / 4);
  new Uint8Array(vector.buffer).set(blob);
  return vector;
}

export function blobOfVector(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}
