// The JSON API over HTTP on 127.0.0.1, without a browser: answers, and refusals that leave the
// server serving. Real model, sample digests.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../src/dedup/duplicate-types.js';
import { findDuplicates } from '../../src/dedup/find-duplicates.js';
import { searchPapers } from '../../src/search/search-papers.js';
import { loadThemes } from '../../src/themes/load-themes.js';
import { API_LIMITS } from '../../src/server/parse-api-request.js';
import { serveReport, type ServedReport } from '../../src/server/serve-report.js';
import { runCliAsync } from '../helpers/run-cli.js';
import { openSampleIndex, sampleIndexDir } from '../helpers/sample-index.js';

const index = openSampleIndex();
let served: ServedReport;
let base: string;

beforeAll(async () => {
  served = await serveReport(index, { host: '127.0.0.1', port: 0, portAttempts: 1 });
  base = served.server.url;
});

afterAll(async () => {
  await served?.server.close();
  await index.close();
});

/** The fields the tests read; each endpoint fills some of them. */
type ApiBody = Record<string, unknown> & {
  hits: { id: string; rank: number; title: string }[];
  nearest: { id: string }[];
  groups: DuplicateGroup[];
  error: { code: string; message: string };
};

async function getJson(path: string, init?: RequestInit): Promise<{ status: number; body: ApiBody }> {
  const response = await fetch(new URL(path, base), init);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as ApiBody };
}

async function expectStillServing(): Promise<void> {
  const health = await getJson('/api/health');
  expect(health.status).toBe(200);
  expect(health.body.status).toBe('ok');
}

describe('GET /api/search', () => {
  it('returns the hybrid search results the CLI gives, best first', async () => {
    const query = 'compressing the KV cache for long-context inference';
    const { status, body } = await getJson(`/api/search?q=${encodeURIComponent(query)}&k=5`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ query, mode: 'hybrid', topK: 5 });
    expect(body.hits.map((hit) => hit.rank)).toEqual([1, 2, 3, 4, 5]);
    // The three papers test/fixtures/search-queries.json grades as what this query is about.
    expect(body.hits.slice(0, 3).map((hit) => hit.title.split(':')[0]).sort()).toEqual(['DuoAttention', 'RazorAttention', 'Task-KV']);
    const cli = await runCliAsync(['--index-dir', sampleIndexDir(), 'search', query, '-k', '5', '--json']);
    expect(cli.status).toBe(0);
    expect(body.hits).toEqual(JSON.parse(cli.stdout));
  });

  it('says when nothing is close, and marks each weak hit, as the CLI does', async () => {
    const absent = await getJson('/api/search?q=speculative+decoding&k=3');
    expect(absent.body.nothingClose).toBe(true);
    expect(absent.body.hits.map((hit) => (hit as { weakMatch?: unknown }).weakMatch)).toEqual([true, true, true]);
    const present = await getJson(`/api/search?q=${encodeURIComponent('compressing the KV cache for long-context inference')}&k=3`);
    expect(present.body.nothingClose).toBe(false);
    expect((present.body.hits[0] as { weakMatch?: unknown }).weakMatch).toBe(false);
  });

  it('honours the mode and returns at most k results', async () => {
    for (const mode of ['dense', 'lexical'] as const) {
      const { body } = await getJson(`/api/search?q=length+generalization&k=3&mode=${mode}`);
      expect(body.hits.length).toBeLessThanOrEqual(3);
      expect(body.hits.map((hit) => hit.id)).toEqual((await searchPapers(index, 'length generalization', { mode, topK: 3 })).map((hit) => hit.paper.id));
    }
  });
});

