// What the entry point reads before commander: the command (only its module loads) and whether
// the model should start loading at once (a search, similar --file, a triage), in which variant.
import { afterEach, describe, expect, it } from 'vitest';
import { commandNamed, variantToPreload } from '../../src/cli/command-line.js';
import { MODEL_VARIANT_ENV } from '../../src/config.js';

describe('the command line before parsing', () => {
  const saved = process.env[MODEL_VARIANT_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[MODEL_VARIANT_ENV];
    else process.env[MODEL_VARIANT_ENV] = saved;
  });

  it('names the command past global options and their values, and knows the alias', () => {
    expect(commandNamed(['--index-dir', 'search', 'themes'])).toBe('themes');
    expect(commandNamed(['--db', 'postgres://x', 'clusters', '--k', '5'])).toBe('themes');
    expect(commandNamed(['--version'])).toBeNull();
    expect(commandNamed(['serach', 'x'])).toBeNull();
  });

  it('preloads the model for the commands that embed text, and only for them', () => {
    delete process.env[MODEL_VARIANT_ENV];
    expect(variantToPreload(['search', 'kv', 'cache'])).toBe('int8');
    expect(variantToPreload(['search', '--mode', 'dense', 'kv'])).toBe('int8');
    expect(variantToPreload(['search', '--mode', 'lexical', 'kv'])).toBeNull();
    expect(variantToPreload(['search', '--mode=LEXICAL', 'kv'])).toBeNull();
    expect(variantToPreload(['similar', '--file', 'abstract.txt'])).toBe('int8');
    expect(variantToPreload(['similar', '-f', '-'])).toBe('int8');
    expect(variantToPreload(['similar', 'DuoAttention'])).toBeNull();
    expect(variantToPreload(['triage', 'digest.txt'])).toBe('int8');
    expect(variantToPreload(['themes'])).toBeNull();
    expect(variantToPreload(['index', 'data/digests'])).toBeNull();
    expect(variantToPreload(['search', '--help'])).toBeNull();
  });

  it('preloads the variant the command will use: the option over the environment; none when unknown', () => {
    process.env[MODEL_VARIANT_ENV] = 'q4';
    expect(variantToPreload(['search', 'kv'])).toBe('q4');
    expect(variantToPreload(['--model-variant', 'int8', 'search', 'kv'])).toBe('int8');
    expect(variantToPreload(['--model-variant=INT8', 'search', 'kv'])).toBe('int8');
    expect(variantToPreload(['--model-variant', 'fp64', 'search', 'kv'])).toBeNull();
  });
});
