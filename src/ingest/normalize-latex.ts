// Turns the LaTeX and hard line breaks of arXiv titles and abstracts into plain readable text:
// `$\alpha$` → α, `\emph{x}` → x, `Schr\"odinger` → Schrödinger, `--` → –, wrapped lines joined.
import { cleanText } from './normalize.js';
import { ACCENTS, BLACKBOARD, DROP_ARGUMENTS, ESCAPES, IGNORED, KEEP_ARGUMENT, LETTERS, SPACES, SYMBOLS } from './latex-symbols.js';

/** Characters without which a text has nothing for the renderer to do. */
const LATEX_HINT = /[\\$~{}`]|--|''/;
/** The characters the renderer acts on; everything between them is copied as it is. */
const SPECIAL = /[\\{}$~`'-]/g;
/** Punctuation that a dropped citation must not leave a space before. */
const CLOSING_PUNCTUATION = /^\s*[.,;:)\]]/;

/**
 * The plain form of an arXiv title or abstract: LaTeX rendered as Unicode text, lines joined,
 * white space collapsed. Every word survives: an unknown macro keeps its name (`\ours` → ours)
 * or its argument, and only citation keys, labels and layout commands are dropped.
 */
export function normalizeLatex(text: string): string {
  // arXiv wraps at spaces, so a line ending in a hyphen is a real hyphen ("self-\nsupervised").
  const joined = text.replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1-');
  if (!LATEX_HINT.test(joined)) return cleanText(joined);
  try {
    return cleanText(new LatexRenderer(joined).renderAll());
  } catch (error) {
    // Groups nested deeper than the stack allows: keep the text as written rather than lose it.
    if (error instanceof RangeError) return cleanText(joined);
    throw error;
  }
}

class LatexRenderer {
  private position = 0;
  private openedDoubleQuote = false;

  constructor(private readonly source: string) {}

  renderAll(): string {
    let output = '';
    while (this.position < this.source.length) output += this.renderUntilClose();
    return output;
  }

  /** Renders up to the `}` that closes the current group (consumed), or to the end. */
  private renderUntilClose(): string {
    let output = '';
    while (this.position < this.source.length) {
      // Plain runs are copied whole; only the characters LaTeX gives a meaning go one by one.
      SPECIAL.lastIndex = this.position;
      const special = SPECIAL.exec(this.source);
      const end = special ? special.index : this.source.length;
      output += this.source.slice(this.position, end);
      this.position = end;
      if (!special) break;
      if (special[0] === '}') {
        this.position += 1;
        return output;
      }
      output = this.appendNext(output);
    }
    return output;
  }

  private appendNext(output: string): string {
    const { source } = this;
    const char = source[this.position]!;
    const next = source[this.position + 1];
    this.position += 1;
    switch (char) {
      case '\\':
        return this.appendCommand(output);
      case '{':
        return output + this.renderUntilClose();
      case '$':
        return output;
      case '~':
        // A tilde in a path ("github.com/~user") is a character, elsewhere a non-breaking space.
        return output + (output.endsWith('/') ? '~' : ' ');
      case '-':
        if (next === '-') {
          const triple = source[this.position + 1] === '-';
          this.position += triple ? 2 : 1;
          return output + (triple ? '—' : '–');
        }
        return output + char;
      case '`':
        if (next === '`') {
          this.position += 1;
          this.openedDoubleQuote = true;
          return output + '“';
        }
        return output + '‘';
      case "'":
        if (next === "'" && this.openedDoubleQuote) {
          this.position += 1;
          this.openedDoubleQuote = false;
          return output + '”';
        }
        return output + char;
      default:
        return output + char;
    }
  }

  /** After a backslash: a control word (`\alpha`) or a control symbol (`\%`, `\"`). */
  private appendCommand(output: string): string {
    const { source } = this;
    const name = /^[A-Za-z]+/.exec(source.slice(this.position, this.position + 40))?.[0];
    if (!name) {
      const symbol = source[this.position];
      if (symbol === undefined) return output;
      this.position += 1;
      const mark = ACCENTS.get(symbol);
      if (mark) return output + accented(this.renderArgument(), mark);
      return output + (ESCAPES.get(symbol) ?? symbol);
    }
    this.position += name.length;
    if (source[this.position] === '*') this.position += 1;
    const dropped = DROP_ARGUMENTS.get(name);
    if (dropped !== undefined) {
      this.skipOptionalArgument();
      for (let count = 0; count < dropped; count += 1) this.readRawArgument();
      // "Simoncelli \cite{k}." reads "Simoncelli." rather than "Simoncelli .".
      return CLOSING_PUNCTUATION.test(source.slice(this.position, this.position + 20)) ? output.trimEnd() : output;
    }
    return output + this.renderControlWord(name, output);
  }