describe('POST /api/similar', () => {
  it('finds the papers nearest to an abstract sent as JSON or as plain text, as papers similar does', async () => {
    const paper = index.papers[3]!;
    const asJson = await getJson('/api/similar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: paper.abstract, k: 4 }) });
    expect(asJson.status).toBe(200);
    expect(asJson.body.hits).toHaveLength(4);
    expect(asJson.body.hits[0]!.id).toBe(paper.id);
    const cli = await runCliAsync(['--index-dir', sampleIndexDir(), 'similar', '--file', '-', '--json', '-k', '4'], { input: paper.abstract });
    expect(cli.status).toBe(0);
    expect(asJson.body.hits).toEqual(JSON.parse(cli.stdout));
    const asText = await getJson('/api/similar?k=4', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: paper.abstract });
    expect(asText.body.hits).toEqual(asJson.body.hits);
  });

  it('takes a body that parses as JSON whatever its content type, as curl -d sends it', async () => {
    const paper = index.papers[3]!;
    const body = JSON.stringify({ text: paper.abstract, k: 2 });
    const asForm = await getJson('/api/similar', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    // A byte body makes fetch send no content type at all.
    const untyped = await getJson('/api/similar', { method: 'POST', body: new TextEncoder().encode(body) });
    for (const answer of [asForm, untyped]) {
      expect(answer.status).toBe(200);
      expect(answer.body.hits.map((hit) => hit.id)).toHaveLength(2);
      expect(answer.body.hits[0]!.id).toBe(paper.id);
    }
  });
});

describe('GET /api/papers/:id, /api/dupes, /api/health', () => {
  it('describes one paper with its postings, duplicates and nearest papers', async () => {
    const groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
    const posted = groups.find((group) => group.entries.length > 1)!;
    const paper = index.papers.find((candidate) => candidate.id === posted.entries[0]!.paperId)!;
    const { status, body } = await getJson(`/api/papers/${encodeURIComponent(paper.id)}`);
    expect(status).toBe(200);
    expect(body.title).toBe(paper.title);
    expect(body.digests).toEqual(paper.digests);
    expect(body.duplicateGroups).toContainEqual(posted);
    expect(body.nearest).toHaveLength(5);
    expect(body.nearest.map((near) => near.id)).not.toContain(paper.id);
  });

  it('accepts the id prefix papers similar accepts, and names the minimum for a shorter one', async () => {
    const razor = index.papers.find((paper) => paper.title.startsWith('RazorAttention: Efficient'))!;
    const { status, body } = await getJson(`/api/papers/${razor.id.slice(0, 8)}`);
    expect(status).toBe(200);
    expect(body.id).toBe(razor.id);
    const cli = await runCliAsync(['--index-dir', sampleIndexDir(), 'similar', razor.id.slice(0, 8), '-k', '1']);
    expect(cli.stdout.split('\n')[0]).toBe(`papers like "${razor.title}"`);
    const short = await getJson(`/api/papers/${razor.id.slice(0, 7)}`);
    expect(short.status).toBe(404);
    expect(short.body.error.message).toBe(`"${razor.id.slice(0, 7)}" is too short for an id prefix: 7 characters (give at least 8 characters of the id)`);
  });

  it('lists the same duplicate groups as papers dupes', async () => {
    const { body } = await getJson('/api/dupes');
    const groups = await findDuplicates({ papers: index.papers, entries: index.entries, vectors: index.vectors(), vectorIndex: index.vectorIndex() });
    expect(body.groups).toEqual(groups);
  });

  it('serves the themes of papers themes', async () => {
    const { status, body } = await getJson('/api/themes');
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify((await loadThemes(index)).result)));
  });

  it('answers the tags of a paper named by an id prefix, with its full id', async () => {
    const razor = index.papers.find((paper) => paper.title.startsWith('RazorAttention: Efficient'))!;
    const { status, body } = await getJson(`/api/tags?paper=${razor.id.slice(0, 8)}`);
    expect(status).toBe(200);
    expect(body).toEqual({ paper: razor.id, tags: [] });
  });

  it('lists the tags, none in the sample library', async () => {
    const { status, body } = await getJson('/api/tags');
    expect(status).toBe(200);
    expect(body).toEqual({ tags: [] });
  });

  it('reports its health: paper count and model', async () => {
    const { body } = await getJson('/api/health');
    expect(body).toMatchObject({ status: 'ok', papers: index.papers.length, model: index.meta.model.id });
  });
});

