// Words a theme name must not be made of: English function words, the rhetoric every abstract
// shares ("we propose a novel approach… results show…"), and words so generic in this field that
// alone they name nothing ("model", "task", "learning", "LLMs").
import { eng } from 'stopword';

/** Function words missing from the `stopword` package's short English list. */
const MORE_FUNCTION_WORDS = [
  'when', 'whom', 'whose', 'why', 'within', 'without', 'upon', 'onto', 'across', 'along', 'among', 'amongst',
  'around', 'behind', 'below', 'beneath', 'beside', 'besides', 'beyond', 'despite', 'during', 'except', 'per',
  'toward', 'towards', 'unlike', 'until', 'via', 'versus', 'vs', 'whereas', 'whether', 'although', 'though',
  'unless', 'either', 'neither', 'nor', 'yet', 'thus', 'hence', 'therefore', 'however', 'moreover', 'furthermore',
  'meanwhile', 'otherwise', 'instead', 'rather', 'else', 'already', 'always', 'often', 'sometimes', 'usually',
  'typically', 'generally', 'mostly', 'largely', 'mainly', 'primarily', 'particularly', 'especially', 'notably',
  'specifically', 'directly', 'simply', 'merely', 'nearly', 'almost', 'quite', 'even', 'ever', 'every', 'few',
  'fewer', 'less', 'least', 'several', 'various', 'certain', 'own', 'one', 'two', 'three', 'four', 'five', 'ten',
  'first', 'second', 'third', 'last', 'next', 'whole', 'us', 'its', 'itself', 'ourselves', 'themselves', 'yourself',
  'whatever', 'whenever', 'wherever', 'whereby', 'therein', 'thereby', 'due', 'ii', 'iii', 'et', 'al', 'etc', 'ie',
  'eg', 'cannot', 'may', 'shall', 'will', 'does', 'done', 'doing', 'let', 'lets',
];

/** Never inside a phrase: they carry the abstract's rhetoric, not its subject. */
export const BOILERPLATE_WORDS: readonly string[] = [
  'propose', 'proposed', 'proposes', 'proposing', 'present', 'presents', 'presented', 'introduce', 'introduces',
  'introduced', 'paper', 'papers', 'work', 'works', 'study', 'studies', 'studied', 'approach', 'approaches',
  'method', 'methods', 'methodology', 'framework', 'frameworks', 'result', 'results', 'show', 'shows', 'shown',
  'showing', 'demonstrate', 'demonstrates', 'demonstrated', 'demonstrating', 'experiment', 'experiments',
  'experimental', 'extensive', 'extensively', 'novel', 'new', 'existing', 'prior', 'previous', 'previously',
  'recent', 'recently', 'current', 'currently', 'state-of-the-art', 'sota', 'outperform', 'outperforms',
  'outperforming', 'achieve', 'achieves', 'achieved', 'achieving', 'significant', 'significantly', 'substantial',
  'substantially', 'effective', 'effectively', 'effectiveness', 'improve', 'improves', 'improved', 'improving',
  'improvement', 'improvements', 'enhance', 'enhances', 'enhanced', 'enhancing', 'boost', 'boosts', 'boosting',
  'different', 'based', 'using', 'use', 'used', 'uses', 'additionally', 'respectively', 'finally', 'key', 'main',
  'overall', 'code', 'available', 'github', 'https', 'http', 'www', 'com', 'org', 'open-source', 'release',
  'released', 'publicly', 'find', 'finds', 'found', 'finding', 'findings', 'reveal', 'reveals', 'revealing',
  'suggest', 'suggests', 'evaluate', 'evaluated', 'evaluating', 'evaluation', 'evaluations', 'superior', 'promising',
  'remarkable', 'impressive', 'strong', 'stronger', 'better', 'best', 'good', 'high', 'higher', 'highly', 'low',
  'lower', 'well', 'including', 'called', 'termed', 'named', 'enable', 'enables', 'enabling', 'allow', 'allows',
  'allowing', 'provide', 'provides', 'providing', 'address', 'addresses', 'addressing', 'leverage', 'leverages',
  'leveraging', 'challenge', 'challenges', 'challenging', 'issue', 'issues', 'problem', 'problems', 'aspect',
  'aspects', 'way', 'ways', 'order', 'example', 'examples', 'insight', 'insights', 'potential', 'able', 'capable',
  'many', 'much', 'numerous', 'number', 'numbers', 'conduct', 'conducts', 'conducted', 'investigate', 'investigates',
  'investigating', 'investigation', 'explore', 'explores', 'exploring', 'identify', 'identifies', 'identifying',
  'examine', 'examines', 'analyze', 'analyzes', 'analyse', 'observe', 'observed', 'observes', 'observation',
  'observations', 'highlight', 'highlights', 'indicate', 'indicates', 'indicating', 'lead', 'leads', 'leading',
  'require', 'requires', 'required', 'requiring', 'need', 'needs', 'make', 'makes', 'making', 'help', 'helps',
  'perform', 'performs', 'performing', 'compared', 'compare', 'comparing', 'comparison', 'given', 'aim', 'aims',
  'goal', 'gap', 'gaps', 'lack', 'lacks', 'remain', 'remains', 'surprising', 'surprisingly', 'interestingly',
  'importantly', 'important', 'crucial', 'critical', 'essential', 'simple', 'complex', 'common', 'commonly',
  'standard', 'typical', 'widely', 'wide', 'broad', 'broader', 'diverse', 'variety', 'range', 'comprehensive',
  'systematic', 'systematically', 'detailed', 'thorough', 'thoroughly', 'consistent', 'consistently', 'competitive',
  'limited', 'prohibitive', 'additional', 'simultaneously', 'successfully', 'exhibit', 'exhibits', 'exhibiting',
  'deploy', 'deploying', 'deployed', 'empirical', 'empirically', 'theoretical', 'theoretically', 'practical',
  'unveiling', 'harnessing', 'rethinking', 'unlocking', 'empowering', 'exposing', 'secretly', 'demystified',
  'sampled', 'proven', 'obtain', 'obtains', 'obtained', 'apply', 'applies', 'applied', 'applying', 'develop',
  'develops', 'developed', 'design', 'designed', 'designs', 'focus', 'focuses', 'focusing', 'solve', 'solves',
  'solving', 'produce', 'produces', 'produced', 'yield', 'yields', 'utilize', 'utilizes', 'utilizing', 'exploit',
  'exploits', 'exploiting', 'alleviate', 'alleviates', 'mitigate', 'mitigates', 'delivers', 'deliver', 'assess',
  'assesses', 'assessing', 'advanced', 'underlying', 'explicitly', 'implicitly', 'accurately', 'individual',
  'particular', 'true', 'partial', 'full', 'fully', 'settings', 'setting', 'types', 'type', 'kind', 'kinds', 'end',
  'times', 'time', 'size', 'sizes', 'structure', 'limitations', 'limitation', 'baseline', 'baselines', 'condition',
  'conditions', 'pairs', 'pair', 'cases', 'case', 'scenarios', 'scenario', 'factor', 'factors', 'role', 'effect',
  'effects', 'impact', 'impacts', 'level', 'levels', 'terms', 'form', 'forms', 'manner', 'direction', 'directions',
  'future', 'progress', 'evidence', 'sources', 'source', 'larger', 'smaller', 'largest', 'smallest', 'longer',
  'shorter', 'faster', 'slower', 'fewer', 'greater', 'greatly',
];

