// The progress bar of an arXiv import on a terminal: bytes of the file read (so gzip files too),
// lines per second and the time left, one bar per file, redrawn every few thousand lines.
import cliProgress from 'cli-progress';
import type { ArxivStream } from '../ingest/parse-arxiv.js';

export interface ArxivProgress {
  /** Pass as `onArxivProgress`: draws the stream's counts. */
  update: (stream: ArxivStream) => void;
  stop: () => void;
}

export function showArxivProgress(enabled: boolean): ArxivProgress {
  let bar: cliProgress.SingleBar | null = null;
  let file: string | null = null;
  let started = 0;
  // A file's bar is stopped while each of its batches is embedded; its rate counts from its start.
  const startedAt = new Map<string, number>();
  const stop = () => {
    bar?.stop();
    bar = null;
    file = null;
  };
  return {
    update: (stream) => {
      if (!enabled) return;
      const { counts } = stream;
      if (stream.file !== file) {
        stop();
        file = stream.file;
        started = startedAt.get(file) ?? Date.now();
        startedAt.set(file, started);
        // The ETA averages over many updates: the rate jumps where a filter keeps more or fewer lines.
        bar = new cliProgress.SingleBar(
          { format: 'reading {file} {bar} {percentage}% | {lines} lines, {kept} kept | {rate} lines/s | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(counts.totalBytes, 1), counts.bytesRead, { file, lines: counts.linesRead, kept: counts.kept, rate: 0 });
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar?.update(counts.bytesRead, { lines: counts.linesRead, kept: counts.kept, rate: Math.round(counts.linesRead / seconds) });
    },
    stop,
  };
}
