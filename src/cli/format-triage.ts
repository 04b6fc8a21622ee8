// The screen `papers triage` prints: the summary first, then each new paper (most novel first)
// with its topic and nearest library papers, then the re-posts with their originals.
import { describeEvidence } from '../dedup/describe-evidence.js';
import { formatPrintedDate } from '../ingest/format-date.js';
import type { NewPaper, Repost, TriageReport } from '../triage/triage-types.js';
import { plural } from './plural.js';

export function formatTriage(report: TriageReport, written: string): string {
  const { counts } = report;
  const digests = report.digests.map((digest) => (digest.date ? `${digest.digest} (${formatPrintedDate(digest.date)})` : digest.digest)).join(', ');
  const lines = [`triage of ${digests}: ${plural(counts.papers, 'paper')} in ${plural(counts.entries, 'entry', 'entries')}`];
  lines.push(`  ${plural(counts.reposts, 're-post')}${counts.reposts > 0 ? `: ${counts.identical} identical, ${counts.revised} revised, ${counts.rewritten} rewritten` : ''}`);
  lines.push(`  ${counts.new} new${report.newByTopic.length > 0 ? ':' : ''}`);
  const width = Math.max(0, ...report.newByTopic.map((topic) => String(topic.newPapers).length));
  for (const topic of report.newByTopic) {
    const count = String(topic.newPapers).padStart(width);
    lines.push(topic.topicId === null ? `    ${count}  fit no topic` : `    ${count}  in topic ${topic.topicId} · ${topic.label}`);
  }
  lines.push(`  ${written}`);
  if (report.newPapers.length > 0) {
    lines.push('', report.forTag === undefined ? 'new papers, most novel first (novelty = 1 − cosine of the nearest library paper)' : `new papers, best fit for the tag "${report.forTag}" first (p(tag) from papers recommend's classifier)`);
    const width = String(report.newPapers.length).length;
    report.newPapers.forEach((paper, index) => lines.push(...formatNewPaper(paper, `${String(index + 1).padStart(width)}. `)));
  }
  if (report.reposts.length > 0) {
    lines.push('', 're-posts of library papers');
    for (const repost of report.reposts) lines.push(...formatRepost(repost));
  }
  return lines.join('\n');
}

function formatNewPaper(paper: NewPaper, prefix: string): string[] {
  const indent = ' '.repeat(prefix.length + 2);
  const lines = [`  ${prefix}${paper.title}${paper.fitsNoTopic ? '  [fits no topic]' : ''}`];
  const topic = paper.topic;
  const place = !topic
    ? 'the library has no topics'
    : topic.fits
      ? `topic ${topic.topicId} · ${topic.label} (centroid cosine ${topic.centroidCosine.toFixed(2)})`
      : `nearest topic ${topic.topicId} · ${topic.label} (centroid cosine ${topic.centroidCosine.toFixed(2)}, below the ${topic.fitFloor.toFixed(2)} its members reach)`;
  const fit = paper.tagProbability === undefined ? '' : `p(tag) ${paper.tagProbability.toFixed(3)} · `;
  lines.push(`${indent}${fit}novelty ${paper.novelty.toFixed(2)} · ${place}`);
  for (const neighbour of paper.nearest) lines.push(`${indent}  ${neighbour.cosineSimilarity.toFixed(2)}  ${neighbour.title}`);
  return lines;
}

function formatRepost(repost: Repost): string[] {
  const { original } = repost;
  const seen = `first seen ${original.firstSeen.date ? `${formatPrintedDate(original.firstSeen.date)} in ` : 'in '}${original.firstSeen.digest}`;
  const lines = [`  ${repost.kind.padEnd(9)}  ${repost.title}`];
  if (repost.kind === 'identical') {
    lines.push(`${' '.repeat(13)}${seen}`);
  } else {
    lines.push(`${' '.repeat(13)}of "${original.title}", ${seen}`);
    lines.push(`${' '.repeat(13)}cosine ${original.cosineSimilarity.toFixed(2)}; ${describeEvidence(repost)}`);
  }
  return lines;
}
