// LaTeX and hard line breaks in arXiv titles and abstracts become plain text; the examples are
// taken from real arXiv abstracts (../shared/data/arxiv), and every word must survive.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLatex } from '../../src/ingest/normalize-latex.js';
import { ROOT } from '../helpers/paths.js';

describe('normalizeLatex', () => {
  it.each([
    ['we introduce \\textbf{LongWeave}, which balances', 'we introduce LongWeave, which balances'],
    ['as \\emph{temporally conditioned latent domain translation}. Our', 'as temporally conditioned latent domain translation. Our'],
    ['two main application scenarios: {\\em assistance} and {\\em assessment}, grounding', 'two main application scenarios: assistance and assessment, grounding'],
    ['a single steepness parameter $\\alpha$. Our contributions', 'a single steepness parameter α. Our contributions'],
    ['online Tyler\'s $M$-estimation and online Fr\\\'echet mean computation', "online Tyler's M-estimation and online Fréchet mean computation"],
    ['based on Schr\\"odinger bridges and stochastic optimal control', 'based on Schrödinger bridges and stochastic optimal control'],
    ['the most commonly used negation particle is n\\~ao, which', 'the most commonly used negation particle is não, which'],
    ['We introduce F\\`ux\\`i, a comprehensive benchmark', 'We introduce Fùxì, a comprehensive benchmark'],
    ['Each model achieved at least 93\\% mAP@IoU=0.5', 'Each model achieved at least 93% mAP@IoU=0.5'],
    ['along the four dimensions -- reading, writing, speaking', 'along the four dimensions – reading, writing, speaking'],
    ['several components$\\unicode{x2013}$such as weights', 'several components–such as weights'],
    ['proposed by Kadkhodaie \\& Simoncelli \\cite{kadkhodaie2021stochastic}. First, we show', 'proposed by Kadkhodaie & Simoncelli. First, we show'],
    [
      'Our code will be available at~\\href{https://github.com/xuhang2019/SID}{\\texttt{https://github.com/xuhang2019/SID}}.',
      'Our code will be available at https://github.com/xuhang2019/SID.',
    ],
    ['We prove that $S(n) \\leq \\lceil \\frac{4n}{5} \\rceil$, except when', 'We prove that S(n) ≤ ⌈ 4n/5 ⌉, except when'],
    ['hyperplanes $\\mathcal{H}$ slices all edges ... with vertex set $\\{-1,1\\}^n$ if', 'hyperplanes H slices all edges ... with vertex set {-1,1}^n if'],
    ['the relationship takes the form: $ A=a\\ln p_1 +b $; the values', 'the relationship takes the form: A=a ln p_1 +b ; the values'],
    ['storage capacity limits ($\\approx 0.14$ P/N) and', 'storage capacity limits (≈ 0.14 P/N) and'],
    ['accuracy \\(82.2\\%\\) and TPR \\(78.9\\%\\).', 'accuracy 82.2% and TPR 78.9%.'],
    ['from $0.4 \\sim 2.5 \\, \\mu\\text{m}$, supporting', 'from 0.4 ∼ 2.5 μm, supporting'],
  ])('renders %j', (input, expected) => {
    expect(normalizeLatex(input)).toBe(expected);
  });

  it('joins hard-wrapped lines, keeping a hyphen that ends a line', () => {
    const title = 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies';
    expect(normalizeLatex(title)).toBe('Calculation of prompt diphoton production cross sections at Tevatron and LHC energies');
    expect(normalizeLatex('  A self-\n  supervised method\npredicts depth.\n')).toBe('A self-supervised method predicts depth.');
  });

  it('composes accents in every spelling authors use', () => {
    expect(normalizeLatex('M\\"{u}ller, {\\"U}ber, Garc\\\'{\\i}a, Gar\\c{c}on, \\v{S}koda, Erd\\H{o}s, Stra\\ss e, \\o resund, \\AA ngstr\\"om')).toBe(
      'Müller, Über, García, Garçon, Škoda, Erdős, Straße, øresund, Ångström',
    );
  });

  it('keeps the words of an unknown macro: its argument, or its name', () => {
    expect(normalizeLatex('we introduce \\textsc{\\modelname}, a multi-agent debate')).toBe('we introduce modelname, a multi-agent debate');
    expect(normalizeLatex('we propose \\ours, which beats \\method{baselines}')).toBe('we propose ours, which beats baselines');
  });

  it('turns TeX quotes and ties into typography, leaving a tilde in a path alone', () => {
    expect(normalizeLatex("the so-called ``LLM-as-a-Judge'' paradigm, see Fig.~3 and https://example.org/~user"))
      .toBe('the so-called “LLM-as-a-Judge” paradigm, see Fig. 3 and https://example.org/~user');
  });

  it('keeps a text whose braces nest deeper than the stack, as written', () => {
    const text = `${'{'.repeat(200_000)}deep${'}'.repeat(200_000)}`;
    expect(normalizeLatex(text)).toBe(text);
  });

  it('never loses a word of a real arXiv title or abstract', () => {
    const file = path.join(ROOT, '..', 'shared', 'data', 'arxiv', 'papers_ml4_20k.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 5000);
    const lost: string[] = [];
    for (const line of lines) {
      const record = JSON.parse(line) as { id: string; title: string; abstract: string };
      for (const text of [record.title, record.abstract]) {
        // Citation keys, labels and URLs are not words of the text; they are allowed to go.
        if (/\\(cite|ref|label|href|url|begin|end|color|textcolor|vspace|hspace)/.test(text)) continue;
        // An accented letter is the same letter: Fr\\'echet keeps "echet" as "échet".
        const output = normalizeLatex(text).normalize('NFD').replace(/\p{M}/gu, '');
        const words = text.normalize('NFD').replace(/\p{M}/gu, '').match(/(?<![\\\p{L}])\p{L}{4,}/gu) ?? [];
        for (const word of words) if (!output.includes(word)) lost.push(`${record.id}: ${word}`);
      }
    }
    expect(lines.length).toBe(5000);
    expect(lost).toEqual([]);
  });
});
