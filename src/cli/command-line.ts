// What can be read from the command line before commander parses it: the command's name (so
// only its module loads) and whether it will embed text (so the model starts loading at once).
import { MODEL, MODEL_VARIANT_ENV, MODEL_VARIANTS, type ModelVariant } from '../config.js';

export const COMMAND_NAMES = ['index', 'remove', 'compact', 'search', 'similar', 'themes', 'dupes', 'tag', 'untag', 'tags', 'recommend', 'triage', 'info', 'report', 'serve'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** `themes` answers to `clusters` too. */
const ALIASES: Record<string, CommandName> = { clusters: 'themes' };
/** Global options that take a value: the word after them is not the command. */
const GLOBAL_VALUE_OPTIONS = new Set(['--index-dir', '--model-variant', '--db']);

/** The command named on the command line, or null (help, a typo, none): then every command loads. */
export function commandNamed(args: readonly string[]): CommandName | null {
  for (let position = 0; position < args.length; position += 1) {
    const arg = args[position]!;
    if (GLOBAL_VALUE_OPTIONS.has(arg)) {
      position += 1;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const name = ALIASES[arg] ?? arg;
    return (COMMAND_NAMES as readonly string[]).includes(name) ? (name as CommandName) : null;
  }
  return null;
}

/**
 * The model variant a command line will embed text with, or null when it will not (or may not):
 * a search other than lexical, `similar --file`, a triage. Anything unusual (help, an unknown
 * variant) is null, and the command then loads the model itself when it needs it.
 */
export function variantToPreload(args: readonly string[]): ModelVariant | null {
  if (args.includes('--help') || args.includes('-h')) return null;
  const mode = optionValue(args, '--mode')?.trim().toLowerCase();
  const command = commandNamed(args);
  const embeds =
    (command === 'search' && mode !== 'lexical') ||
    (command === 'similar' && mode !== 'lexical' && (optionValue(args, '--file') !== undefined || optionValue(args, '-f') !== undefined)) ||
    command === 'triage';
  if (!embeds) return null;
  const wanted = (optionValue(args, '--model-variant') ?? process.env[MODEL_VARIANT_ENV] ?? '').toLowerCase() || MODEL.defaultVariant;
  return wanted in MODEL_VARIANTS ? (wanted as ModelVariant) : null;
}

/** The value of `--name value` or `--name=value`, the last one given. */
function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  args.forEach((arg, position) => {
    if (arg === name) value = args[position + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}
