// The page script's entry: wires the map, its controls, the legend, the duplicate list, the
// filter and (on the served page) live search, and the Escape key that undoes the last of them.
// Bundled by scripts/build-page.ts into dist/report/page.js, which the report inlines.
import { count, live, state } from './context.js';
import { findById } from './dom.js';
import { renderDuplicates } from './duplicates.js';
import { applyFilter, setUpFilter } from './filter.js';
import { highlight, renderLegend } from './legend.js';
import { renderLatestDigest } from './latest.js';
import { clearResults, setUpLiveSearch } from './live.js';
import { canvas, listDrawnLabels, locateDot, setUpMap } from './map.js';
import { setUpMapInput } from './map-input.js';
import { closePanel } from './panel.js';

declare global {
  interface Window {
    /** A small handle for scripts and browser tests. */
    papersReport?: { paperCount: number; screenPosition(ordinal: number): { x: number; y: number } | null; mapLabels(): string[] };
  }
}

function onGlobalKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  if (state.selected >= 0) {
    closePanel();
    event.preventDefault();
    return;
  }
  const target = event.target;
  if (target instanceof HTMLInputElement && target.id === 'filter-input' && target.value) {
    target.value = '';
    applyFilter('');
    return;
  }
  if (state.results && live) {
    clearResults();
    return;
  }
  if (state.highlight !== null) highlight(null);
}

function start(): void {
  setUpMap();
  setUpMapInput();
  renderLegend();
  renderDuplicates();
  renderLatestDigest();
  setUpFilter();
  if (live) setUpLiveSearch();
  document.addEventListener('keydown', onGlobalKey);
  findById('skip-to-map').addEventListener('click', (event) => {
    event.preventDefault();
    canvas.focus();
  });
  window.papersReport = { paperCount: count, screenPosition: locateDot, mapLabels: listDrawnLabels };
  document.body.setAttribute('data-ready', 'true');
}

start();