describe('malformed requests', () => {
  const refusals: [string, string, RequestInit | undefined, number, string][] = [
    ['a search without a query', '/api/search', undefined, 400, 'q is empty'],
    ['a blank query', '/api/search?q=%20%20', undefined, 400, 'q is empty'],
    ['k that is not a number', '/api/search?q=cache&k=ten', undefined, 400, 'k must be a whole number'],
    ['k of zero', '/api/search?q=cache&k=0', undefined, 400, 'k must be a whole number'],
    ['k above the limit', `/api/search?q=cache&k=${API_LIMITS.maxTopK + 1}`, undefined, 400, 'k must be a whole number'],
    ['an unknown mode', '/api/search?q=cache&mode=fuzzy', undefined, 400, 'mode must be one of dense, lexical, hybrid'],
    ['a query longer than the limit', `/api/search?q=${'a'.repeat(API_LIMITS.maxQueryLength + 1)}`, undefined, 400, 'the limit is'],
    ['a URL longer than node accepts', `/api/search?q=${'a'.repeat(20_000)}`, undefined, 431, 'larger than 16 KiB'],
    ['invalid JSON', '/api/similar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, 'not valid JSON'],
    ['a JSON array', '/api/similar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '["abstract"]' }, 400, 'must be a JSON object'],
    ['text that is not a string', '/api/similar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": 42}' }, 400, '"text" must be a string'],
    ['a binary text/plain body', '/api/similar', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'PK\u0003\u0004\u0000\u0000' }, 400, 'body is binary, not text'],
    ['an empty abstract', '/api/similar', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '   ' }, 400, 'body is empty'],
    ['a form post', '/api/similar', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=abc' }, 415, 'application/json or text/plain'],
    ['a body over the limit', '/api/similar', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(API_LIMITS.maxBodyBytes + 1) }, 413, 'larger than'],
    ['a GET on the POST endpoint', '/api/similar', undefined, 405, 'use POST'],
    ['a POST on a GET endpoint', '/api/search?q=cache', { method: 'POST' }, 405, 'use GET'],
    ['an unknown endpoint', '/api/nothing', undefined, 404, 'no such endpoint'],
    ['an unknown paper', '/api/papers/not-a-paper', undefined, 404, 'no paper has the id or arXiv id "not-a-paper"'],
    ['a broken percent-encoding', '/api/papers/%E0%A4%A', undefined, 400, 'not valid percent-encoding'],
    ['a tag on an unknown paper', '/api/tags', { method: 'POST', body: '{"paper": "not-a-paper", "tag": "to-read"}' }, 404, 'no paper has the id or arXiv id "not-a-paper" (give a paper id, or at least 8 characters of one)'],
    ['a tag of two words', '/api/tags', { method: 'POST', body: '{"paper": "not-a-paper", "tag": "to read"}' }, 400, 'the tag "to read" is not one word'],
    ['a tag request without a tag', '/api/tags', { method: 'DELETE', body: '{"paper": "not-a-paper"}' }, 400, '"tag" must be a string'],
    ['a tag body that is not JSON', '/api/tags', { method: 'POST', body: 'paper=x&tag=y' }, 400, 'the body is not valid JSON'],
    ['the tags of an unknown paper', '/api/tags?paper=not-a-paper', undefined, 404, 'no paper has the id or arXiv id "not-a-paper" (give a paper id, or at least 8 characters of one)'],
    ['a PUT on the tags', '/api/tags', { method: 'PUT', body: '{}' }, 405, 'use GET, POST, DELETE'],
  ];

  it.each(refusals)('refuses %s with a JSON error, and keeps serving', async (_what, path, init, status, message) => {
    const answer = await getJson(path, init);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toContain(message);
    expect(typeof answer.body.error.code).toBe('string');
    await expectStillServing();
  });

  it('answers a request that is not HTTP with 400, and keeps serving', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(served.server.port, '127.0.0.1', () => socket.write('HELLO THERE\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual({ error: { code: 'BAD_REQUEST', message: 'the request is not valid HTTP' } });
    await expectStillServing();
  });

  it('answers concurrent searches with the same results as one at a time', async () => {
    const queries = ['kv cache', 'retrieval augmented generation', 'mixture of experts', 'attention heads', 'length generalization'];
    const alone = [];
    for (const query of queries) alone.push((await getJson(`/api/search?q=${encodeURIComponent(query)}&k=3`)).body);
    const together = await Promise.all(queries.map(async (query) => (await getJson(`/api/search?q=${encodeURIComponent(query)}&k=3`)).body));
    expect(together).toEqual(alone);
  });
});

describe('GET /', () => {
  it('serves the page with live search and the map data', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('id="search-form"');
    expect(html).toContain('id="report-data"');
  });
});
