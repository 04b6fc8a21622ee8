// Renders ReportData as one self-contained HTML page: markup, style, the bundled page script
// and the data inline, and a Content-Security-Policy that forbids every network request (the
// served page may call its own server's API, nothing else).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { PapersError } from '../errors.js';
import { formatCount } from './format-count.js';
import { PAGE_STYLE } from './page-style.js';
import type { ReportData } from './report-data.js';

/** The page script bundled from src/report/page by `npm run build` (scripts/build-page.ts). */
export const PAGE_SCRIPT_FILE = path.join(PROJECT_ROOT, 'dist', 'report', 'page.js');

export interface RenderOptions {
  /** Add the search box and "similar to this abstract", answered by `papers serve` (default false). */
  live?: boolean;
}

export function renderReport(data: ReportData, options: RenderOptions = {}): string {
  const live = options.live ?? false;
  const csp = `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src ${live ? "'self'" : "'none'"}; base-uri 'none'; form-action 'none'`;
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
    <section id="latest-section" hidden>
      <h2>Latest digest</h2>
      <p id="latest-summary"></p>
      <button id="latest-toggle" type="button" class="action" aria-pressed="false">Show on the map</button>
      <details id="latest-details">
        <summary>New papers and re-posts</summary>
        <h3>New</h3>
        <ol id="latest-new"></ol>
        <h3>Re-posts</h3>
        <ol id="latest-reposts"></ol>
      </details>
    </section>
${live ? resultsMarkup() : ''}    <section id="matches-section" hidden>
      <h2>Matching papers</h2>
      <ul id="matches-list"></ul>
    </section>
    <section>
      <h2>Themes</h2>
      <p class="note">${escapeHtml(describeThemes(data))}</p>
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
<script>${readPageScript()}</script>
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

function describeThemes(data: ReportData): string {
  if (data.themeChoice === null) return 'No themes';
  return `${formatCount(data.topics.length, 'topic')} in ${formatCount(data.areas.length, 'area')} (${data.themeChoice}), named on the map, one colour family per area; click an area or a topic to highlight it`;
}

function describeFooter(data: ReportData): string {
  const projection =
    data.projection.method === 'pca'
      ? 'Map: PCA (too few papers for UMAP)'
      : data.projection.method === 'umap'
        ? `Map: UMAP (seed ${data.projection.seed})`
        : `Map: UMAP on a sample of ${formatCount(data.projection.laidOut, 'paper')} (seed ${data.projection.seed}), the others placed beside their nearest sampled papers`;
  const source = data.source ? ` · index ${data.source.indexGeneration} built ${data.source.indexCreatedAt} · model ${data.source.model}` : '';
  return `${projection}${source}`;
}

let pageScript: string | null = null;

/** The bundled page script, read once; `</script` cannot occur in it (esbuild escapes it in strings). */
function readPageScript(): string {
  if (pageScript === null) {
    try {
      pageScript = fs.readFileSync(PAGE_SCRIPT_FILE, 'utf8');
    } catch {
      throw new PapersError('NOT_BUILT', `the report page's script is missing: ${PAGE_SCRIPT_FILE}`, 'run `npm run build` in the papers folder');
    }
    if (/<\/script/i.test(pageScript)) throw new Error(`${PAGE_SCRIPT_FILE} contains "</script", which would end the page's script early`);
  }
  return pageScript;
}

/** JSON inside <script>: `<` escaped so no "</script>" or "<!--" in a title can end the block. */
function embedJson(data: ReportData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