/** Allowed beside a specific word ("task vectors", "reward model") but never a name on their own. */
export const GENERIC_WORDS: readonly string[] = [
  'model', 'models', 'modeling', 'modelling', 'task', 'tasks', 'data', 'dataset', 'datasets', 'learning', 'learn',
  'learns', 'learned', 'training', 'train', 'trained', 'performance', 'llm', 'llms', 'lm', 'lms', 'network',
  'networks', 'system', 'systems', 'benchmark', 'benchmarks', 'accuracy', 'ability', 'abilities', 'capability',
  'capabilities', 'generalization', 'set', 'sets', 'information', 'process', 'processing', 'technique', 'techniques',
  'strategy', 'strategies', 'scale', 'domain', 'domains', 'application', 'applications', 'research', 'analysis',
  'analyses', 'understanding', 'output', 'outputs', 'input', 'inputs', 'quality', 'efficiency', 'ai', 'art', 'state',
  'tuning', 'fine-tuning', 'finetuning', 'fine-tuned', 'pre-trained', 'pretrained', 'pre-training', 'pretraining',
  'task-specific', 'real-world', 'high-quality', 'large-scale', 'downstream', 'prediction', 'predictions',
  'behavior', 'behaviour', 'behaviors', 'mechanism', 'mechanisms', 'solution', 'solutions', 'architecture',
  'architectures', 'parameters', 'parameter', 'features', 'feature', 'test', 'testing', 'inference', 'computation',
  'computational', 'compute', 'cost', 'costs', 'representation', 'representations', 'knowledge', 'text', 'texts',
  'human', 'humans', 'space', 'function', 'functions', 'component', 'components', 'objective', 'objectives',
  'metric', 'metrics', 'score', 'scores', 'samples', 'sample', 'domain-specific', 'fine-grained', 'open-ended',
  'input-output', 'sub-tasks', 'training-free', 'inference-time', 'data-scarce', 'zero-shot', 'few-shot',
  'fine-tune', 'finetune', 'finetuned',
];

/** Generic words that describe a following noun and cannot end a name ("multimodal large language"). */
const DANGLING_MODIFIERS = [
  'large', 'small', 'deep', 'neural', 'general', 'specific', 'efficient', 'language', 'real', 'world', 'natural',
  'single', 'multiple', 'unified', 'generic', 'pre', 'machine',
];

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...MORE_FUNCTION_WORDS]);
const BOILERPLATE = new Set(BOILERPLATE_WORDS);
const GENERIC = new Set([...GENERIC_WORDS, ...DANGLING_MODIFIERS]);
const DANGLING = new Set(DANGLING_MODIFIERS);

/** Every single word that may not stand alone as a key phrase (lower case). */
export const PHRASE_STOP_LIST: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS, ...BOILERPLATE, ...GENERIC]);

/** Joins words inside a phrase: "mixture of experts", "theory of mind". */
const CONNECTORS = new Set(['of']);

/**
 * Whether lower-case `words` make a usable key phrase: no boilerplate anywhere, no function
 * word at either end (a connector may sit inside), no dangling modifier at the end, and at
 * least one word that is not generic.
 */
export function isKeyPhrase(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (ENGLISH_STOP_WORDS.has(words[0]!) || ENGLISH_STOP_WORDS.has(last) || DANGLING.has(last)) return false;
  let specific = false;
  for (const word of words) {
    if (BOILERPLATE.has(word) || word.length < 2 || !/\p{L}/u.test(word)) return false;
    if (ENGLISH_STOP_WORDS.has(word)) {
      if (!CONNECTORS.has(word)) return false;
      continue;
    }
    if (!GENERIC.has(word)) specific = true;
  }
  return specific;
}
