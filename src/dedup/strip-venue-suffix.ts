// Removes the venue tag a re-post often adds to a title: "(NeurIPS 2015)", "[ICLR 2024 Oral]",
// "- accepted at ACL 2023". Only a trailing tag that names a year or a venue goes; "(RLP)" stays.

const VENUE_WORDS =
  /\b(?:(?:19|20)\d{2}|neurips|nips|icml|iclr|acl|emnlp|naacl|eacl|coling|cvpr|iccv|eccv|aaai|ijcai|kdd|sigir|www|tacl|jmlr|tmlr|colm|interspeech|icassp|oral|spotlight|poster|workshop|preprint|accepted|camera[- ]ready|extended version)\b/i;
const TRAILING_BRACKETS = /\s*[([]([^()[\]]*)[)\]]\s*$/;
const TRAILING_DASHED = /\s+[-–—|]\s+([^-–—|]+)$/;

export function stripVenueSuffix(title: string): string {
  let stripped = title.trim();
  for (;;) {
    const match = TRAILING_BRACKETS.exec(stripped) ?? TRAILING_DASHED.exec(stripped);
    if (!match || !VENUE_WORDS.test(match[1]!) || match.index === 0) return stripped;
    stripped = stripped.slice(0, match.index).trim();
  }
}
