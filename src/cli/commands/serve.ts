// `papers serve [--port <n>] [--host <addr>]`: the report page with live search, and a JSON API,
// on a local port. The model is loaded once, at start; Ctrl-C or SIGTERM close the server.
import { Command, InvalidArgumentError, Option } from 'commander';
import { SERVE } from '../../config.js';
import { serveReport } from '../../server/serve-report.js';
import { followIndex } from '../context.js';
import { describeAbridged, describeReport, printReportStep } from '../describe-report.js';
import { printLine, printNote, reportError } from '../output.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the map with live search and a JSON API on a local port')
    .addOption(new Option('-p, --port <n>', `port to listen on; 0 picks any free one (default: ${SERVE.port} or the next free one)`).argParser(parsePort))
    .option('--host <addr>', 'address to listen on; anything but loopback exposes your papers to the network', SERVE.host)
    .action(async (options: { port?: number; host: string }, command: Command) => {
      const index = await followIndex(command.optsWithGlobals());
      try {
        const { server, report } = await serveReport(index, {
          beforeRequest: () => index.refresh(),
          host: options.host,
          port: options.port ?? SERVE.port,
          portAttempts: options.port === undefined ? SERVE.portAttempts : 1,
          onError: (error) => reportError(error),
          onStep: printReportStep,
        });
        printLine(`serving ${describeReport(report.data)} at ${server.url}`);
        const abridged = describeAbridged(report.data);
        if (abridged) printNote(abridged);
        if (!isLoopback(options.host)) printNote(`warning: listening on ${options.host}; anyone who can reach it can read and search these papers`);
        printNote('press Ctrl-C to stop');
        const signal = await nextSignal();
        printNote(`${signal}: closing the server`);
        await server.close();
      } finally {
        await index.close();
      }
    });
}

function parsePort(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return Number(value);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
