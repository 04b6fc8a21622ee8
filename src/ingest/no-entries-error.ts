// The one error for inputs that held no paper: why each file gave nothing, and one fix.
import { PapersError } from '../errors.js';
import type { IngestWarning } from './types.js';

export function noEntriesError(inputs: readonly string[], warnings: readonly IngestWarning[], hint = 'give digest .txt, .jsonl (for other sources) or arXiv metadata files'): PapersError {
  // Why each file gave nothing, without the "skipped" a warning adds: the error says it once.
  const reasons = warnings
    .filter((warning) => warning.message !== 'no entries found')
    .map((warning) => `${warning.file}: ${warning.message.replace(/; skipped\b.*$/, '')}`)
    .slice(0, 3);
  if (reasons.length === 0) return new PapersError('NO_ENTRIES', `no entries found in ${inputs.join(', ')}`, hint);
  return new PapersError('NO_ENTRIES', `no entries found: ${reasons.join('; ')}; ${hint}`);
}
