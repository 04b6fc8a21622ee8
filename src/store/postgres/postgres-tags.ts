// The tags of a shared PostgreSQL library (table papers.tags): read, added and taken off on the
// library's connection. A library made before tags existed gets the table with its first tag.
import type pg from 'pg';
import { inTransaction } from './connect-postgres.js';
import { POSTGRES_TAGS_SCHEMA } from './postgres-schema.js';

/** Every tag, with the paper it is on; ids of papers the library no longer holds included. */
export async function readTags(client: pg.Client): Promise<{ paperId: string; tag: string }[]> {
  if (!(await hasTagsTable(client))) return [];
  return (await client.query<{ paperId: string; tag: string }>('SELECT paper_id AS "paperId", tag FROM papers.tags ORDER BY tag, paper_id')).rows;
}

/** Tags a paper; false when it had the tag already. */
export function addTag(client: pg.Client, paperId: string, tag: string): Promise<boolean> {
  return inTransaction(client, async () => {
    if (!(await hasTagsTable(client))) await client.query(POSTGRES_TAGS_SCHEMA);
    const inserted = await client.query('INSERT INTO papers.tags (paper_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING', [paperId, tag]);
    return (inserted.rowCount ?? 0) > 0;
  });
}

/** Takes a tag off these papers (a paper and its re-posts); the number of tags removed. */
export async function removeTag(client: pg.Client, paperIds: readonly string[], tag: string): Promise<number> {
  if (!(await hasTagsTable(client))) return 0;
  return (await client.query('DELETE FROM papers.tags WHERE paper_id = ANY($1) AND tag = $2', [[...paperIds], tag])).rowCount ?? 0;
}

async function hasTagsTable(client: pg.Client): Promise<boolean> {
  return (await client.query<{ present: boolean }>("SELECT to_regclass('papers.tags') IS NOT NULL AS present")).rows[0]?.present === true;
}
