// The API's request parsing without a server or model: what each body and query string becomes,
// and the 4xx and message each bad one gets.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/server/http-error.js';
import { parseSearchRequest, parseSimilarRequest, parseTagQuery, parseTagRequest } from '../../src/server/parse-api-request.js';

const ABSTRACT = 'We compress the KV cache of long-context models by keeping only the heads that retrieve.';
const noQuery = new URLSearchParams();

function refusal(parse: () => unknown): { status: number; message: string } {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return { status: (error as HttpError).status, message: (error as HttpError).message };
  }
  throw new Error('expected the request to be refused');
}

describe('parseSimilarRequest', () => {
  it('reads a JSON body with or without a JSON content type, as curl -d sends it', () => {
    const body = JSON.stringify({ text: `  ${ABSTRACT}\n`, k: 7 });
    for (const contentType of ['application/json', 'application/json; charset=utf-8', undefined, 'application/x-www-form-urlencoded']) {
      expect(parseSimilarRequest(contentType, body, noQuery)).toEqual({ text: ABSTRACT, topK: 7, mode: 'hybrid' });
    }
  });

  it('takes k from the query string when the body has none, and 10 when neither has', () => {
    expect(parseSimilarRequest('application/json', JSON.stringify({ text: ABSTRACT }), new URLSearchParams('k=3'))).toEqual({ text: ABSTRACT, topK: 3, mode: 'hybrid' });
    expect(parseSimilarRequest('text/plain', ABSTRACT, new URLSearchParams('k=4'))).toEqual({ text: ABSTRACT, topK: 4, mode: 'hybrid' });
    expect(parseSimilarRequest('text/plain', ABSTRACT, noQuery)).toEqual({ text: ABSTRACT, topK: 10, mode: 'hybrid' });
    expect(parseSimilarRequest('text/plain', ABSTRACT, new URLSearchParams('mode=dense'))).toEqual({ text: ABSTRACT, topK: 10, mode: 'dense' });
  });

  it('keeps prose with accents, tabs and line breaks as text', () => {
    const prose = 'Résumé\tof a naïve model.\r\nIt reaches 71.3 on MMLU\u000cand 2.1× speed.';
    expect(parseSimilarRequest('text/plain', prose, noQuery).text).toBe(prose);
  });

  it('keeps a text/plain body that looks like JSON as text', () => {
    expect(parseSimilarRequest('text/plain', '{"text": "x"}', noQuery).text).toBe('{"text": "x"}');
  });

  it.each([
    ['a binary text/plain body', 'text/plain', 'PK\u0003\u0004\u0000\u0000abstract', 400, 'body is binary, not text: give the text of an abstract'],
    ['binary text in JSON', 'application/json', JSON.stringify({ text: 'a\u0000b' }), 400, '"text" is binary, not text'],
    ['random bytes without a NUL', 'text/plain', Buffer.from(Array.from({ length: 200 }, (_, i) => 1 + ((i * 97 + 13) % 255))).toString('latin1'), 400, 'body is binary, not text'],
    ['invalid JSON declared as JSON', 'application/json', '{"text": ', 400, 'the body is not valid JSON'],
    ['a form body that is not JSON', 'application/x-www-form-urlencoded', 'text=abc', 415, `send the abstract as application/json or text/plain`],
    ['no content type and no JSON', undefined, ABSTRACT, 415, 'not "no content type"'],
    ['a JSON array', 'application/json', '["abstract"]', 400, 'the body must be a JSON object like {"text": "..."}'],
    ['text that is not a string', 'application/json', '{"text": 42}', 400, '"text" must be a string holding the text of an abstract'],
    ['a missing text', 'application/json', '{"k": 3}', 400, '"text" must be a string'],
    ['an unknown field', 'application/json', JSON.stringify({ text: ABSTRACT, topK: 3 }), 400, 'the body has unknown field "topK"; it takes "text" and "k"'],
    ['k as a string in JSON', 'application/json', JSON.stringify({ text: ABSTRACT, k: '3' }), 400, 'k must be a whole number from 1 to 100, got "3"'],
    ['a fractional k', 'application/json', JSON.stringify({ text: ABSTRACT, k: 2.5 }), 400, 'got 2.5'],
    ['k above the limit', 'application/json', JSON.stringify({ text: ABSTRACT, k: 101 }), 400, 'got 101'],
    ['an empty abstract', 'text/plain', '  \n ', 400, 'body is empty: give the text of an abstract'],
    ['an abstract over the limit', 'text/plain', 'x'.repeat(20_001), 400, 'body is 20001 characters; the limit is 20000'],
  ] as const)('refuses %s', (_what, contentType, body, status, message) => {
    const answer = refusal(() => parseSimilarRequest(contentType, body, noQuery));
    expect(answer.status).toBe(status);
    expect(answer.message).toContain(message);
  });
});

