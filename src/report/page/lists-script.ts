// The page script's lists beside the map: the theme legend (click to highlight a theme), the
// duplicate groups with their evidence, and the filter that narrows the map to papers whose
// title or abstract contains every typed word.

export const LISTS_SCRIPT = String.raw`
var MATCHES_LISTED = 50;
var GROUPS_LISTED = 500;
var haystacks = null;

function renderLegend() {
  var legend = byId('theme-legend');
  legend.replaceChildren();
  if (data.themes.length === 0) {
    legend.appendChild(element('li', 'note', 'Themes were not computed for this report.'));
    return;
  }
  data.themes.forEach(function (theme, index) {
    var button = element('button');
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('data-theme', String(index));
    var swatch = element('span', 'swatch');
    swatch.style.background = themeColour(index);
    button.appendChild(swatch);
    button.appendChild(element('span', 'label', theme.label));
    button.appendChild(element('span', 'count', theme.size));
    button.title = theme.keywords.join(', ');
    button.addEventListener('click', function () { highlightTheme(state.theme === index ? null : index); });
    var item = element('li');
    item.appendChild(button);
    legend.appendChild(item);
  });
}

function highlightTheme(index) {
  state.theme = index;
  var buttons = byId('theme-legend').querySelectorAll('button[data-theme]');
  for (var k = 0; k < buttons.length; k++) buttons[k].setAttribute('aria-pressed', String(buttons[k].getAttribute('data-theme') === String(index)));
  drawMap();
  announce(index === null ? 'All themes shown' : 'Highlighting theme ' + data.themes[index].label);
}

function renderDuplicates() {
  var list = byId('duplicate-list');
  var groups = data.duplicateGroups;
  list.replaceChildren();
  if (groups === null) {
    byId('duplicate-count').textContent = '';
    list.appendChild(element('li', 'note', 'Duplicates were not computed for this report.'));
    return;
  }
  byId('duplicate-count').textContent = '(' + groups.length + ')';
  list.setAttribute('data-group-count', String(groups.length));
  if (groups.length === 0) list.appendChild(element('li', 'note', 'No paper was posted twice.'));
  groups.slice(0, GROUPS_LISTED).forEach(function (group) {
    var item = element('li');
    item.appendChild(renderGroup(group, -1));
    list.appendChild(item);
  });
  if (groups.length > GROUPS_LISTED) list.appendChild(element('li', 'note', 'and ' + (groups.length - GROUPS_LISTED) + ' more groups (papers dupes lists them all)'));
}

function setUpFilter() {
  var input = byId('filter-input');
  input.addEventListener('input', function () { applyFilter(input.value); });
  updateFilterCount(false);
}

function applyFilter(text) {
  var words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!haystacks) haystacks = papers.map(function (paper) { return (paper.title + '\n' + paper.abstract).toLowerCase(); });
  var visibleCount = 0;
  for (var i = 0; i < count; i++) {
    var matches = words.every(function (word) { return haystacks[i].indexOf(word) >= 0; });
    state.visible[i] = matches ? 1 : 0;
    if (matches) visibleCount++;
  }
  state.visibleCount = visibleCount;
  if (state.hovered >= 0 && !state.visible[state.hovered]) { state.hovered = -1; hideTooltip(); }
  if (state.cursor >= 0 && !state.visible[state.cursor]) state.cursor = -1;
  updateFilterCount(words.length > 0);
  renderMatches(words.length > 0);
  drawMap();
}

function updateFilterCount(filtering) {
  byId('filter-count').textContent = filtering ? state.visibleCount + ' of ' + count + ' papers match' : count + ' papers';
}

/** Lists the first matches so a keyboard can reach them without the map. */
function renderMatches(filtering) {
  var section = byId('matches-section');
  var list = byId('matches-list');
  list.replaceChildren();
  section.hidden = !filtering;
  if (!filtering) return;
  var listed = 0;
  for (var i = 0; i < count && listed < MATCHES_LISTED; i++) {
    if (!state.visible[i]) continue;
    listed++;
    var item = element('li');
    item.appendChild(linkButton(papers[i].title, paperMeta(papers[i]), openFrom(i)));
    list.appendChild(item);
  }
  if (state.visibleCount === 0) list.appendChild(element('li', 'note', 'No paper contains all of these words.'));
  if (state.visibleCount > listed) list.appendChild(element('li', 'note', 'and ' + (state.visibleCount - listed) + ' more on the map'));
}

function openFrom(ordinal) { return function (button) { openPaper(ordinal, button); }; }
`;
