// The filter above the map: narrows the map to papers whose title or abstract contains every
// typed word, and lists the first matches so a keyboard can reach them without the map.
import { formatCount } from '../format-count.js';
import { count, papers, shownCount, state } from './context.js';
import { describePaperMeta } from './describe.js';
import { createElement, createLinkButton, findById } from './dom.js';
import { drawMap, hideTooltip } from './map.js';
import { openPaper } from './panel.js';

const MATCHES_LISTED = 50;
let haystacks: string[] | null = null;

export function setUpFilter(): void {
  const input = findById<HTMLInputElement>('filter-input');
  input.addEventListener('input', () => applyFilter(input.value));
  updateFilterCount(false);
}

export function applyFilter(text: string): void {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  haystacks ??= papers.map((paper) => `${paper.title}\n${paper.abstract}`.toLowerCase());
  let visibleCount = 0;
  haystacks.forEach((haystack, i) => {
    const matches = papers[i]!.representedBy === null && words.every((word) => haystack.includes(word));
    state.visible[i] = matches ? 1 : 0;
    if (matches) visibleCount += 1;
  });
  state.visibleCount = visibleCount;
  if (state.hovered >= 0 && !state.visible[state.hovered]) {
    state.hovered = -1;
    hideTooltip();
  }
  if (state.cursor >= 0 && !state.visible[state.cursor]) state.cursor = -1;
  updateFilterCount(words.length > 0);
  renderMatches(words.length > 0);
  drawMap();
}

function updateFilterCount(filtering: boolean): void {
  findById('filter-count').textContent = filtering ? `${state.visibleCount} of ${formatCount(shownCount, 'paper')} match` : formatCount(shownCount, 'paper');
}

function renderMatches(filtering: boolean): void {
  const list = findById('matches-list');
  list.replaceChildren();
  findById('matches-section').hidden = !filtering;
  if (!filtering) return;
  let listed = 0;
  for (let i = 0; i < count && listed < MATCHES_LISTED; i += 1) {
    if (!state.visible[i]) continue;
    listed += 1;
    const paper = papers[i]!;
    list.appendChild(createElement('li')).appendChild(createLinkButton(paper.title, describePaperMeta(paper), (button) => openPaper(i, button)));
  }
  if (state.visibleCount === 0) list.appendChild(createElement('li', 'note', 'No paper contains all of these words.'));
  if (state.visibleCount > listed) list.appendChild(createElement('li', 'note', `and ${state.visibleCount - listed} more on the map`));
}