describe('parseSearchRequest', () => {
  it('reads q, k and mode, with hybrid and 10 as the defaults', () => {
    expect(parseSearchRequest(new URLSearchParams('q=+kv+cache+&k=5&mode=dense'))).toEqual({ query: 'kv cache', topK: 5, mode: 'dense' });
    expect(parseSearchRequest(new URLSearchParams('q=kv&k='))).toEqual({ query: 'kv', topK: 10, mode: 'hybrid' });
  });

  it.each([
    ['no query', '', 'q is empty: give a query, e.g. ?q=kv+cache'],
    ['k that is not a number', 'q=a&k=ten', 'k must be a whole number from 1 to 100, got "ten"'],
    ['k of zero', 'q=a&k=0', 'got "0"'],
    ['a negative k', 'q=a&k=-1', 'got "-1"'],
    ['an unknown mode', 'q=a&mode=fuzzy', 'mode must be one of dense, lexical, hybrid, got "fuzzy"'],
    ['a query over the limit', `q=${'a'.repeat(4_001)}`, 'q is 4001 characters; the limit is 4000'],
  ])('refuses %s with a 400 naming the value', (_what, query, message) => {
    const answer = refusal(() => parseSearchRequest(new URLSearchParams(query)));
    expect(answer).toEqual({ status: 400, message: expect.stringContaining(message) });
  });
});

describe('parseTagRequest', () => {
  it('reads {"paper", "tag"}, the tag in lower case as the CLI keeps it', () => {
    expect(parseTagRequest(JSON.stringify({ paper: ' 144885a362270a8a ', tag: 'To-Read' }))).toEqual({ paperId: '144885a362270a8a', tag: 'to-read' });
  });

  it.each([
    ['not json', 400, 'the body is not valid JSON: send {"paper": "<id>", "tag": "<tag>"}'],
    ['[1]', 400, 'the body must be a JSON object like {"paper": "<id>", "tag": "to-read"}'],
    ['{"paper": "abc", "tag": "two words"}', 400, 'the tag "two words" is not one word (use letters, digits and - _ . + / (no spaces), starting with a letter or digit)'],
    ['{"paper": "abc", "tag": ""}', 400, 'the tag is empty (give a tag name, e.g. papers tag "DuoAttention" long-context)'],
    ['{"paper": "", "tag": "x"}', 400, '"paper" is empty: give a paper id'],
    ['{"paper": 7, "tag": "x"}', 400, '"paper" must be a string holding a paper id'],
    ['{"paper": "abc", "tag": "x", "note": 1}', 400, 'the body has unknown field "note"; it takes "paper" and "tag"'],
  ])('refuses %s', (body, status, message) => {
    expect(refusal(() => parseTagRequest(body))).toEqual({ status, message });
  });
});

describe('parseTagQuery', () => {
  it('reads ?paper=<id>, and null without it', () => {
    expect(parseTagQuery(new URLSearchParams('paper=abc'))).toBe('abc');
    expect(parseTagQuery(noQuery)).toBeNull();
    expect(refusal(() => parseTagQuery(new URLSearchParams('paper=')))).toEqual({ status: 400, message: '"paper" is empty: give a paper id' });
  });
});
