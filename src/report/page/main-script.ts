// The page script's shared state and start-up: reads the embedded ReportData, keeps what is
// selected, highlighted and filtered, and wires the other parts (map, lists, panel, live search).
// Plain ES2017 for any browser, no modules: the parts share one function scope.

export const MAIN_SCRIPT = String.raw`
var data = JSON.parse(document.getElementById('report-data').textContent);
var papers = data.papers;
var count = papers.length;
var live = document.body.getAttribute('data-live') === 'true';
var layout = document.getElementById('layout');
var state = {
  visible: new Uint8Array(count).fill(1),
  visibleCount: count,
  theme: null,
  results: null,
  selected: -1,
  hovered: -1,
  cursor: -1
};
var ordinalById = new Map();
papers.forEach(function (paper, ordinal) { ordinalById.set(paper.id, ordinal); });

// Tableau's categorical colours, distinguishable by most readers; beyond them, hues spaced by the
// golden angle so neighbouring theme numbers never look alike.
var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#8cd17d', '#d37295'];
function themeColour(theme) {
  if (theme === null || theme === undefined) return '#7b8794';
  if (theme < PALETTE.length) return PALETTE[theme];
  return 'hsl(' + Math.round((theme * 137.508) % 360) + ', 60%, 42%)';
}

function byId(id) { return document.getElementById(id); }

function element(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function linkButton(title, meta, onActivate) {
  var button = element('button', 'link');
  button.type = 'button';
  button.appendChild(element('span', 'title', title));
  if (meta) {
    button.appendChild(document.createElement('br'));
    button.appendChild(element('span', 'meta', meta));
  }
  button.addEventListener('click', function () { onActivate(button); });
  return button;
}

function paperMeta(paper) {
  return [
    paper.published || 'no date',
    paper.authors !== null ? paper.authors + ' authors' : paper.organisation,
    paper.upvotes !== null ? paper.upvotes + ' upvotes' : null
  ].filter(Boolean).join(' · ');
}

function announce(text) { byId('announcer').textContent = text; }

function onGlobalKey(event) {
  if (event.key !== 'Escape') return;
  if (state.selected >= 0) { closePanel(); event.preventDefault(); return; }
  var target = event.target;
  if (target && target.id === 'filter-input' && target.value) { target.value = ''; applyFilter(''); return; }
  if (state.results && live) { clearResults(); return; }
  if (state.theme !== null) { highlightTheme(null); }
}

function start() {
  setUpMap();
  renderLegend();
  renderDuplicates();
  setUpFilter();
  if (live) setUpLiveSearch();
  document.addEventListener('keydown', onGlobalKey);
  byId('skip-to-map').addEventListener('click', function (event) { event.preventDefault(); canvas.focus(); });
  // A small handle for scripts and browser tests: where a paper's dot is on the screen.
  window.papersReport = { paperCount: count, screenPosition: screenPosition };
  document.body.setAttribute('data-ready', 'true');
}
`;
