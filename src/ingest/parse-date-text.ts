// Reads a paper's date written by hand or by another tool ("2025-07-15", "2025-07-15T10:00:00Z",
// "Jul 15, 2025", "15 July 2025", "Jul 15") into the printed and ISO forms a RawEntry holds.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface ParsedDate {
  /** As a digest prints it: "Jul 15, 2025", or "Jul 15" without a year. */
  published: string;
  /** "2025-07-15", or "--07-15" without a year. */
  publishedIso: string;
}

/** Null when the text is not a calendar date (a day that does not exist included). */
export function parseDateText(text: string): ParsedDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = /^([A-Za-z]+)\.? (\d{1,2})(?:,? (\d{4}))?$/.exec(trimmed);
  if (monthFirst) return dateOf(monthFirst[3] ? Number(monthFirst[3]) : null, monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+)\.?(?:,? (\d{4}))?$/.exec(trimmed);
  if (dayFirst) return dateOf(dayFirst[3] ? Number(dayFirst[3]) : null, monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  return null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return lower.length >= 3 ? MONTHS.findIndex((month) => lower.startsWith(month)) + 1 : 0;
}

function dateOf(year: number | null, month: number, day: number): ParsedDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // A leap year when none is given, so that Feb 29 without a year is accepted.
  const daysInMonth = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const name = SHORT_MONTHS[month - 1]!;
  return year === null
    ? { published: `${name} ${day}`, publishedIso: `--${mm}-${dd}` }
    : { published: `${name} ${day}, ${year}`, publishedIso: `${year}-${mm}-${dd}` };
}

/** Date texts in calendar order by their ISO form; a date without a year first, text that is no date last. */
export function compareDateTexts(a: string, b: string): number {
  const keyA = sortKeyOf(a);
  const keyB = sortKeyOf(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function sortKeyOf(date: string): string {
  const iso = parseDateText(date)?.publishedIso;
  // "--07-15" (no year) sorts before any year: a digest without a year is taken as this year's.
  return iso === undefined ? `~${date}` : iso.startsWith('--') ? `0000${iso.slice(1)}` : iso;
}
