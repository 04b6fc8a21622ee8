// The latest-digest view: a summary of the digest added last (how many papers, how many new, how
// many re-posts of papers seen before), its new papers and its re-posts listed, and a toggle that
// rings the new papers on the map and greys the re-posts.
import { formatCount } from '../format-count.js';
import type { ReportRepost } from '../report-data.js';
import { data, latestNew, papers, state } from './context.js';
import { describePaperMeta } from './describe.js';
import { announce, createElement, createLinkButton, findById } from './dom.js';
import { drawMap } from './map.js';
import { openPaper } from './panel.js';

const latest = data.latestDigest;

export function renderLatestDigest(): void {
  const section = findById('latest-section');
  if (!latest || latest.papers === 0) return;
  section.hidden = false;
  const where = latest.date ? `digest of ${latest.date}` : latest.digests.join(', ');
  const summary = findById('latest-summary');
  summary.textContent = `${where}: ${formatCount(latest.papers, 'paper')}, ${latest.newPapers.length} new, ${formatCount(latest.reposts.length, 're-post')}${describeKinds(latest.reposts)}`;
  summary.title = latest.digests.join(', ');
  summary.dataset.newCount = String(latest.newPapers.length);
  summary.dataset.repostCount = String(latest.reposts.length);

  const newList = findById('latest-new');
  for (const ordinal of latest.newPapers) newList.appendChild(createElement('li')).appendChild(createLinkButton(papers[ordinal]!.title, describePaperMeta(papers[ordinal]!), (button) => openPaper(ordinal, button)));
  if (latest.newPapers.length === 0) newList.appendChild(createElement('li', 'note', 'Every paper of this digest was seen before.'));

  const repostList = findById('latest-reposts');
  for (const repost of latest.reposts) repostList.appendChild(renderRepost(repost));
  if (latest.reposts.length === 0) repostList.appendChild(createElement('li', 'note', 'No paper of this digest was seen before.'));

  const toggle = findById<HTMLButtonElement>('latest-toggle');
  toggle.addEventListener('click', () => showLatestOnMap(!state.latest));
}

export function showLatestOnMap(shown: boolean): void {
  state.latest = shown;
  findById('latest-toggle').setAttribute('aria-pressed', String(shown));
  drawMap();
  announce(shown ? `Showing the latest digest: ${latestNew.size} new papers ringed, re-posts in grey` : 'Showing every paper alike');
}

/** A re-post, greyed, with the paper it re-posts and where that was first seen. */
function renderRepost(repost: ReportRepost): HTMLElement {
  const item = createElement('li', 'repost');
  const paper = papers[repost.ordinal]!;
  item.appendChild(createLinkButton(paper.title, null, (button) => openPaper(repost.ordinal, button)));
  const seen = `first seen in the ${repost.firstSeen ? `digest of ${repost.firstSeen}` : repost.firstSeenDigest}`;
  const line = createElement('div', 'meta', `${repost.kind === 'identical' ? 're-post' : `${repost.kind} re-post`} · ${seen}`);
  const { original } = repost;
  if (original !== null && original !== repost.ordinal) {
    line.appendChild(document.createTextNode(' · of '));
    const link = createElement('button', 'inline-link', papers[original]!.title);
    link.type = 'button';
    link.addEventListener('click', () => openPaper(original, link));
    line.appendChild(link);
  }
  item.appendChild(line);
  return item;
}

/** " (3 identical, 1 revised)": the kinds of re-post, when there are any. */
function describeKinds(reposts: readonly ReportRepost[]): string {
  if (reposts.length === 0) return '';
  const counts = new Map<string, number>();
  for (const repost of reposts) counts.set(repost.kind, (counts.get(repost.kind) ?? 0) + 1);
  return ` (${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')})`;
}
