// Lexical BM25 search over titles and abstracts, stored as flat typed arrays so that opening a
// 100,000-paper index is a read, not a parse. Title terms count `titleBoost` times (BM25F-style
// field weighting). Documents are identified by the paper's ordinal in the index.
import { SEARCH } from '../config.js';
import { termsOf } from './terms.js';

export interface LexicalHit {
  ordinal: number;
  /** BM25 score: unbounded, comparable only within one query. */
  bm25: number;
}

export interface LexicalDocument {
  title: string;
  abstract: string;
}

/** BM25 saturation (1.2-2 is usual) and length normalisation (0.75 is usual). */
const K1 = 1.2;
const B = 0.75;
const MAGIC = 'PBM25v1\n';

export class LexicalIndex {
  /** Sorted (by code unit), so a term is found by binary search without building a map. */
  private readonly terms: string[];
  /** postings of term t are at [postingStart[t], postingStart[t + 1]). */
  private readonly postingStart: Uint32Array;
  private readonly postingDocs: Uint32Array;
  private readonly postingWeights: Float32Array;
  private readonly docLengths: Float32Array;
  private readonly averageLength: number;

  private constructor(terms: string[], postingStart: Uint32Array, postingDocs: Uint32Array, postingWeights: Float32Array, docLengths: Float32Array) {
    this.terms = terms;
    this.postingStart = postingStart;
    this.postingDocs = postingDocs;
    this.postingWeights = postingWeights;
    this.docLengths = docLengths;
    let total = 0;
    for (const length of docLengths) total += length;
    this.averageLength = docLengths.length > 0 ? total / docLengths.length || 1 : 1;
  }

  get size(): number {
    return this.docLengths.length;
  }

  static build(documents: LexicalDocument[], titleBoost: number = SEARCH.titleBoost): LexicalIndex {
    const postings = new Map<string, { docs: number[]; weights: number[] }>();
    const docLengths = new Float32Array(documents.length);
    documents.forEach((document, ordinal) => {
      const weights = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const term of termsOf(text)) weights.set(term, (weights.get(term) ?? 0) + weight);
      };
      add(document.title, titleBoost);
      add(document.abstract, 1);
      let length = 0;
      for (const [term, weight] of weights) {
        length += weight;
        const list = postings.get(term) ?? { docs: [], weights: [] };
        list.docs.push(ordinal);
        list.weights.push(weight);
        postings.set(term, list);
      }
      docLengths[ordinal] = length;
    });
    const terms = [...postings.keys()].sort();
    const postingStart = new Uint32Array(terms.length + 1);
    let count = 0;
    terms.forEach((term, index) => {
      postingStart[index] = count;
      count += postings.get(term)!.docs.length;
    });
    postingStart[terms.length] = count;
    const postingDocs = new Uint32Array(count);
    const postingWeights = new Float32Array(count);
    terms.forEach((term, index) => {
      const list = postings.get(term)!;
      postingDocs.set(list.docs, postingStart[index]);
      postingWeights.set(list.weights, postingStart[index]);
    });
    return new LexicalIndex(terms, postingStart, postingDocs, postingWeights, docLengths);
  }

  /** Layout: magic, a JSON header line, the terms joined by newlines, then 4-byte aligned arrays. */
  serialize(): Buffer {
    const termsBytes = Buffer.from(this.terms.join('\n'), 'utf8');
    const header = Buffer.from(
      `${JSON.stringify({ terms: this.terms.length, termsBytes: termsBytes.length, postings: this.postingDocs.length, documents: this.docLengths.length })}\n`,
      'utf8',
    );
    const prefix = Buffer.concat([Buffer.from(MAGIC), header, termsBytes]);
    const padding = Buffer.alloc((4 - (prefix.length % 4)) % 4);
    return Buffer.concat([
      prefix,
      padding,
      Buffer.from(this.postingStart.buffer, this.postingStart.byteOffset, this.postingStart.byteLength),
      Buffer.from(this.postingDocs.buffer, this.postingDocs.byteOffset, this.postingDocs.byteLength),
      Buffer.from(this.postingWeights.buffer, this.postingWeights.byteOffset, this.postingWeights.byteLength),
      Buffer.from(this.docLengths.buffer, this.docLengths.byteOffset, this.docLengths.byteLength),
    ]);
  }

  /** Reads what serialize wrote; throws on any inconsistency (the caller reports corruption). */
  static deserialize(bytes: Buffer): LexicalIndex {
    if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a lexical index file');
    const headerEnd = bytes.indexOf(10, MAGIC.length);
    const header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')) as {
      terms: number;
      termsBytes: number;
      postings: number;
      documents: number;
    };
    const termsStart = headerEnd + 1;
    const termsText = bytes.subarray(termsStart, termsStart + header.termsBytes).toString('utf8');
    const terms = header.terms === 0 ? [] : termsText.split('\n');
    let offset = termsStart + header.termsBytes;
    offset += (4 - (offset % 4)) % 4;
    const expected = 4 * (header.terms + 1 + 2 * header.postings + header.documents);
    if (terms.length !== header.terms || bytes.length - offset !== expected) throw new Error('lexical index file has the wrong size');
    // Typed arrays need 4-aligned offsets: view the file's own memory when it is aligned (a large
    // file read whole is), copy it otherwise (a small Buffer may sit anywhere in Node's pool).
    const aligned = (bytes.byteOffset + offset) % 4 === 0;
    const arrays = aligned ? bytes.buffer : new Uint8Array(bytes.subarray(offset)).buffer;
    let cursor = aligned ? bytes.byteOffset + offset : 0;
    const take = <T>(Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number): T => {
      const array = new Kind(arrays, cursor, length);
      cursor += length * 4;
      return array;
    };
    return new LexicalIndex(
      terms,
      take(Uint32Array, header.terms + 1),
      take(Uint32Array, header.postings),
      take(Float32Array, header.postings),
      take(Float32Array, header.documents),
    );
  }

  search(query: string, topK: number, exclude?: (ordinal: number) => boolean): LexicalHit[] {
    const documents = this.docLengths.length;
    const scores = new Float64Array(documents);
    const touched: number[] = [];
    for (const term of new Set(termsOf(query))) {
      const index = this.termIndexOf(term);
      if (index < 0) continue;
      const start = this.postingStart[index]!;
      const end = this.postingStart[index + 1]!;
      const frequency = end - start;
      const idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
      for (let p = start; p < end; p += 1) {
        const doc = this.postingDocs[p]!;
        const tf = this.postingWeights[p]!;
        const norm = K1 * (1 - B + (B * this.docLengths[doc]!) / this.averageLength);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += (idf * tf * (K1 + 1)) / (tf + norm);
      }
    }
    const hits: LexicalHit[] = [];
    for (const ordinal of touched) if (!exclude?.(ordinal)) hits.push({ ordinal, bm25: scores[ordinal]! });
    hits.sort((a, b) => b.bm25 - a.bm25 || a.ordinal - b.ordinal);
    return hits.slice(0, Math.max(topK, 0));
  }

  private termIndexOf(term: string): number {
    let low = 0;
    let high = this.terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.terms[middle]!;
      if (found === term) return middle;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