  private renderControlWord(name: string, output: string): string {
    const mark = name.length === 1 ? ACCENTS.get(name) : undefined;
    if (mark) return accented(this.renderArgument(), mark);
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      if (this.source.startsWith('{}', this.position)) this.position += 2;
      else if (LETTERS.has(name)) while (this.source[this.position] === ' ') this.position += 1;
      // Operator names (\ln, \max) read as words: keep them apart from a letter before them.
      return /^\w/.test(symbol) && /\w$/.test(output) ? ` ${symbol}` : symbol;
    }
    if (SPACES.has(name)) return ' ';
    if (IGNORED.has(name)) return '';
    if (KEEP_ARGUMENT.has(name)) return this.renderArgument();
    switch (name) {
      case 'mathbb': {
        const letter = this.renderArgument();
        return BLACKBOARD.get(letter) ?? letter;
      }
      case 'frac':
      case 'dfrac':
      case 'tfrac': {
        const numerator = this.renderArgument();
        const denominator = this.renderArgument();
        return `${parenthesised(numerator)}/${parenthesised(denominator)}`;
      }
      case 'sqrt':
        this.skipOptionalArgument();
        return `√${parenthesised(this.renderArgument())}`;
      case 'textcolor':
        this.readRawArgument();
        return this.renderArgument();
      case 'url':
        return this.readRawArgument();
      case 'href': {
        const url = this.readRawArgument();
        const label = this.renderArgument();
        return label.includes(url) || url.includes(label.trim()) ? label : `${label} (${url})`;
      }
      case 'footnote':
        return ` (${this.renderArgument()})`;
      case 'unicode': {
        const code = /^x?([0-9a-f]{1,6})$/i.exec(this.readRawArgument().trim());
        const point = code ? Number.parseInt(code[1]!, 16) : Number.NaN;
        return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      default:
        // A macro this table does not know (an author's \method, \ours): keep its argument, or its name.
        return this.peekNonSpace() === '{' ? this.renderArgument() : name;
    }
  }

  /** One argument, rendered: a `{…}` group, a control sequence, or a single character. */
  private renderArgument(): string {
    const { source } = this;
    while (source[this.position] === ' ') this.position += 1;
    const char = source[this.position];
    if (char === undefined || char === '}') return '';
    this.position += 1;
    if (char === '{') return this.renderUntilClose();
    if (char === '\\') return this.appendCommand('');
    return char;
  }

  /** One argument as written (a URL, a citation key): braces balanced, nothing rendered. */
  private readRawArgument(): string {
    const { source } = this;
    while (source[this.position] === ' ') this.position += 1;
    if (source[this.position] !== '{') return '';
    let depth = 0;
    const start = this.position + 1;
    for (; this.position < source.length; this.position += 1) {
      const char = source[this.position];
      if (char === '{') depth += 1;
      else if (char === '}' && --depth === 0) break;
    }
    const raw = source.slice(start, this.position);
    this.position += 1;
    return raw;
  }

  private skipOptionalArgument(): void {
    if (this.peekNonSpace() !== '[') return;
    const close = this.source.indexOf(']', this.position);
    if (close !== -1) this.position = close + 1;
  }

  private peekNonSpace(): string | undefined {
    let at = this.position;
    while (this.source[at] === ' ') at += 1;
    return this.source[at];
  }
}

/** `\"o` → ö: the letter with the combining mark, composed. A dotless ı under an accent is an i. */
function accented(base: string, mark: string): string {
  if (!base) return '';
  const letter = base[0] === 'ı' ? 'i' : base[0] === 'ȷ' ? 'j' : base[0]!;
  return `${letter}${mark}${base.slice(1)}`.normalize('NFC');
}

function parenthesised(part: string): string {
  const trimmed = part.trim();
  return /^[\p{L}\p{N}.]*$/u.test(trimmed) ? trimmed : `(${trimmed})`;
}
