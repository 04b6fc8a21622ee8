// Candidate key phrases of a text: noun phrases found by part of speech (wink-nlp's English model),
// and their runs of 1–3 words that end on a noun, so a candidate can never end in a verb or a
// function word. Each has a key (Porter stems, hyphens as spaces) so that "attention sinks",
// "attention sink" and "Attention-Sink" count as one phrase, and the words as written.
import { stemmer } from 'stemmer';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isKeyPhrase } from './phrase-stop-list.js';

export interface PhraseOccurrence {
  /** Stemmed form: what is counted. */
  key: string;
  /** Lower-case words as written: what is shown. */
  surface: string;
  /** Number of words as written (a hyphenated word counts once). */
  length: number;
}

export const MAX_PHRASE_WORDS = 3;

const nlp = winkNLP(model, ['sbd', 'pos']);

interface Word {
  text: string;
  pos: string;
}

/** Tags allowed inside a noun phrase; it must end on a noun or a proper noun. */
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);
/** "mixture of experts", "theory of mind": `of` may join two nouns inside a phrase. */
const CONNECTOR = 'of';

/** Every candidate phrase occurrence in `text`, in reading order. */
export function extractPhrases(text: string): PhraseOccurrence[] {
  const occurrences: PhraseOccurrence[] = [];
  for (const run of nounPhrasesOf(text)) {
    for (let end = 1; end <= run.length; end += 1) {
      if (!HEAD_TAGS.has(run[end - 1]!.pos)) continue;
      for (let start = Math.max(0, end - MAX_PHRASE_WORDS); start < end; start += 1) {
        const words = run.slice(start, end).map((word) => word.text);
        if (words[0] === CONNECTOR || !isKeyPhrase(words)) continue;
        occurrences.push({ key: keyOf(words), surface: words.join(' '), length: words.length });
      }
    }
  }
  return occurrences;
}

/** Maximal runs of noun-phrase words (hyphenated compounds joined, `of` kept between nouns). */
function nounPhrasesOf(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && !HEAD_TAGS.has(run[run.length - 1]!.pos)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const words = wordsOf(sentenceCase(text.normalize('NFKC')));
  words.forEach((word, i) => {
    if (isMistaggedNoun(words, i)) word.pos = 'NOUN';
    if (NOUN_PHRASE_TAGS.has(word.pos)) run.push(word);
    else if (word.text === CONNECTOR && run.length > 0 && HEAD_TAGS.has(run[run.length - 1]!.pos)) run.push({ text: CONNECTOR, pos: 'ADP' });
    else close();
  });
  close();
  return runs;
}

/** Tagged lower-case words; "KV-cache", "long-context" and "Llama-3-8B" stay one word tagged by their last part. */
function wordsOf(text: string): Word[] {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const tokens = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!.toLowerCase().replace(/['’]s$/, '');
    const joined = i > 0 && spaces[i] === '' && (token === '-' || tokens[i - 1] === '-') && words.length > 0 && /\w$|-$/.test(words[words.length - 1]!.text);
    if (joined) {
      const previous = words[words.length - 1]!;
      previous.text += token;
      if (token !== '-') previous.pos = tags[i]!;
      else previous.pos = 'HYPHEN';
      continue;
    }
    words.push({ text: token, pos: tags[i]! });
  }
  return words.filter((word) => !word.text.endsWith('-'));
}

/**
 * The tagger's usual slip in this field: a noun right after a noun read as a verb ("retrieval
 * heads,", "multi-task learning with", "attention heads predict"). Taken as a noun when it is a
 * plural or a gerund and what follows cannot be its object (punctuation, a preposition, a
 * conjunction, another verb, the end), or when it ends the text or a clause and is not a past form.
 */
function isMistaggedNoun(words: Word[], i: number): boolean {
  const word = words[i]!;
  const previous = words[i - 1];
  if (word.pos !== 'VERB' || previous === undefined || !HEAD_TAGS.has(previous.pos)) return false;
  const next = words[i + 1];
  if (next === undefined || next.pos === 'PUNCT') return !/ed$/.test(word.text);
  return /(?:s|ing)$/.test(word.text) && ['ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX'].includes(next.pos);
}

/** Title Case confuses the tagger ("Sparse" as a name): capitalised words are lower-cased; acronyms and names with inner capitals stay. */
function sentenceCase(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{N}]*/gu, (word) => (/^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word));
}

function keyOf(words: string[]): string {
  return words.flatMap((word) => word.split('-')).filter((part) => part.length > 0).map((part) => stemmer(part)).join(' ');
}
