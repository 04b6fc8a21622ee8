// The progress bar: drawn on a terminal, silent on anything else.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function captureStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    }),
    { isTTY, columns: 100 },
  );
  return { stream, text: () => chunks.join('') };
}

describe('createProgress', () => {
  it('draws the label and the counts on a terminal', () => {
    const { stream, text } = captureStream(true);
    const progress = createProgress('embedding', { stream, unit: 'papers' });
    progress.update(0, 40);
    progress.update(25, 40);
    progress.stop();
    expect(text()).toContain('embedding');
    expect(text()).toContain('25/40 papers');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const { stream, text } = captureStream(false);
    const progress = createProgress('embedding', { stream });
    progress.update(0, 40);
    progress.update(40, 40);
    progress.stop();
    expect(text()).toBe('');
  });

  it('writes nothing when quiet, even on a terminal', () => {
    const { stream, text } = captureStream(true);
    const progress = createProgress('embedding', { stream, quiet: true });
    progress.update(1, 2);
    progress.stop();
    expect(text()).toBe('');
  });

  it('follows a total that grows and ignores updates after stop', () => {
    const { stream, text } = captureStream(true);
    const progress = createProgress('themes', { stream });
    progress.update(1, 4);
    progress.update(5, 8);
    progress.stop();
    progress.update(7, 8);
    progress.stop();
    expect(text()).toContain('5/8');
    expect(text()).not.toContain('7/8');
  });
});
