// Answers one HTTP request: the page at /, and the JSON API (search, similar, papers, themes,
// dupes, tags, health). Every failure becomes a JSON error with a 4xx or 5xx status; nothing a client
// sends can stop the server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DuplicateGroup } from '../dedup/duplicate-types.js';
import type { Paper } from '../ingest/types.js';
import type { ReportData } from '../report/report-data.js';
import { membersOfGroups } from '../search/collapse-duplicates.js';
import { SEARCH } from '../config.js';
import { hitsToJson } from '../search/hits-to-json.js';
import { createWeakMatchJudge, isNothingClose } from '../search/judge-match.js';
import { PapersError } from '../errors.js';
import { groupMembersById } from '../search/collapse-duplicates.js';
import { findSimilar } from '../search/find-similar.js';
import { resolvePaperId } from '../search/resolve-paper.js';
import { searchPapers, type Searchable } from '../search/search-papers.js';
import { listPostings, readLibraryTags, type TagStore } from '../tags/library-tags.js';
import type { ThemesResult } from '../themes/theme-types.js';
import { describePaper, describeUnmappedPaper } from './describe-paper.js';
import { badRequest, HttpError } from './http-error.js';
import { API_LIMITS, parseSearchRequest, parseSimilarRequest, parseTagQuery, parseTagRequest, type TagRequest } from './parse-api-request.js';
import { readBody } from './read-body.js';
import { createSerialRunner } from './run-serially.js';

export interface ServeContext {
  index: Searchable & TagStore & { papers: Paper[]; meta: { generation: number; counts: { papers: number } } };
  /** Called before each request: lets the index follow a library that changed since the start. */
  beforeRequest?: () => void;
  data: ReportData;
  themes: ThemesResult;
  groups: DuplicateGroup[];
  /** The page served at / (the report rendered with its live search). */
  page: string;
  health: Record<string, string | number>;
  /** Told about failures that are the server's fault (500s), for the CLI to print. */
  onError?: (error: unknown) => void;
}

