// Parses the API's untrusted input once (query strings, bodies) with zod schemas into typed
// requests; a bad value is a 400 that names it.
import { z } from 'zod';
import { SEARCH, SIMILAR } from '../config.js';
import { isPapersError } from '../errors.js';
import { isBinaryText } from '../ingest/read-text.js';
import { SEARCH_MODES, type SearchMode } from '../search/search-papers.js';
import { parseTagName } from '../tags/tag-name.js';
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

const ABSTRACT = 'the text of an abstract';

/** Trimmed text, refused when empty, binary (the CLI refuses the same) or longer than maxLength. */
function textSchema(name: string, wanted: string, maxLength: number) {
  return z.string({ error: `${name} must be a string holding ${wanted}` }).transform((value, context) => {
    const text = value.trim();
    const problem = isBinaryText(text)
      ? `${name} is binary, not text: give ${wanted}`
      : !text
        ? `${name} is empty: give ${wanted}`
        : text.length > maxLength
          ? `${name} is ${text.length} characters; the limit is ${maxLength}`
          : undefined;
    if (problem === undefined) return text;
    context.issues.push({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  });
}

const topKMessage = (issue: { input?: unknown }) => `k must be a whole number from 1 to ${API_LIMITS.maxTopK}, got ${JSON.stringify(issue.input)}`;
const isTopK = (value: number) => Number.isInteger(value) && value >= 1 && value <= API_LIMITS.maxTopK;

/** k as a query parameter: digits only. */
const topKParameter = z
  .string()
  .refine((value) => /^\d+$/.test(value) && isTopK(Number(value)), { error: topKMessage })
  .transform(Number);

/** k in a JSON body: a number, not a numeric string. */
const topKField = z.number({ error: topKMessage }).refine(isTopK, { error: topKMessage });

const searchQuery = z.object({
  q: textSchema('q', 'a query, e.g. ?q=kv+cache', API_LIMITS.maxQueryLength),
  k: topKParameter.optional(),
  mode: z
    .custom<SearchMode>((value) => SEARCH_MODES.includes(value as SearchMode), {
      error: (issue) => `mode must be one of ${SEARCH_MODES.join(', ')}, got ${JSON.stringify(issue.input)}`,
    })
    .optional(),
});

const similarJson = z.strictObject(
  { text: textSchema('"text"', ABSTRACT, API_LIMITS.maxTextLength), k: topKField.optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `the body has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}; it takes "text" and "k"`
        : 'the body must be a JSON object like {"text": "..."}',
  },
);

const plainBody = textSchema('body', ABSTRACT, API_LIMITS.maxTextLength);

/** The value the schema accepts, or a 400 with the first problem's message. */
function parseWith<Output>(schema: z.ZodType<Output>, input: unknown): Output {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badRequest(result.error.issues[0]?.message ?? 'the request is malformed');
}

export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const request = parseWith(searchQuery, { q: params.get('q') ?? '', k: params.get('k') || undefined, mode: params.get('mode') ?? undefined });
  return { query: request.q, topK: request.k ?? SEARCH.defaultTopK, mode: request.mode ?? 'hybrid' };
}

/**
 * A JSON body `{ "text": ..., "k": ... }`, or the abstract itself as text/plain (k from ?k=). A body
 * that parses as JSON is taken as JSON whatever its content type says (`curl -d` sends a form type).
 */
export function parseSimilarRequest(contentType: string | undefined, body: string, params: URLSearchParams): SimilarRequest {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const topKFromQuery = () => parseWith(topKParameter.optional(), params.get('k') || undefined) ?? SEARCH.defaultTopK;
  const mode = parseWith(searchQuery.shape.mode, params.get('mode') ?? undefined) ?? SIMILAR.mode;
  if (mediaType === 'text/plain') return { text: parseWith(plainBody, body), topK: topKFromQuery(), mode };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) throw badRequest('the body is not valid JSON');
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `send the abstract as application/json or text/plain (curl -H 'content-type: text/plain' --data-binary @abstract.txt), not "${mediaType || 'no content type'}"`,
    );
  }
  const request = parseWith(similarJson, value);
  return { text: request.text, topK: request.k ?? topKFromQuery(), mode };
}

export interface TagRequest {
  paperId: string;
  tag: string;
}

/** A paper id as the API gives them: at most 200 characters of text. */
const paperIdField = z
  .string({ error: '"paper" must be a string holding a paper id' })
  .trim()
  .min(1, { error: '"paper" is empty: give a paper id' })
  .max(200, { error: '"paper" is longer than any paper id' });

/** A tag under the CLI's rules (one word, at most 40 characters), with the CLI's message. */
const tagField = z.string({ error: '"tag" must be a string holding a tag' }).transform((value, context) => {
  try {
    return parseTagName(value);
  } catch (error) {
    if (!isPapersError(error)) throw error;
    context.issues.push({ code: 'custom', message: error.hint ? `${error.message} (${error.hint})` : error.message, input: value });
    return z.NEVER;
  }
});

const tagJson = z.strictObject(
  { paper: paperIdField, tag: tagField },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `the body has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}; it takes "paper" and "tag"`
        : issue.code === 'invalid_type' && (issue.path ?? []).length === 0
          ? 'the body must be a JSON object like {"paper": "<id>", "tag": "to-read"}'
          : undefined,
  },
);

/** The body of POST and DELETE /api/tags: `{"paper": "<id>", "tag": "<tag>"}` as JSON. */
export function parseTagRequest(body: string): TagRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw badRequest('the body is not valid JSON: send {"paper": "<id>", "tag": "<tag>"}');
  }
  const request = parseWith(tagJson, value);
  return { paperId: request.paper, tag: request.tag };
}

/** GET /api/tags?paper=<id>: the id, or null for the list of every tag. */
export function parseTagQuery(params: URLSearchParams): string | null {
  const paper = params.get('paper');
  return paper === null ? null : parseWith(paperIdField, paper);
}
