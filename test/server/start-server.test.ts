import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';

const hello: http.RequestListener = (_request, response) => response.end('hello');
const started: RunningServer[] = [];
const blockers: http.Server[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
  await Promise.all(blockers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Occupies a free loopback port and returns it. */
async function occupyPort(): Promise<number> {
  const blocker = http.createServer(hello);
  blockers.push(blocker);
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  return (blocker.address() as AddressInfo).port;
}

describe('startServer', () => {
  it('moves to a following port when the first one is taken', async () => {
    const taken = await occupyPort();
    const server = await startServer(hello, { host: '127.0.0.1', port: taken, portAttempts: 10 });
    started.push(server);
    expect(server.port).toBeGreaterThan(taken);
    expect(server.port).toBeLessThan(taken + 10);
    expect(await (await fetch(server.url)).text()).toBe('hello');
  });

  it('refuses a taken port the user chose, naming it', async () => {
    const taken = await occupyPort();
    await expect(startServer(hello, { host: '127.0.0.1', port: taken, portAttempts: 1 })).rejects.toThrow(`port ${taken} is in use on 127.0.0.1`);
  });

  it('stops accepting connections once closed', async () => {
    const server = await startServer(hello, { host: '127.0.0.1', port: 0, portAttempts: 1 });
    await fetch(server.url);
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
