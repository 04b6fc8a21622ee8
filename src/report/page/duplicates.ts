// The duplicate groups listed beside the map, each with its reason and the postings it joins.
import { formatCount } from '../format-count.js';
import { data } from './context.js';
import { createElement, findById } from './dom.js';
import { renderGroup } from './group-box.js';
import { openPaper } from './panel.js';

/** Past this many groups the list says how many more `papers dupes` would show. */
const GROUPS_LISTED = 500;

export function renderDuplicates(): void {
  const list = findById('duplicate-list');
  const groups = data.duplicateGroups;
  list.replaceChildren();
  if (groups === null) {
    findById('duplicate-count').textContent = '';
    list.appendChild(createElement('li', 'note', 'Duplicates were not computed for this report.'));
    return;
  }
  findById('duplicate-count').textContent = `(${groups.length})`;
  list.setAttribute('data-group-count', String(groups.length));
  if (groups.length === 0) list.appendChild(createElement('li', 'note', 'No paper was posted twice.'));
  for (const group of groups.slice(0, GROUPS_LISTED)) list.appendChild(createElement('li')).appendChild(renderGroup(group, -1, openPaper));
  if (groups.length > GROUPS_LISTED) list.appendChild(createElement('li', 'note', `and ${formatCount(groups.length - GROUPS_LISTED, 'more group')} (papers dupes lists them all)`));
}
