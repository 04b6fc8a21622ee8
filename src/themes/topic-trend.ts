// Which topics are growing: each stable topic's papers per digest date (the first date a paper was
// posted in a digest), and its share of the latest digests against its share of the earlier ones.
import { THEMES } from '../config.js';
import { compareDateTexts } from '../ingest/parse-date-text.js';
import type { ThemePaper } from './compute-themes.js';
import { loadStableTopics, type StableTopics, type StableTopicsSource } from './stable-topics.js';

export interface TopicTrend {
  topicId: number;
  topicName: string;
  areaId: number;
  papers: number;
  /** Papers first posted on each digest date (dates with none are left out), oldest first. */
  byDate: { date: string; papers: number }[];
  /** Papers first posted in the recent digests, and before them. */
  recentPapers: number;
  earlierPapers: number;
  /**
   * The topic's share of the recent digests' papers over its share of the earlier ones, each with
   * one paper added to every topic (so a topic new today does not divide by zero): above 1 growing.
   */
  growth: number;
}

export interface TopicTrends {
  /** Every digest date as its digest prints it, oldest first (a date without a year sorts by month and day). */
  dates: string[];
  /** The latest `recentDigests` of them. */
  recentDates: string[];
  /** Growing first (growth, then recent papers, then id). */
  topics: TopicTrend[];
  /** Papers with no digest date (arXiv files, digests without a date): in no date's count. */
  undated: number;
}

export interface TrendPaper extends ThemePaper {
  /** The digest date of each posting (ISO day), null when the digest had none. */
  digestDates?: (string | null)[];
}

export interface TrendOptions {
  /** Latest digest dates counted as recent; default THEMES.trendRecentDigests. */
  recentDigests?: number;
}

export async function loadTopicTrend(source: StableTopicsSource & { readonly papers: TrendPaper[] }, options: TrendOptions = {}): Promise<TopicTrends> {
  return computeTopicTrend(await loadStableTopics(source), source.papers, options);
}

export function computeTopicTrend(stable: StableTopics, papers: TrendPaper[], options: TrendOptions = {}): TopicTrends {
  const recentCount = options.recentDigests ?? THEMES.trendRecentDigests;
  const firstDate = new Map<string, string>();
  let undated = 0;
  for (const paper of papers) {
    const dates = (paper.digestDates ?? []).filter((date): date is string => date !== null).sort(compareDateTexts);
    if (dates.length === 0) undated += 1;
    else firstDate.set(paper.id, dates[0]!);
  }
  const dates = [...new Set(firstDate.values())].sort(compareDateTexts);
  const recentDates = dates.slice(Math.max(0, dates.length - recentCount));
  const recent = new Set(recentDates);
  const counts = new Map<number, Map<string, number>>();
  for (const [paperId, date] of firstDate) {
    const topicId = stable.assignments.get(paperId)?.topicId;
    if (topicId === undefined) continue;
    const byDate = counts.get(topicId) ?? new Map<string, number>();
    byDate.set(date, (byDate.get(date) ?? 0) + 1);
    counts.set(topicId, byDate);
  }
  const sizes = new Map<number, number>();
  for (const row of stable.assignments.values()) sizes.set(row.topicId, (sizes.get(row.topicId) ?? 0) + 1);
  const topics = stable.snapshot.topics.filter((topic) => sizes.has(topic.id));
  const recentAll = [...firstDate.values()].filter((date) => recent.has(date)).length;
  const earlierAll = firstDate.size - recentAll;
  const trends = topics.map((topic): TopicTrend => {
    const byDate = [...(counts.get(topic.id) ?? new Map<string, number>()).entries()].sort(([a], [b]) => compareDateTexts(a, b)).map(([date, count]) => ({ date, papers: count }));
    const recentPapers = byDate.filter((entry) => recent.has(entry.date)).reduce((sum, entry) => sum + entry.papers, 0);
    const earlierPapers = byDate.reduce((sum, entry) => sum + entry.papers, 0) - recentPapers;
    const growth = (recentPapers + 1) / (recentAll + topics.length) / ((earlierPapers + 1) / (earlierAll + topics.length));
    return { topicId: topic.id, topicName: topic.label, areaId: topic.areaId, papers: sizes.get(topic.id)!, byDate, recentPapers, earlierPapers, growth };
  });
  trends.sort((a, b) => b.growth - a.growth || b.recentPapers - a.recentPapers || a.topicId - b.topicId);
  return { dates, recentDates, topics: trends, undated };
}
