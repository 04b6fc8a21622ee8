// Small digests for the duplicate tests: a few abstracts on nearby topics, edits that turn one
// into a re-post, and a corpus builder that embeds them with the fake embedder.
import { buildCorpus } from '../../src/ingest/build-corpus.js';
import type { RawEntry } from '../../src/ingest/types.js';
import type { Entry, Paper } from '../../src/ingest/types.js';
import { ExactIndex } from '../../src/vector-index/exact-index.js';
import type { VectorIndex } from '../../src/vector-index/vector-index.js';
import { embeddingText } from '../../src/ingest/normalize.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';

export const SINK = {
  title: 'Where Attention Sinks Form in Small Language Models',
  abstract:
    'Language models put a large share of their attention on the first token even when it carries no meaning, a pattern known as the attention sink. ' +
    'We train small models from scratch and record when the sink appears during pre-training. ' +
    'The sink forms only after the loss has dropped below a critical value, and it forms earlier with larger learning rates. ' +
    'We further show that the sink token stores a nearly constant key vector, which acts as a bias that absorbs attention the model does not need. ' +
    'Replacing softmax attention with a normalized sigmoid removes the sink without hurting perplexity, and this behavior holds under every optimization setting we tried. ' +
    'These results explain why streaming inference methods that keep the first token in the cache work so well.',
};

export const SINK_OTHER = {
  title: 'Attention Sinks Emerge from Softmax Normalization in Vision Transformers',
  abstract:
    'Vision transformers concentrate attention on a few background patches that carry little information, much like the attention sink of language models. ' +
    'We measure how these sink patches appear across model sizes and training objectives. ' +
    'Sink patches arise in large models trained for a long time and store global statistics of the image. ' +
    'Adding learnable register tokens gives the model a place for this global information and cleans the attention maps. ' +
    'Without softmax normalization the sinks never appear, which links them to the sum-to-one constraint of attention. ' +
    'Registers improve dense prediction on segmentation and detection benchmarks.',
};

export const KV_CACHE = {
  title: 'Budgeted KV Cache Eviction with Retrieval Heads',
  abstract:
    'The key-value cache of a long-context language model grows with every token and soon dominates memory. ' +
    'Eviction policies drop tokens to keep the cache small, but a single budget for all heads loses information that a few heads need. ' +
    'We identify retrieval heads, which look far back in the context, and streaming heads, which only read recent tokens and the first token. ' +
    'Retrieval heads keep their full cache while streaming heads keep a short window. ' +
    'On long-context benchmarks this halves memory with no loss in accuracy and speeds up decoding by forty percent.',
};

export const MERGING = {
  title: 'Data-Free Model Merging with Layer-wise Coefficients',
  abstract:
    'Merging models fine-tuned on different tasks into one multi-task model avoids training on all tasks together. ' +
    'Task arithmetic adds the task vectors to the pre-trained weights, but conflicting updates lower the accuracy of the merged model. ' +
    'We compute a merging coefficient for every layer from the agreement between task vectors, with no data and no gradient steps. ' +
    'Layers where tasks agree are averaged, and layers where they conflict keep the strongest update. ' +
    'On eight vision tasks the merged model comes close to the individually fine-tuned models.',
};

export type Posting = { title: string; abstract: string };

export interface Digest {
  file: string;
  date: string | null;
  postings: Posting[];
}

export interface SmallCorpus {
  papers: Paper[];
  entries: Entry[];
  vectors: Float32Array[];
  vectorIndex: VectorIndex;
}

/** Papers and entries exactly as `papers index` groups them, embedded by the fake embedder. */
export async function corpusOf(digests: Digest[]): Promise<SmallCorpus> {
  const { papers, entries } = buildCorpus(
    digests.map((digest) => ({ file: digest.file, digestDate: digest.date, entries: digest.postings.map((posting, index) => rawEntry(posting, index)) })),
  );
  const vectors = await new FakeEmbedder().embed(papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  return { papers, entries, vectors, vectorIndex: ExactIndex.fromVectors(papers.map((paper) => paper.id), vectors) };
}

function rawEntry(posting: Posting, index: number): RawEntry {
  return { line: index * 4 + 1, ...posting, authors: null, organisation: null, published: null, publishedIso: null, upvotes: null };
}

const sentencesOf = (text: string) => text.split(/(?<=\.) /);

export const edits = {
  venueSuffix: (posting: Posting): Posting => ({ ...posting, title: `${posting.title} (NeurIPS 2015)` }),
  dropSentence: (posting: Posting): Posting => ({ ...posting, abstract: sentencesOf(posting.abstract).filter((_, index) => index !== 2).join(' ') }),
  addSentence: (posting: Posting): Posting => ({ ...posting, abstract: `${posting.abstract} Code and models are released to the community.` }),
  reorder: (posting: Posting): Posting => {
    const sentences = sentencesOf(posting.abstract);
    return { ...posting, abstract: [sentences[1], sentences[0], ...sentences.slice(2)].join(' ') };
  },
  truncate: (posting: Posting): Posting => ({ ...posting, abstract: sentencesOf(posting.abstract).slice(0, 2).join(' ') }),
  typos: (posting: Posting): Posting => ({ ...posting, abstract: posting.abstract.replace('attention', 'atention').replace('model', 'modle') }),
  british: (posting: Posting): Posting => ({
    ...posting,
    abstract: posting.abstract.replace(/normaliz/g, 'normalis').replace(/optimiz/g, 'optimis').replace(/behavior/g, 'behaviour'),
  }),
};