type Handler = (request: IncomingMessage, url: URL) => Promise<unknown> | unknown;
type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export function createRequestHandler(context: ServeContext): RequestListener {
  // The report (map, themes, duplicates) is the library as the server found it; papers added
  // since are served by search and by id, without a place on the map.
  const ordinalOf = new Map(context.data.papers.map((paper, ordinal) => [paper.id, ordinal]));
  const runModel = createSerialRunner();
  /** The paper an id or an id prefix names, as `papers similar` accepts it; 404 or 400 otherwise. */
  const knownPaper = (ref: string) =>
    context.index.paperById(ref) ?? context.index.papers[resolveOrRefuse(() => resolvePaperId(context.index.papers, ref, groupMembersById(context.groups)))]!;
  const tagsOf = (paperId: string) => readLibraryTags(context.index, context.groups).tagsOf(paperId);
  /** The tag request with the paper's full id. */
  const readTagRequest = async (request: IncomingMessage): Promise<TagRequest> => {
    const tagRequest = parseTagRequest(await readBody(request, API_LIMITS.maxBodyBytes));
    return { ...tagRequest, paperId: knownPaper(tagRequest.paperId).id };
  };
  const routes: { path: RegExp; method: 'GET' | 'POST' | 'DELETE'; handle: Handler }[] = [
    {
      path: /^\/api\/health$/,
      method: 'GET',
      handle: () => ({ status: 'ok', ...context.health, papers: context.index.meta.counts.papers, indexGeneration: context.index.meta.generation }),
    },
    {
      path: /^\/api\/search$/,
      method: 'GET',
      handle: async (_request, url) => {
        const search = parseSearchRequest(url.searchParams);
        const hits = await runModel(() => searchPapers(context.index, search.query, { mode: search.mode, topK: search.topK, duplicates: membersOfGroups(context.groups) }));
        const isWeak = createWeakMatchJudge(search.query, SEARCH.weakCosine);
        return { query: search.query, mode: search.mode, topK: search.topK, nothingClose: isNothingClose(hits, isWeak), hits: hitsToJson(hits, isWeak) };
      },
    },
    {
      path: /^\/api\/similar$/,
      method: 'POST',
      handle: async (request, url) => {
        const body = await readBody(request, API_LIMITS.maxBodyBytes);
        const similar = parseSimilarRequest(request.headers['content-type'], body, url.searchParams);
        const hits = await runModel(() => findSimilar(context.index, { text: similar.text }, { mode: similar.mode, topK: similar.topK, duplicates: membersOfGroups(context.groups) }));
        return { topK: similar.topK, mode: similar.mode, hits: hitsToJson(hits) };
      },
    },
    {
      // An old-style arXiv id has a slash in it (hep-th/9901001): the rest of the path is the id.
      path: /^\/api\/papers\/(.+)$/,
      method: 'GET',
      handle: (_request, url) => {
        const id = decodeSegment(url.pathname.slice('/api/papers/'.length));
        const paper = knownPaper(id);
        const ordinal = ordinalOf.get(paper.id);
        return ordinal === undefined ? describeUnmappedPaper(paper) : describePaper(paper, ordinal, context.data, context.groups);
      },
    },
    {
      path: /^\/api\/themes$/,
      method: 'GET',
      handle: () => context.themes,
    },
    { path: /^\/api\/dupes$/, method: 'GET', handle: () => ({ groups: context.groups }) },
    {
      path: /^\/api\/tags$/,
      method: 'GET',
      handle: (_request, url) => {
        const paperId = parseTagQuery(url.searchParams);
        if (paperId === null) return { tags: readLibraryTags(context.index, context.groups).counts() };
        const paper = knownPaper(paperId);
        return { paper: paper.id, tags: tagsOf(paper.id) };
      },
    },
    {
      path: /^\/api\/tags$/,
      method: 'POST',
      handle: async (request) => {
        const { paperId, tag } = await readTagRequest(request);
        const added = await context.index.addTag(paperId, tag);
        return { paper: paperId, tag, added, tags: tagsOf(paperId) };
      },
    },
    {
      path: /^\/api\/tags$/,
      method: 'DELETE',
      handle: async (request) => {
        const { paperId, tag } = await readTagRequest(request);
        // The tag shows on every posting of the paper, so it comes off all of them.
        if ((await context.index.removeTag(listPostings(paperId, context.groups), tag)) === 0) throw new HttpError(404, 'NOT_FOUND', `the paper "${paperId}" has no tag "${tag}"`);
        return { paper: paperId, tag, removed: true, tags: tagsOf(paperId) };
      },
    },
  ];

  return (request, response) => {
    void answer(request, response).catch((error: unknown) => {
      // Only a failure to write the response itself lands here; the socket is beyond saving.
      context.onError?.(error);
      response.destroy();
    });
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      context.beforeRequest?.();
      const url = parseUrl(request.url);
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      if (url.pathname === '/' || url.pathname === '/index.html') {
        if (method !== 'GET') throw methodNotAllowed(request.method, 'GET');
        sendPage(response, context.page);
        return;
      }
      const matching = routes.filter((route) => route.path.test(url.pathname));
      if (matching.length === 0) throw new HttpError(404, 'NOT_FOUND', `no such endpoint: ${url.pathname}`);
      const route = matching.find((candidate) => candidate.method === method);
      if (!route) throw methodNotAllowed(request.method, matching.map((candidate) => candidate.method).join(', '));
      sendJson(response, 200, await route.handle(request, url));
    } catch (error) {
      if (error instanceof HttpError) {
        // A refused body may still be arriving; closing the connection afterwards discards it.
        if (error.status === 413) response.setHeader('Connection', 'close');
        for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
        sendJson(response, error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      context.onError?.(error);
      sendJson(response, 500, { error: { code: 'INTERNAL', message: 'the server failed to answer; see its terminal' } });
    }
  }
}

/** A PapersError of a lookup as the HTTP error a client expects: 404 for not found, 400 for ambiguous. */
function resolveOrRefuse<T>(resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    if (!(error instanceof PapersError)) throw error;
    const message = error.hint ? `${error.message} (${error.hint})` : error.message;
    throw new HttpError(error.code === 'NOT_FOUND' ? 404 : 400, error.code, message);
  }
}

function parseUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    throw badRequest(`cannot parse the request target "${target}"`);
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`the paper id "${segment}" is not valid percent-encoding`);
  }
}

function methodNotAllowed(method: string | undefined, allowed: string): HttpError {
  return new HttpError(405, 'METHOD_NOT_ALLOWED', `${method ?? 'this method'} is not allowed here; use ${allowed}`, { Allow: allowed });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

function sendPage(response: ServerResponse, page: string): void {
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(page);
}
