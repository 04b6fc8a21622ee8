// Renders ReportData as one self-contained HTML page: markup, style, script and data inline, and
// a Content-Security-Policy that forbids every network request (the served page may call its
// own server's API, nothing else).
import { LISTS_SCRIPT } from './page/lists-script.js';
import { LIVE_SCRIPT } from './page/live-script.js';
import { MAIN_SCRIPT } from './page/main-script.js';
import { MAP_INPUT_SCRIPT } from './page/map-input-script.js';
import { MAP_SCRIPT } from './page/map-script.js';
import { PANEL_SCRIPT } from './page/panel-script.js';
import { PAGE_STYLE } from './page/page-style.js';
import type { ReportData } from './report-data.js';

export interface RenderOptions {
  /** Add the search box and "similar to this abstract", answered by `papers serve` (default false). */
  live?: boolean;
}

export function renderReport(data: ReportData, options: RenderOptions = {}): string {
  const live = options.live ?? false;
  const csp = `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src ${live ? "'self'" : "'none'"}; base-uri 'none'; form-action 'none'`;
  const script = [MAIN_SCRIPT, MAP_SCRIPT, MAP_INPUT_SCRIPT, PANEL_SCRIPT, LISTS_SCRIPT, live ? LIVE_SCRIPT : '', 'start();'].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>papers · ${escapeHtml(data.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body data-live="${live}">
<a id="skip-to-map" class="skip" href="#map">Skip to the map</a>
<header class="bar">
  <h1>papers<span class="corpus">${escapeHtml(data.title)}</span></h1>
${live ? searchMarkup() : ''}  <div class="filter" role="search">
    <label for="filter-input">Filter</label>
    <input id="filter-input" type="search" placeholder="words in titles and abstracts" autocomplete="off">
    <span id="filter-count" class="count" aria-live="polite"></span>
  </div>
</header>
<div id="layout" class="layout">
  <aside class="sidebar" aria-label="Results, themes and duplicates">
${live ? resultsMarkup() : ''}    <section id="matches-section" hidden>
      <h2>Matching papers</h2>
      <ul id="matches-list"></ul>
    </section>
    <section>
      <h2>Themes</h2>
      <p class="note">${escapeHtml(data.themeChoice ? `${data.themes.length} themes (${data.themeChoice}); click one to highlight it` : 'No themes')}</p>
      <ul id="theme-legend" class="legend"></ul>
    </section>
    <section>
      <h2>Duplicates <span id="duplicate-count"></span></h2>
      <ol id="duplicate-list"></ol>
    </section>
  </aside>
  <main class="map-area">
    <canvas id="map" tabindex="0" role="application" aria-roledescription="map"></canvas>
    <canvas id="map-marks" aria-hidden="true"></canvas>
    <div id="tooltip" role="tooltip" hidden></div>
    <p class="map-help">Hover: title · click or Enter: open · arrows: move · scroll or +/−: zoom · drag: pan · 0: reset</p>
  </main>
  <aside id="paper-panel" class="panel" aria-label="Paper" hidden></aside>
</div>
<footer>${escapeHtml(describeFooter(data))}</footer>
<div id="announcer" class="visually-hidden" aria-live="polite"></div>
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>
(function () {
'use strict';
${script}
})();
</script>
</body>
</html>
`;
}

function searchMarkup(): string {
  return `  <form id="search-form" role="search">
    <label for="search-input" class="visually-hidden">Search the papers</label>
    <input id="search-input" type="search" placeholder="Search, e.g. kv cache compression" autocomplete="off">
    <label for="search-mode" class="visually-hidden">Search mode</label>
    <select id="search-mode"><option value="hybrid">hybrid</option><option value="dense">dense</option><option value="lexical">lexical</option></select>
    <button type="submit">Search</button>
  </form>
`;
}

function resultsMarkup(): string {
  return `    <section id="results-section" hidden>
      <h2>Results</h2>
      <p id="results-status" class="note" aria-live="polite"></p>
      <button id="clear-results" type="button" class="action">Clear results</button>
      <ol id="results-list"></ol>
    </section>
    <details id="similar-details">
      <summary>Similar to an abstract</summary>
      <form id="similar-form">
        <label for="similar-text" class="visually-hidden">Abstract</label>
        <textarea id="similar-text" placeholder="Paste an abstract; the server finds the nearest papers"></textarea>
        <button type="submit" class="action">Find similar papers</button>
      </form>
    </details>
`;
}

function describeFooter(data: ReportData): string {
  const projection =
    data.projection.method === 'pca'
      ? 'Map: PCA (too few papers for UMAP)'
      : data.projection.method === 'umap'
        ? `Map: UMAP (seed ${data.projection.seed})`
        : `Map: UMAP on a sample of ${data.projection.laidOut} papers (seed ${data.projection.seed}), the others placed beside their nearest sampled papers`;
  const source = data.source ? ` · index ${data.source.indexGeneration} built ${data.source.indexCreatedAt} · model ${data.source.model}` : '';
  return `${projection}${source}`;
}

/** JSON inside <script>: `<` escaped so no "</script>" or "<!--" in a title can end the block. */
function embedJson(data: ReportData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
