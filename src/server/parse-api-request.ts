// Parses the API's untrusted input once (query strings, bodies) into typed requests; a bad value
// is a 400 that names it.
import { SEARCH, SIMILAR } from '../config.js';
import { SEARCH_MODES, type SearchMode } from '../search/search-papers.js';
import { badRequest, HttpError } from './http-error.js';

export const API_LIMITS = {
  /**
   * Longest query, in characters: room for a pasted abstract (~2,000), and short enough that the
   * URL stays under node's 16 KiB header limit even percent-encoded.
   */
  maxQueryLength: 4_000,
  /** Longest abstract sent to /api/similar, in characters. */
  maxTextLength: 20_000,
  /** Most results one request may ask for. */
  maxTopK: 100,
  /** Largest request body, in bytes. */
  maxBodyBytes: 64 * 1024,
} as const;

export interface SearchRequest {
  query: string;
  topK: number;
  mode: SearchMode;
}

export interface SimilarRequest {
  text: string;
  topK: number;
  /** From ?mode= (default SIMILAR.mode, hybrid). */
  mode: SearchMode;
}

export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const query = parseText(params.get('q'), 'q', 'a query, e.g. ?q=kv+cache', API_LIMITS.maxQueryLength);
  const mode = params.get('mode') ?? 'hybrid';
  if (!(SEARCH_MODES as readonly string[]).includes(mode)) throw badRequest(`mode must be one of ${SEARCH_MODES.join(', ')}, got "${mode}"`);
  return { query, topK: parseTopK(params.get('k')), mode: mode as SearchMode };
}

/** A JSON body `{ "text": ..., "k": ... }`, or the abstract itself as text/plain (k from ?k=). */
export function parseSimilarRequest(contentType: string | undefined, body: string, params: URLSearchParams): SimilarRequest {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const mode = parseMode(params.get('mode') ?? SIMILAR.mode);
  if (mediaType === 'text/plain') return { text: parseText(body, 'body', 'the text of an abstract'), topK: parseTopK(params.get('k')), mode };
  if (mediaType !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `send the abstract as application/json or text/plain, not "${mediaType || 'no content type'}"`);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw badRequest('the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('the body must be a JSON object like {"text": "..."}');
  const { text, k } = value as { text?: unknown; k?: unknown };
  if (typeof text !== 'string') throw badRequest('"text" must be a string holding an abstract');
  if (k !== undefined && typeof k !== 'number') throw badRequest(`"k" must be a number, got ${JSON.stringify(k)}`);
  return { text: parseText(text, 'text', 'the text of an abstract'), topK: parseTopK(k === undefined ? params.get('k') : String(k)), mode };
}

function parseMode(mode: string): SearchMode {
  if (!(SEARCH_MODES as readonly string[]).includes(mode)) throw badRequest(`mode must be one of ${SEARCH_MODES.join(', ')}, got "${mode}"`);
  return mode as SearchMode;
}

function parseText(value: string | null, name: string, wanted: string, maxLength: number = API_LIMITS.maxTextLength): string {
  const text = (value ?? '').trim();
  if (!text) throw badRequest(`${name} is empty: give ${wanted}`);
  if (text.length > maxLength) throw badRequest(`${name} is ${text.length} characters; the limit is ${maxLength}`);
  return text;
}

function parseTopK(value: string | null): number {
  if (value === null || value === '') return SEARCH.defaultTopK;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > API_LIMITS.maxTopK) {
    throw badRequest(`k must be a whole number from 1 to ${API_LIMITS.maxTopK}, got "${value}"`);
  }
  return Number(value);
}
