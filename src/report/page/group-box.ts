// One duplicate group as the lists and the paper panel show it: its kind, similarity and reason,
// then each distinct paper once (a link, unless it is the paper already open) with the digests
// that posted it.
import { formatCount } from '../format-count.js';
import type { ReportDuplicateEntry, ReportDuplicateGroup } from '../report-data.js';
import { describePostings } from './describe.js';
import { createElement, createLinkButton } from './dom.js';

export function renderGroup(group: ReportDuplicateGroup, currentOrdinal: number, onOpen: (ordinal: number, from: HTMLElement) => void): HTMLElement {
  const box = createElement('div', 'group');
  box.appendChild(createElement('span', `kind ${group.kind}`, group.kind));
  box.appendChild(document.createTextNode(` cosine ${group.similarity.toFixed(3)} · ${formatCount(group.entries.length, 'posting')}`));
  box.appendChild(createElement('div', 'meta', group.reason));
  const byPaper = new Map<string, ReportDuplicateEntry[]>();
  for (const entry of group.entries) {
    const key = entry.ordinal === null ? `entry ${entry.entryId}` : String(entry.ordinal);
    const entries = byPaper.get(key);
    if (entries) entries.push(entry);
    else byPaper.set(key, [entry]);
  }
  const list = createElement('ul');
  byPaper.forEach((entries) => {
    const first = entries[0]!;
    const where = describePostings(entries);
    const item = createElement('li');
    item.title = entries.map((entry) => `${entry.digest} #${entry.position}`).join('; ');
    const { ordinal } = first;
    if (ordinal === null || ordinal === currentOrdinal) {
      item.appendChild(createElement('div', null, ordinal === currentOrdinal ? 'This paper' : first.title));
      item.appendChild(createElement('div', 'meta', where));
    } else {
      item.appendChild(createLinkButton(first.title, where, (button) => onOpen(ordinal, button)));
    }
    list.appendChild(item);
  });
  box.appendChild(list);
  return box;
}
