// The method or model name a title leads with ("DuoAttention" in "DuoAttention: Efficient …"),
// so that a paper that extends another under a derived name ("-v2", "-Lite", "++") stays apart.

const LEADING_NAME = /^\s*([^:–—]{1,40}?)\s*(?::|\s[-–—]\s)/u;
const VARIANT = /(?:^|[\s-])(?:v\d+|\d+(?:\.\d+)?|\+\+|plus|pro|lite|mini|tiny|small|large|xl|xxl|next|max|ultra|turbo|flash|r1|zero)$/iu;

/** The leading name of a title, folded, or null when the title does not lead with one. */
export function titleNameOf(title: string): string | null {
  const match = LEADING_NAME.exec(title);
  if (!match) return null;
  const name = match[1]!.trim();
  if (name.split(/\s+/).length > 3) return null;
  return name.normalize('NFKC').toLowerCase();
}

/**
 * True when the two titles lead with different names of which one extends the other
 * ("websailor" / "websailor-v2", "duoattention" / "duoattention++"), or when the names differ only
 * by a variant marker: a distinct paper of the same family, not a re-post.
 */
export function isDerivedName(a: string, b: string): boolean {
  const nameA = titleNameOf(a);
  const nameB = titleNameOf(b);
  if (!nameA || !nameB || nameA === nameB) return false;
  if (nameA.startsWith(nameB) || nameB.startsWith(nameA)) return true;
  return stripVariant(nameA) === stripVariant(nameB);
}

function stripVariant(name: string): string {
  return name.replace(VARIANT, '').replace(/[\s-]+$/, '');
}
