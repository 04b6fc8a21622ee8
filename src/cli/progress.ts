// A progress bar for long steps, drawn on stderr only when stderr is a terminal; elsewhere
// (pipes, files, tests, --json runs) it draws nothing, so output stays clean.
import cliProgress from 'cli-progress';

export interface Progress {
  /** Report `done` of `total` units; the first call draws the bar, a changed total resizes it. */
  update(done: number, total: number): void;
  /** Finish the bar (leaves the last state on its own line). Safe to call more than once. */
  stop(): void;
}

export interface ProgressOptions {
  /** Where to draw; default process.stderr. A stream that is not a TTY gets nothing. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** The unit after the counts, e.g. "papers"; default none. */
  unit?: string;
  /** Draw nothing even on a terminal (e.g. when the command prints JSON). */
  quiet?: boolean;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** A bar labelled `label` ("embedding", "choosing themes"…); a no-op unless the stream is a TTY. */
export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  const unit = options.unit ? ` ${options.unit}` : '';
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} {bar} {value}/{total}${unit}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      if (!started) {
        bar.start(total, done);
        started = true;
        return;
      }
      if (bar.getTotal() !== total) bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (started) bar.stop();
    },
  };
}
