// The live part, present only when `papers serve` serves the page: the search box and "similar
// to this abstract", both answered by the server's model, with results listed and ringed on the
// map.
import { formatCount } from '../format-count.js';
import { ordinalById, papers, state } from './context.js';
import { describePaperMeta } from './describe.js';
import { createElement, createLinkButton, findById } from './dom.js';
import { drawMap } from './map.js';
import { openPaper } from './panel.js';

const RESULTS_WANTED = 20;

/** What the page reads of a hit from /api/search and /api/similar. */
interface ApiHit {
  id: string;
  title: string;
  score: number;
}

export function setUpLiveSearch(): void {
  findById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = findById<HTMLInputElement>('search-input').value.trim();
    if (!query) {
      clearResults();
      return;
    }
    const mode = findById<HTMLSelectElement>('search-mode').value;
    void runQuery(`/api/search?q=${encodeURIComponent(query)}&k=${RESULTS_WANTED}&mode=${encodeURIComponent(mode)}`, undefined, `for "${query}"`);
  });
  findById('similar-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = findById<HTMLTextAreaElement>('similar-text').value.trim();
    if (!text) {
      setResultsStatus('Paste an abstract first.', true);
      return;
    }
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, k: RESULTS_WANTED }) };
    void runQuery('/api/similar', init, 'similar to the abstract');
  });
  findById('clear-results').addEventListener('click', clearResults);
}

async function runQuery(url: string, init: RequestInit | undefined, label: string): Promise<void> {
  findById('results-section').hidden = false;
  setResultsStatus('Searching…', false);
  try {
    const response = await fetch(url, init);
    const body = (await response.json()) as { hits?: ApiHit[]; error?: { message?: string } };
    if (!response.ok || !body.hits) throw new Error(body.error?.message ?? `the server answered ${response.status}`);
    showResults(body.hits, label);
  } catch (error) {
    setResultsStatus(`Search failed: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

function showResults(hits: ApiHit[], label: string): void {
  const list = findById('results-list');
  list.replaceChildren();
  const results = new Map<number, number>();
  hits.forEach((hit, rank) => {
    const ordinal = ordinalById.get(hit.id);
    if (ordinal === undefined) return;
    results.set(ordinal, rank);
    const meta = `score ${hit.score} · ${describePaperMeta(papers[ordinal]!)}`;
    list.appendChild(createElement('li')).appendChild(createLinkButton(`${rank + 1}. ${hit.title}`, meta, (button) => openPaper(ordinal, button)));
  });
  state.results = results;
  list.setAttribute('data-result-count', String(results.size));
  setResultsStatus(`${formatCount(hits.length, 'result')} ${label}, ringed on the map`, false);
  drawMap();
}

export function clearResults(): void {
  state.results = null;
  const list = findById('results-list');
  list.replaceChildren();
  list.removeAttribute('data-result-count');
  findById('results-section').hidden = true;
  drawMap();
}

function setResultsStatus(text: string, failed: boolean): void {
  const status = findById('results-status');
  status.textContent = text;
  status.className = failed ? 'note error' : 'note';
}
