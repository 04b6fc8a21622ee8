// The page script's live part, present only when `papers serve` serves the page: the search box
// and "similar to this abstract", both answered by the server's model, with results listed and
// ringed on the map.

export const LIVE_SCRIPT = String.raw`
var RESULTS_WANTED = 20;

function setUpLiveSearch() {
  byId('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var query = byId('search-input').value.trim();
    if (!query) { clearResults(); return; }
    var url = '/api/search?q=' + encodeURIComponent(query) + '&k=' + RESULTS_WANTED + '&mode=' + encodeURIComponent(byId('search-mode').value);
    runQuery(url, undefined, 'for "' + query + '"');
  });
  byId('similar-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = byId('similar-text').value.trim();
    if (!text) { setResultsStatus('Paste an abstract first.', true); return; }
    runQuery('/api/similar', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: text, k: RESULTS_WANTED }) }, 'similar to the abstract');
  });
  byId('clear-results').addEventListener('click', clearResults);
}

function runQuery(url, init, label) {
  byId('results-section').hidden = false;
  setResultsStatus('Searching…', false);
  fetch(url, init)
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body && body.error ? body.error.message : 'the server answered ' + response.status);
        return body;
      });
    })
    .then(function (body) { showResults(body.hits, label); })
    .catch(function (error) { setResultsStatus('Search failed: ' + error.message, true); });
}

function showResults(hits, label) {
  var list = byId('results-list');
  list.replaceChildren();
  state.results = new Map();
  hits.forEach(function (hit, rank) {
    var ordinal = ordinalById.get(hit.id);
    if (ordinal === undefined) return;
    state.results.set(ordinal, rank);
    var item = element('li');
    item.appendChild(linkButton((rank + 1) + '. ' + hit.title, 'score ' + hit.score + ' · ' + paperMeta(papers[ordinal]), openFrom(ordinal)));
    list.appendChild(item);
  });
  list.setAttribute('data-result-count', String(state.results.size));
  setResultsStatus(hits.length + ' results ' + label + ', ringed on the map', false);
  drawMap();
}

function clearResults() {
  state.results = null;
  byId('results-list').replaceChildren();
  byId('results-list').removeAttribute('data-result-count');
  byId('results-section').hidden = true;
  drawMap();
}

function setResultsStatus(text, failed) {
  var status = byId('results-status');
  status.textContent = text;
  status.className = failed ? 'note error' : 'note';
}
`;
