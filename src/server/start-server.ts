// Starts node:http on a host and port, moving to the next port when the default one is taken,
// and closes it cleanly: no new connections, idle ones dropped, busy ones given a moment.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { PapersError } from '../errors.js';

export interface StartOptions {
  /** Address to listen on; loopback unless the user asks otherwise. */
  host: string;
  /** First port tried; 0 lets the system pick a free one. */
  port: number;
  /** How many ports from `port` up are tried when it is taken (1 = only `port`). */
  portAttempts: number;
}

export interface RunningServer {
  host: string;
  port: number;
  /** http://host:port/, with IPv6 hosts bracketed. */
  url: string;
  close(): Promise<void>;
}

/** How long requests in flight may take to finish once closing starts. */
const CLOSE_GRACE_MS = 2000;

export async function startServer(listener: http.RequestListener, options: StartOptions): Promise<RunningServer> {
  const server = http.createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, listener);
  server.on('clientError', answerClientError);
  const attempts = options.port === 0 ? 1 : Math.max(1, options.portAttempts);
  for (let attempt = 0; ; attempt += 1) {
    const port = options.port === 0 ? 0 : options.port + attempt;
    const failure = await listen(server, options.host, port);
    if (!failure) return running(server, options.host);
    if (failure.code !== 'EADDRINUSE' || attempt + 1 >= attempts) throw listenError(failure, options.host, port, attempt + 1);
  }
}

/**
 * A request node cannot parse (not HTTP, headers or URL over 16 KiB) never reaches the handler;
 * it still gets a JSON error, as every other refusal does, and only its own socket is closed.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const message = status === 431 ? 'the request line or headers are larger than 16 KiB' : 'the request is not valid HTTP';
  const body = JSON.stringify({ error: { code: status === 431 ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST', message } });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function listen(server: http.Server, host: string, port: number): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => resolve(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(null);
    });
  });
}

function running(server: http.Server, host: string): RunningServer {
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    host,
    port,
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number, attempts: number): PapersError {
  if (error.code === 'EADDRINUSE') {
    const ports = attempts > 1 ? `ports ${port - attempts + 1}-${port} are all` : `port ${port} is`;
    return new PapersError('CANNOT_LISTEN', `${ports} in use on ${host}`, 'pass another --port, or --port 0 for any free port');
  }
  if (error.code === 'EACCES') return new PapersError('CANNOT_LISTEN', `not allowed to listen on ${host}:${port}`, 'ports below 1024 need privileges; pick a higher --port');
  return new PapersError('CANNOT_LISTEN', `cannot listen on ${host}:${port} (${error.code ?? error.message})`, 'pass a local address with --host, e.g. 127.0.0.1');
}
