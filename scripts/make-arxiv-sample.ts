// `tsx scripts/make-arxiv-sample.ts <out.jsonl[.gz]> [--lines N] [--seed S]`: writes a synthetic file
// in the arXiv metadata snapshot's shape (same fields, hard-wrapped LaTeX text), deterministic per seed.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { PROJECT_ROOT } from '../src/config.js';
import { createRandom, type Random } from '../src/seeded-random.js';

/** Primary categories with rough weights of the snapshot's recent years, and their usual cross-lists. */
const PRIMARIES: [category: string, weight: number, crossLists: string[]][] = [
  ['cs.CV', 14, ['cs.AI', 'cs.LG', 'eess.IV']],
  ['cs.LG', 14, ['stat.ML', 'cs.AI', 'math.OC']],
  ['cs.CL', 10, ['cs.AI', 'cs.LG', 'cs.IR']],
  ['cs.AI', 6, ['cs.LG', 'cs.CL', 'cs.MA']],
  ['stat.ML', 3, ['cs.LG', 'stat.ME']],
  ['cs.RO', 3, ['cs.AI', 'cs.CV', 'eess.SY']],
  ['cs.IR', 2, ['cs.CL', 'cs.LG']],
  ['eess.SP', 2, ['cs.IT', 'math.IT']],
  ['math.OC', 2, ['cs.LG', 'math.NA']],
  ['quant-ph', 5, ['cond-mat.str-el', 'cs.ET']],
  ['hep-th', 4, ['gr-qc', 'hep-ph']],
  ['hep-ph', 3, ['hep-ex', 'hep-th']],
  ['astro-ph.GA', 4, ['astro-ph.CO']],
  ['cond-mat.mes-hall', 3, ['cond-mat.mtrl-sci']],
  ['math.AP', 3, ['math.NA']],
  ['math.PR', 2, ['math.ST', 'stat.TH']],
  ['physics.optics', 2, ['physics.app-ph']],
  ['q-bio.NC', 1, ['cs.NE']],
  ['econ.EM', 1, ['stat.ME']],
];
const LATEX_SNIPPETS = ['$\\alpha$', '$\\mathcal{O}(n \\log n)$', '\\emph{robust}', '\\textbf{state-of-the-art}', 'Schr\\"odinger', '$\\epsilon$-greedy', '$10^{-3}$', '{\\em a priori}', '95\\%', '$\\ell_2$', 'Fr\\\'echet'];
const SURNAMES = ['Bal\\\'azs', 'Berger', 'Nadolsky', 'Yuan', 'M\\"uller', 'Garc\\\'ia', 'Chen', 'Wang', 'Okafor', 'Singh', 'Kowalski', 'Rossi', 'Tanaka', 'Haddad', 'Novak', 'Silva'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseArgs(argv: string[]): { out: string; lines: number; seed: number } {
  const out = argv.find((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    const value = at === -1 ? fallback : Number(argv[at + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a whole number of at least 1`);
    return value;
  };
  if (!out) throw new Error('usage: tsx scripts/make-arxiv-sample.ts <out.jsonl|out.jsonl.gz> [--lines 100000] [--seed 1]');
  return { out, lines: option('--lines', 100_000), seed: option('--seed', 1) };
}

/** Words of the sample digests: the vocabulary titles and abstracts are drawn from. */
function readVocabulary(): string[] {
  const folder = path.join(PROJECT_ROOT, 'data', 'digests');
  const words = new Set<string>();
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
    for (const word of fs.readFileSync(path.join(folder, name), 'utf8').match(/\b[A-Za-z][a-z]{2,}(-[a-z]+)?\b/g) ?? []) words.add(word);
  }
  return [...words].sort();
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickPrimary(random: Random): (typeof PRIMARIES)[number] {
  const total = PRIMARIES.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const primary of PRIMARIES) {
    roll -= primary[1];
    if (roll < 0) return primary;
  }
  return PRIMARIES[0]!;
}

/** The snapshot's layout: lines wrapped near 80 columns, continuation lines indented. */
function hardWrap(text: string, indent: string): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + word.length + 1 > 78) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.join(`\n${indent}`);
}

function sentence(vocabulary: string[], random: Random, length: number): string {
  const words = Array.from({ length }, () => (random() < 0.04 ? pick(LATEX_SNIPPETS, random) : pick(vocabulary, random)));
  return `${words.join(' ')}.`.replace(/^./, (first) => first.toUpperCase());
}

function makeRecord(index: number, lines: number, vocabulary: string[], random: Random): object {
  // Dates (and so ids) rise through the file from 2007 to 2025, as in the snapshot.
  const year = 2007 + Math.floor((index / lines) * 19);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const created = new Date(Date.UTC(year, month - 1, day, Math.floor(random() * 24), Math.floor(random() * 60), Math.floor(random() * 60)));
  const id = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(index % 100_000).padStart(5, '0')}`;
  const [primary, , crossLists] = pickPrimary(random);
  const categories = [primary, ...crossLists.filter(() => random() < 0.35)];
  const authors = Array.from({ length: 1 + Math.floor(random() * 6) }, () => [pick(SURNAMES, random), `${String.fromCharCode(65 + Math.floor(random() * 26))}.`]);
  const names = authors.map(([surname, initial]) => `${initial} ${surname}`);
  const abstract = Array.from({ length: 4 + Math.floor(random() * 6) }, () => sentence(vocabulary, random, 12 + Math.floor(random() * 16))).join(' ');
  return {
    id,
    submitter: names[0],
    authors: names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0],
    title: hardWrap(sentence(vocabulary, random, 5 + Math.floor(random() * 9)).slice(0, -1), '  '),
    comments: `${5 + Math.floor(random() * 30)} pages, ${Math.floor(random() * 12)} figures`,
    'journal-ref': null,
    doi: random() < 0.3 ? `10.1103/PhysRevD.${70 + Math.floor(random() * 40)}.${String(index).padStart(6, '0')}` : null,
    'report-no': null,
    categories: categories.join(' '),
    license: random() < 0.5 ? 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/' : null,
    abstract: `  ${hardWrap(abstract, '')}\n`,
    versions: [{ version: 'v1', created: `${DAYS[created.getUTCDay()]}, ${created.getUTCDate()} ${MONTHS[created.getUTCMonth()]} ${created.getUTCFullYear()} ${created.toISOString().slice(11, 19)} GMT` }],
    update_date: created.toISOString().slice(0, 10),
    authors_parsed: authors.map(([surname, initial]) => [surname, initial, '']),
  };
}

async function main(): Promise<void> {
  const { out, lines, seed } = parseArgs(process.argv.slice(2));
  const vocabulary = readVocabulary();
  const random = createRandom(seed);
  const file = fs.createWriteStream(out);
  const gzip = out.endsWith('.gz') ? zlib.createGzip() : null;
  if (gzip) gzip.pipe(file);
  const sink = gzip ?? file;
  const perCategory = new Map<string, number>();
  let inClOrLg = 0;
  for (let index = 0; index < lines; index += 1) {
    const record = makeRecord(index, lines, vocabulary, random) as { categories: string };
    const categories = record.categories.split(' ');
    for (const category of categories) perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
    if (categories.includes('cs.CL') || categories.includes('cs.LG')) inClOrLg += 1;
    if (!sink.write(`${JSON.stringify(record)}\n`)) await once(sink, 'drain');
  }
  sink.end();
  await once(file, 'finish');
  console.log(`wrote ${lines} lines to ${out} (${(fs.statSync(out).size / 2 ** 20).toFixed(1)} MiB, seed ${seed})`);
  const top = [...perCategory].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`papers listing each category (a paper counts once per category): ${top.map(([category, count]) => `${category} ${count}`).join(', ')}`);
  console.log(`papers in cs.CL or cs.LG (what --category cs.CL,cs.LG must keep): ${inClOrLg}`);
}

await main();
