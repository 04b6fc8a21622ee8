// How a date is shown to a person: day first, month by name ("15 Jul 2025"), and no year when the
// source gave none ("6 Feb"), so that a day is never read as a year ("Feb 25" looks like 2025).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-07-15" → "15 Jul 2025", "--02-06" → "6 Feb"; anything else is returned as null. */
export function formatIsoDate(iso: string | null): string | null {
  const match = iso === null ? null : /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return null;
  const dayMonth = `${Number(match[3])} ${month}`;
  return match[1] === '-' ? dayMonth : `${dayMonth} ${match[1]}`;
}

/** A digest header's date ("Feb 17", "Feb 17, 2025") written day first: "17 Feb", "17 Feb 2025". */
export function formatPrintedDate(printed: string | null): string | null {
  const match = printed === null ? null : /^([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?$/.exec(printed.trim());
  if (!match || !MONTHS.includes(match[1]!)) return printed;
  return match[3] ? `${Number(match[2])} ${match[1]} ${match[3]}` : `${Number(match[2])} ${match[1]}`;
}
