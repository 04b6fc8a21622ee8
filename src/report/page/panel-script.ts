// The page script's side panel: everything about one paper (abstract, date, upvotes, digests,
// duplicates, nearest papers), opened by a click or Enter and closed by Escape, which returns
// focus to where the reader was.

export const PANEL_SCRIPT = String.raw`
var panelReturnFocus = null;

function openPaper(ordinal, from) {
  var panel = byId('paper-panel');
  if (state.selected < 0) panelReturnFocus = from || document.activeElement;
  state.selected = ordinal;
  renderPanel(panel, ordinal);
  panel.hidden = false;
  layout.classList.add('with-panel');
  resizeMap();
  byId('panel-title').focus();
  announce('Opened ' + papers[ordinal].title);
}

function closePanel() {
  if (state.selected < 0) return;
  state.selected = -1;
  byId('paper-panel').hidden = true;
  layout.classList.remove('with-panel');
  resizeMap();
  var back = panelReturnFocus;
  panelReturnFocus = null;
  if (back && document.body.contains(back)) back.focus();
}

function renderPanel(panel, ordinal) {
  var paper = papers[ordinal];
  panel.replaceChildren();
  var close = element('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the paper panel');
  close.addEventListener('click', closePanel);
  panel.appendChild(close);
  var title = element('h2', 'title', paper.title);
  title.id = 'panel-title';
  title.tabIndex = -1;
  panel.appendChild(title);
  panel.appendChild(element('p', 'meta', paperMeta(paper) + ' · id ' + paper.id));
  if (paper.theme !== null) {
    var theme = element('p', 'meta');
    var swatch = element('span', 'swatch');
    swatch.style.background = themeColour(paper.theme);
    theme.appendChild(swatch);
    theme.appendChild(document.createTextNode(' Theme: ' + data.themes[paper.theme].label));
    panel.appendChild(theme);
  }
  panel.appendChild(element('p', 'abstract', paper.abstract || '(no abstract)'));

  panel.appendChild(element('h2', null, 'Appeared in'));
  var digests = element('ul');
  paper.appearances.forEach(function (appearance) {
    digests.appendChild(element('li', null, appearance.digest + (appearance.date ? ' (' + appearance.date + ')' : '') + ', #' + appearance.position));
  });
  panel.appendChild(digests);

  panel.appendChild(element('h2', null, 'Duplicates'));
  if (data.duplicateGroups === null) panel.appendChild(element('p', 'note', 'Duplicates were not computed for this report.'));
  else if (paper.duplicateGroups.length === 0) panel.appendChild(element('p', 'note', 'No other posting of this paper was found.'));
  else paper.duplicateGroups.forEach(function (index) { panel.appendChild(renderGroup(data.duplicateGroups[index], ordinal)); });

  panel.appendChild(element('h2', null, 'Nearest papers'));
  var nearest = element('ol');
  paper.nearest.forEach(function (neighbour) {
    var item = element('li');
    item.appendChild(linkButton(papers[neighbour.ordinal].title, 'cosine ' + neighbour.similarity.toFixed(3), function () { openPaper(neighbour.ordinal); }));
    nearest.appendChild(item);
  });
  panel.appendChild(nearest);
}

/**
 * A duplicate group: its kind, similarity and evidence, then each distinct paper once (a link,
 * unless it is the paper already open) with the digests that posted it.
 */
function renderGroup(group, currentOrdinal) {
  var box = element('div', 'group');
  box.appendChild(element('span', 'kind ' + group.kind, group.kind));
  box.appendChild(document.createTextNode(' cosine ' + group.similarity.toFixed(3) + ' · ' + group.entries.length + ' postings'));
  var evidence = group.kind === 'identical' ? 'same title and abstract in every posting' : Object.keys(group.evidence).map(function (key) {
    var value = group.evidence[key];
    return key + ' ' + (typeof value === 'number' ? value.toFixed(3) : value);
  }).join(' · ');
  if (evidence) box.appendChild(element('div', 'meta', evidence));
  var byPaper = new Map();
  group.entries.forEach(function (entry) {
    var key = entry.ordinal === null ? 'entry ' + entry.entryId : entry.ordinal;
    if (!byPaper.has(key)) byPaper.set(key, []);
    byPaper.get(key).push(entry);
  });
  var list = element('ul');
  byPaper.forEach(function (entries) {
    var first = entries[0];
    var where = entries.map(function (entry) { return entry.digest + (entry.date ? ' (' + entry.date + ')' : '') + ' #' + entry.position; }).join('; ');
    var item = element('li');
    if (first.ordinal === null || first.ordinal === currentOrdinal) {
      item.appendChild(element('div', null, first.ordinal === currentOrdinal ? 'This paper' : first.title));
      item.appendChild(element('div', 'meta', where));
    } else {
      item.appendChild(linkButton(first.title, where, function (button) { openPaper(first.ordinal, button); }));
    }
    list.appendChild(item);
  });
  box.appendChild(list);
  return box;
}
`;
