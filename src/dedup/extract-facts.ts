// The specific facts a paper states, in the form two postings of it keep when the prose is
// rewritten: numbers (2.1×, 40%, 71.3, 128k) and named methods, models and data sets (CamelCase,
// acronyms, names with digits: DuoAttention, GQA, Llama-3-8B). Lower-cased, units normalised.

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?[%×x]?|[^\s()[\]{},;:"“”‘’!?<>/]+/gu;
const NUMBER = /^[~≈]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(%|×|x|k|m|b)?$/iu;
const LETTER = /\p{L}/u;
const UPPER_INSIDE = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}/u;
const DIGIT = /\d/;

/** The distinct facts of a title and abstract, in order of first mention. */
export function extractFacts(title: string, abstract: string): string[] {
  const facts = new Set<string>();
  for (const text of [title, abstract]) {
    for (const raw of text.normalize('NFKC').match(TOKEN) ?? []) {
      const fact = factOf(raw);
      if (fact) facts.add(fact);
    }
  }
  return [...facts];
}

function factOf(raw: string): string | null {
  // Sentence punctuation and a possessive are not part of the name or number.
  const token = raw.replace(/^[.'`*~-]+/, '').replace(/['’]s$/u, '').replace(/[.'`*-]+$/, '');
  if (!token) return null;
  const number = NUMBER.exec(token);
  if (number) {
    const whole = number[1]!.replace(/,/g, '');
    const unit = (number[3] ?? '').toLowerCase().replace('x', '×');
    // Bare small integers count list items and steps ("two", "(1)"): nothing specific.
    if (!number[2] && !unit && Number(whole) < 10) return null;
    return `${whole}${number[2] ?? ''}${unit}`;
  }
  if (!LETTER.test(token) || token.length < 2) return null;
  // A name has a capital inside a word (DuoAttention, GQA, LLMs) or mixes letters and digits
  // (Llama-3-8B, A100); a capital only at the start of each part is a sentence or title word.
  const named = token.split('-').some((part) => UPPER_INSIDE.test(part)) || DIGIT.test(token);
  return named ? token.toLowerCase() : null;
}

const RESULT_NUMBER = /^\d+(?:\.\d+[%×]?|[%×])$/u;

/**
 * A number that reports a result (71.3, 40%, 2.1×) rather than a setting or a count (7b, 128k,
 * 2024): what one paper measured, which a different paper on the same topic rarely repeats.
 */
export function isResultNumber(fact: string): boolean {
  return RESULT_NUMBER.test(fact);
}
