// The LaTeX vocabulary that normalize-latex.ts renders: which commands become which characters,
// which wrap their argument, which are dropped. Commands absent from every table keep their name.

/** Commands that stand for one character: Greek letters, relations, arrows, text symbols. */
export const SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
    theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
    varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'φ',
    varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
    Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
    Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
    times: '×', cdot: '·', div: '÷', pm: '±', mp: '∓', ast: '∗', star: '⋆', circ: '∘', bullet: '•',
    sim: '∼', simeq: '≃', approx: '≈', cong: '≅', equiv: '≡', propto: '∝', neq: '≠', ne: '≠',
    leq: '≤', le: '≤', geq: '≥', ge: '≥', ll: '≪', gg: '≫', lesssim: '≲', gtrsim: '≳',
    in: '∈', notin: '∉', ni: '∋', subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇', cup: '∪',
    cap: '∩', setminus: '∖', emptyset: '∅', varnothing: '∅', forall: '∀', exists: '∃', neg: '¬',
    lnot: '¬', wedge: '∧', land: '∧', vee: '∨', lor: '∨', oplus: '⊕', otimes: '⊗', odot: '⊙',
    to: '→', rightarrow: '→', leftarrow: '←', gets: '←', leftrightarrow: '↔', Rightarrow: '⇒',
    Leftarrow: '⇐', Leftrightarrow: '⇔', implies: '⇒', iff: '⇔', mapsto: '↦', uparrow: '↑',
    downarrow: '↓', longrightarrow: '⟶',
    infty: '∞', partial: '∂', nabla: '∇', sum: '∑', prod: '∏', int: '∫', ell: 'ℓ', hbar: 'ℏ',
    prime: '′', top: '⊤', bot: '⊥', perp: '⊥', parallel: '∥', mid: '|', vert: '|', Vert: '‖',
    langle: '⟨', rangle: '⟩', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', deg: '°',
    degree: '°', textdegree: '°', ldots: '…', dots: '…', cdots: '⋯', textellipsis: '…',
    checkmark: '✓', dag: '†', dagger: '†', ddag: '‡', S: '§', P: '¶', copyright: '©',
    textregistered: '®', texttrademark: '™', textendash: '–', textemdash: '—', textbar: '|',
    textless: '<', textgreater: '>', textasciitilde: '~', textbackslash: '\\', textquoteright: '’',
    textquoteleft: '‘', euro: '€', pounds: '£',
    ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł',
    i: 'ı', j: 'ȷ', dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ',
    LaTeX: 'LaTeX', TeX: 'TeX', BibTeX: 'BibTeX',
    log: 'log', ln: 'ln', exp: 'exp', min: 'min', max: 'max', arg: 'arg', argmin: 'argmin',
    argmax: 'argmax', sin: 'sin', cos: 'cos', tan: 'tan', tanh: 'tanh', lim: 'lim', sup: 'sup',
    inf: 'inf', det: 'det', dim: 'dim', Pr: 'Pr', mod: 'mod', bmod: 'mod',
    eg: 'e.g.', ie: 'i.e.', etal: 'et al.', etc: 'etc.',
  }),
);

/** Letters written as commands (`Stra\ss e`, `\AA ngstr\"om`): as in TeX, the space after them only ends the name. */
export const LETTERS: ReadonlySet<string> = new Set(['ss', 'o', 'O', 'ae', 'AE', 'oe', 'OE', 'aa', 'AA', 'l', 'L', 'i', 'j', 'dh', 'DH', 'th', 'TH']);

/** Commands that render as white space. */
export const SPACES: ReadonlySet<string> = new Set(['quad', 'qquad', 'enspace', 'thinspace', 'medspace', 'thickspace', 'newline', 'linebreak', 'item', 'par', 'noindent', 'smallskip', 'medskip', 'bigskip']);

/** Commands that add nothing to the text: sizing, delimiters' size, font switches like `{\em x}`. */
export const IGNORED: ReadonlySet<string> = new Set([
  'left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'middle',
  'em', 'it', 'bf', 'rm', 'sc', 'tt', 'sf', 'sl', 'up', 'itshape', 'bfseries', 'scshape', 'ttfamily', 'rmfamily', 'sffamily', 'upshape', 'mdseries', 'normalfont',
  'tiny', 'scriptsize', 'footnotesize', 'small', 'normalsize', 'large', 'Large', 'LARGE', 'huge', 'Huge',
  'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits', 'centering', 'protect', 'relax', 'xspace', 'hfill', 'vfill', 'maketitle',
]);

/** Commands whose one argument is the text itself: formatting, math alphabets, accents over a base. */
export const KEEP_ARGUMENT: ReadonlySet<string> = new Set([
  'emph', 'textbf', 'textit', 'textsc', 'texttt', 'textrm', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal', 'text', 'mbox', 'hbox',
  'underline', 'uline', 'textsuperscript', 'textsubscript', 'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathcal', 'mathscr',
  'mathfrak', 'mathnormal', 'boldsymbol', 'bm', 'pmb', 'operatorname', 'tilde', 'widetilde', 'hat', 'widehat', 'bar', 'overline', 'vec',
  'dot', 'ddot', 'check', 'breve', 'acute', 'grave', 'mathring', 'overrightarrow', 'underbrace', 'overbrace', 'ensuremath', 'textnormal', 'sout', 'st', 'hl', 'uppercase', 'lowercase',
]);

/** Commands whose arguments are references or layout, not words of the text: dropped whole. */
export const DROP_ARGUMENTS: ReadonlyMap<string, number> = new Map([
  ['cite', 1], ['citep', 1], ['citet', 1], ['citealp', 1], ['citeauthor', 1], ['citeyear', 1], ['nocite', 1],
  ['ref', 1], ['eqref', 1], ['autoref', 1], ['cref', 1], ['Cref', 1], ['label', 1],
  ['begin', 1], ['end', 1], ['vspace', 1], ['hspace', 1], ['includegraphics', 1], ['color', 1], ['fontsize', 2], ['setlength', 2],
]);

/** `\mathbb{R}` and friends: the double-struck letters that have their own character. */
export const BLACKBOARD: ReadonlyMap<string, string> = new Map(Object.entries({ R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ', F: '𝔽', H: 'ℍ' }));

/** Accent commands and the combining mark each puts on its letter (`\"o` → o + U+0308 → ö). */
export const ACCENTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
    c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', r: '\u030A', k: '\u0328', d: '\u0323', b: '\u0331',
  }),
);

/** Escaped characters that stand for themselves (`\%` → %), and control spaces. */
export const ESCAPES: ReadonlyMap<string, string> = new Map(
  Object.entries({ '%': '%', '&': '&', _: '_', '#': '#', $: '$', '{': '{', '}': '}', '|': '‖', ' ': ' ', ',': ' ', ';': ' ', ':': ' ', '>': ' ', '!': '', '/': '', '-': '', '\\': ' ', '(': '', ')': '', '[': '', ']': '' }),
);
