// Folds British spellings onto American ones so that "optimise"/"optimize" or "behaviour"/"behavior"
// count as the same word. Both sides of a comparison are folded the same way, so an over-eager rule
// ("noise" → "noize") is harmless: it only has to be consistent, never correct.

const RULES: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/ys(e|ed|es|ing|er|ers)$/, 'yz$1'],
  [/is(e|ed|es|ing|er|ers)$/, 'iz$1'],
  [/our(s|ed|ing|al|able|ite|ites)?$/, 'or$1'],
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/ogue(s?)$/, 'og$1'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^programme(s?)$/, 'program$1'],
];

/** The American form of a lower-case word (or the word itself when no rule applies). */
export function foldSpelling(word: string): string {
  let folded = word;
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded;
}
