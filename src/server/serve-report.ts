// Puts an opened index on the web: prepares the report, loads the model once, renders the live
// page and starts the HTTP server. `papers serve`, the API tests and the bench all start here.
import { prepareReport, type PreparedReport, type ReportSource } from '../report/prepare-report.js';
import { renderReport } from '../report/render-report.js';
import type { Searchable } from '../search/search-papers.js';
import type { TagStore } from '../tags/library-tags.js';
import { createRequestHandler, type ServeContext } from './handle-request.js';
import { startServer, type RunningServer, type StartOptions } from './start-server.js';

export type ServableIndex = ReportSource & Searchable & TagStore;

export interface ServeReportOptions extends StartOptions, Pick<ServeContext, 'onError' | 'beforeRequest'> {
  onStep?: (step: string, milliseconds: number) => void;
}

export interface ServedReport {
  server: RunningServer;
  report: PreparedReport;
}

export async function serveReport(index: ServableIndex, options: ServeReportOptions): Promise<ServedReport> {
  const report = await prepareReport(index, { onStep: options.onStep });
  // Loading the model now makes the first search as fast as the others, and a broken model
  // fails here rather than on a visitor's query.
  await index.embedQuery('warm up');
  const handler = createRequestHandler({
    index,
    data: report.data,
    themes: report.themes,
    groups: report.groups,
    page: renderReport(report.data, { live: true }),
    health: { model: index.meta.model.id },
    onError: options.onError,
    beforeRequest: options.beforeRequest,
  });
  const server = await startServer(handler, options);
  return { server, report };
}
