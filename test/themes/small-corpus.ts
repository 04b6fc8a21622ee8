// A dozen made-up papers on three topics, embedded with the fake embedder: enough for the themes
// stage to find and name three themes without the real model.
import { embeddingText } from '../../src/ingest/normalize.js';
import type { ThemePaper } from '../../src/themes/compute-themes.js';
import { FakeEmbedder } from '../helpers/fake-embedder.js';

const TOPICS: Record<string, [string, string][]> = {
  kv: [
    ['KV cache compression with retrieval heads', 'The KV cache of long-context inference grows with every token; retrieval heads keep the full KV cache while other heads keep a short window.'],
    ['Evicting tokens from the KV cache', 'We evict tokens from the KV cache of long-context inference, keeping the tokens that retrieval heads attend to.'],
    ['Quantised KV cache for long-context inference', 'A quantised KV cache halves the memory of long-context inference without losing the tokens retrieval heads need.'],
    ['Sharing the KV cache across layers', 'Layers share one KV cache, which cuts the memory of long-context inference; retrieval heads keep their own.'],
  ],
  mtl: [
    ['Gradient surgery for multi-task learning', 'Multi-task learning suffers when task gradients conflict; projecting conflicting gradients improves multi-task learning with a shared backbone.'],
    ['Mixture of experts for multi-task learning', 'A mixture of experts routes each task to its own experts, so multi-task learning keeps a shared backbone without negative transfer.'],
    ['Task weighting in multi-task learning', 'Weighting the task losses balances multi-task learning; negative transfer drops with a shared backbone and learned weights.'],
    ['Model merging as multi-task learning', 'Merging fine-tuned models with task vectors gives multi-task learning without joint training and little negative transfer.'],
  ],
  music: [
    ['Playlist recommendation from listening history', 'Music playlists are recommended from listening history; the playlist embedding captures genre and mood of each song.'],
    ['Song embeddings for playlist continuation', 'Song embeddings learned from playlists continue a music playlist with songs of the same genre and mood.'],
    ['Cold-start music recommendation', 'New songs lack listening history; audio features place them in playlists of the right genre and mood for music recommendation.'],
    ['Mood detection in music playlists', 'We detect the mood of music playlists from lyrics and audio, which improves playlist recommendation by genre and mood.'],
  ],
};

export interface SmallCorpus {
  papers: ThemePaper[];
  vectors: Float32Array[];
  /** Topic of each paper: "kv", "mtl" or "music". */
  topics: string[];
}

export async function smallCorpus(): Promise<SmallCorpus> {
  const papers: ThemePaper[] = [];
  const topics: string[] = [];
  for (const [topic, items] of Object.entries(TOPICS)) {
    items.forEach(([title, abstract], index) => {
      papers.push({ id: `${topic}-${index}`, title, abstract });
      topics.push(topic);
    });
  }
  const vectors = await new FakeEmbedder().embed(papers.map((paper) => embeddingText(paper.title, paper.abstract)));
  return { papers, vectors, topics };
}
