// The side panel: everything about one paper (abstract, date, upvotes, digests, duplicates,
// nearest papers), opened by a click or Enter and closed by Escape, which returns focus to where
// the reader was.
import { pickTopicColour } from './colours.js';
import { data, live, papers, state } from './context.js';
import { describeAppearance, describePaperMeta } from './describe.js';
import { announce, createElement, createLinkButton, findById } from './dom.js';
import { renderGroup } from './group-box.js';
import { resizeMap } from './map.js';
import { renderTagEditor } from './tag-editor.js';

const panel = findById('paper-panel');
const layout = findById('layout');
let returnFocus: Element | null = null;

export function openPaper(ordinal: number, from?: Element | null): void {
  if (state.selected < 0) returnFocus = from ?? document.activeElement;
  state.selected = ordinal;
  renderPanel(ordinal);
  panel.hidden = false;
  layout.classList.add('with-panel');
  resizeMap();
  findById('panel-title').focus();
  announce(`Opened ${papers[ordinal]!.title}`);
}

export function closePanel(): void {
  if (state.selected < 0) return;
  state.selected = -1;
  panel.hidden = true;
  layout.classList.remove('with-panel');
  resizeMap();
  const back = returnFocus;
  returnFocus = null;
  if (back instanceof HTMLElement && document.body.contains(back)) back.focus();
}

function renderPanel(ordinal: number): void {
  const paper = papers[ordinal]!;
  panel.replaceChildren();
  const close = createElement('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the paper panel');
  close.addEventListener('click', closePanel);
  panel.appendChild(close);
  const title = createElement('h2', 'title', paper.title);
  title.id = 'panel-title';
  title.tabIndex = -1;
  panel.appendChild(title);
  const meta = panel.appendChild(createElement('p', 'meta', `${describePaperMeta(paper)} · id ${paper.id}`));
  if (paper.arxivId) {
    meta.appendChild(document.createTextNode(' · '));
    const link = meta.appendChild(createElement('a', 'arxiv', `arXiv:${paper.arxivId}`));
    link.href = `https://arxiv.org/abs/${paper.arxivId}`;
    link.target = '_blank';
    link.rel = 'noopener';
  }
  const topic = paper.topic === null ? undefined : data.topics[paper.topic];
  if (topic) {
    const line = createElement('p', 'meta');
    const swatch = createElement('span', 'swatch');
    swatch.style.background = pickTopicColour(paper.topic);
    line.appendChild(swatch);
    const area = data.areas[topic.area];
    const inArea = area && area.topics.length > 1 ? ` (in ${area.label})` : '';
    line.appendChild(document.createTextNode(` Topic: ${topic.label}${inArea}`));
    panel.appendChild(line);
  }
  const repost = data.latestDigest?.reposts.find((each) => each.ordinal === ordinal);
  if (repost) {
    const line = createElement('p', 'meta', `A re-post in the latest digest, first seen in the ${repost.firstSeen ? `digest of ${repost.firstSeen}` : repost.firstSeenDigest}`);
    const { original } = repost;
    if (original !== null && original !== ordinal) {
      line.appendChild(document.createTextNode(' as '));
      const link = createElement('button', 'inline-link', papers[original]!.title);
      link.type = 'button';
      link.addEventListener('click', () => openPaper(original, link));
      line.appendChild(link);
    }
    panel.appendChild(line);
  } else if (data.latestDigest?.newPapers.includes(ordinal)) {
    panel.appendChild(createElement('p', 'meta', 'New in the latest digest'));
  }
  if (live) {
    panel.appendChild(createElement('h2', null, 'Tags'));
    panel.appendChild(renderTagEditor(paper.id));
  }
  const abstract = createElement('p', 'abstract', paper.abstract || '(no abstract)');
  if (paper.abridged) abstract.appendChild(createElement('span', 'abridged', ' … (abridged)'));
  panel.appendChild(abstract);

  panel.appendChild(createElement('h2', null, 'Appeared in'));
  const digests = createElement('ul', 'appearances');
  for (const appearance of paper.appearances) {
    const item = createElement('li', null, describeAppearance(appearance));
    item.title = appearance.digest;
    digests.appendChild(item);
  }
  panel.appendChild(digests);

  if (paper.representedBy !== null) {
    const line = createElement('p', 'note', 'A re-post of a paper drawn on the map as ');
    const representative = paper.representedBy;
    line.appendChild(createLinkButton(papers[representative]!.title, 'open it', () => openPaper(representative)));
    panel.appendChild(line);
  }
  if (paper.alsoPostedAs.length > 0) {
    panel.appendChild(createElement('h2', null, 'Also posted as'));
    const others = createElement('ul', 'also-posted');
    for (const other of paper.alsoPostedAs) {
      others.appendChild(createElement('li')).appendChild(createLinkButton(papers[other]!.title, `id ${papers[other]!.id}`, () => openPaper(other)));
    }
    panel.appendChild(others);
  }

  panel.appendChild(createElement('h2', null, 'Duplicates'));
  if (data.duplicateGroups === null) panel.appendChild(createElement('p', 'note', 'Duplicates were not computed for this report.'));
  else if (paper.duplicateGroups.length === 0) panel.appendChild(createElement('p', 'note', 'No other posting of this paper was found.'));
  else for (const index of paper.duplicateGroups) panel.appendChild(renderGroup(data.duplicateGroups[index]!, ordinal, openPaper));

  panel.appendChild(createElement('h2', null, 'Nearest papers'));
  const nearest = createElement('ol');
  for (const neighbour of paper.nearest) {
    const item = createElement('li');
    item.appendChild(createLinkButton(papers[neighbour.ordinal]!.title, `cosine ${neighbour.similarity.toFixed(3)}`, () => openPaper(neighbour.ordinal)));
    nearest.appendChild(item);
  }
  panel.appendChild(nearest);
}
