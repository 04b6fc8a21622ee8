// Dates as the report shows them: day before month, so "Jan 25" can never be read as January
// 2025, and "(year not given)" when the digest printed none.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Appended to a date whose year the digest did not print. */
export const NO_YEAR = ' (year not given)';

/** A digest header's date ("Feb 17") as "17 Feb (year not given)"; any other text is kept as it is. */
export function formatDigestDate(date: string | null): string | null {
  if (date === null) return null;
  const match = /^([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?$/.exec(date.trim());
  if (!match || !MONTHS.includes(match[1]!)) return date;
  const [, month, day, year] = match;
  return year ? `${day} ${month} ${year}` : `${day} ${month}${NO_YEAR}`;
}

/**
 * A paper's date from its ISO form ("2025-07-15" → "15 Jul 2025", "--02-06" → "6 Feb (year not
 * given)"), falling back to the printed form when there is no ISO date.
 */
export function formatPaperDate(published: string | null, publishedIso: string | null): string | null {
  const match = publishedIso === null ? null : /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(publishedIso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return formatDigestDate(published);
  const day = Number(match[3]);
  return match[1] === '--' ? `${day} ${month}${NO_YEAR}` : `${day} ${month} ${match[1]}`;
}
