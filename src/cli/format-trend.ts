// `papers themes --trend` for the terminal and for --json: each topic's papers per digest date and
// whether its share of the latest digests is growing.
import type { TopicTrends } from '../themes/topic-trend.js';
import { formatPrintedDate } from '../ingest/format-date.js';
import { plural } from './plural.js';

export function trendToJson(trends: TopicTrends): object {
  return {
    dates: trends.dates.map(showDate),
    recentDates: trends.recentDates.map(showDate),
    undated: trends.undated,
    topics: trends.topics.map((topic) => ({ ...topic, byDate: topic.byDate.map(({ date, papers }) => ({ date: showDate(date), papers })), growth: Math.round(topic.growth * 1000) / 1000 })),
  };
}

export function formatTrend(trends: TopicTrends, shown: number): string {
  if (trends.dates.length === 0) return `no paper has a digest date, so topics have no trend (${plural(trends.undated, 'undated paper')})`;
  const recent = trends.recentDates.length === 1 ? showDate(trends.recentDates[0]!) : `${showDate(trends.recentDates[0]!)} to ${showDate(trends.recentDates.at(-1)!)}`;
  const lines = [`topics by growth: their share of the papers first posted ${recent} against before`, '  topic  growth  recent  earlier  name'];
  for (const topic of trends.topics.slice(0, shown)) {
    lines.push(`  ${String(topic.topicId).padStart(5)}  ${topic.growth.toFixed(2).padStart(6)}  ${String(topic.recentPapers).padStart(6)}  ${String(topic.earlierPapers).padStart(7)}  ${topic.topicName}`);
  }
  if (trends.topics.length > shown) lines.push(`  … ${plural(trends.topics.length - shown, 'more topic')} (--json lists all)`);
  lines.push('', `${plural(trends.dates.length, 'digest date')}${trends.undated > 0 ? `; ${plural(trends.undated, 'undated paper')} not counted` : ''}`);
  return lines.join('\n');
}

/** A digest date day first ("17 Feb"), as the tool writes dates everywhere. */
function showDate(date: string): string {
  return formatPrintedDate(date) ?? date;
}
