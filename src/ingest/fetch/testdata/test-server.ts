// Test helpers: a real HTTP server on 127.0.0.1 that records requests, and a fake clock that records sleeps.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../types.js';

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  count(path: string): number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hits: number) => void;

export interface ServerOptions {
  /** Let the handler answer /robots.txt; by default the server answers it with 404 (no rules). */
  readonly robots?: boolean;
}

/** Starts a server on 127.0.0.1 (only). `hits` counts requests to the same path, from 1. */
export async function startServer(handler: Handler, options: ServerOptions = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const count = (path: string) => requests.filter((r) => r.path === path).length;
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    if (path === '/robots.txt' && !options.robots) {
      res.statusCode = 404;
      res.end();
      return;
    }
    handler(req, res, count(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

/** Time stands still until someone sleeps; every sleep is recorded and returns at once. */
export function fakeClock(start = Date.UTC(2024, 3, 4, 12, 0, 0)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}
