import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync, brotliCompressSync, deflateSync, deflateRawSync } from 'node:zlib';
import { createFetcher } from './create-fetcher.js';
import { FetchError } from './fetch-error.js';
import type { FetcherSettings } from './settings.js';
import { fakeClock, startServer, type Handler, type ServerOptions } from './testdata/test-server.js';

async function serve(t: TestContext, handler: Handler, options?: ServerOptions) {
  const server = await startServer(handler, options);
  t.after(() => server.close());
  return server;
}

/** A fetcher for the 127.0.0.1 test server: private addresses allowed, no per-host gap, fake clock. */
function testFetcher(overrides: Partial<FetcherSettings> = {}) {
  const clock = fakeClock();
  const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0, clock, ...overrides });
  return { fetcher, clock };
}

function isFetchError(code: string, message?: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof FetchError, `expected a FetchError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (message) assert.match(e.message, message);
    return true;
  };
}

test('ok: body, final URL, headers as values, User-Agent and Accept sent', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      'last-modified': 'Wed, 03 Apr 2024 10:00:00 GMT',
    });
    res.end('<rss/>');
  });
  const { fetcher } = testFetcher();
  const result = await fetcher.fetch(`${server.origin}/feed.xml#frag`, { kind: 'feed' });
  assert.deepEqual(result, {
    status: 'ok',
    url: `${server.origin}/feed.xml`,
    body: Buffer.from('<rss/>'),
    httpStatus: 200,
    contentType: 'application/rss+xml; charset=utf-8',
    etag: '"v1"',
    lastModified: 'Wed, 03 Apr 2024 10:00:00 GMT',
    fetchedAt: '2024-04-04T12:00:00.000Z',
  });
  const [request] = server.requests;
  assert.equal(request?.headers['user-agent'], 'pinkslip/0.1 (+https://github.com/pinkslip/pinkslip)');
  assert.match(request?.headers.accept ?? '', /^application\/rss\+xml/);
  assert.equal(request?.headers['accept-encoding'], 'gzip, deflate, br');
});

test('conditional GET: validators sent, 304 is a value, the body is not sent again', async (t) => {
  let bodiesSent = 0;
  const server = await serve(t, (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    bodiesSent += 1;
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 03 Apr 2024 10:00:00 GMT' });
    res.end('full body');
  });
  const { fetcher } = testFetcher();
  const first = await fetcher.fetch(`${server.origin}/feed`, { kind: 'feed' });
  assert.equal(first.status, 'ok');
  const validators = first.status === 'ok' ? { etag: first.etag, lastModified: first.lastModified } : {};
  const second = await fetcher.fetch(`${server.origin}/feed`, { kind: 'feed', validators });
  assert.deepEqual(second, {
    status: 'not_modified',
    url: `${server.origin}/feed`,
    fetchedAt: '2024-04-04T12:00:00.000Z',
  });
  assert.equal(bodiesSent, 1);
  assert.equal(server.requests[1]?.headers['if-none-match'], '"v1"');
  assert.equal(server.requests[1]?.headers['if-modified-since'], 'Wed, 03 Apr 2024 10:00:00 GMT');
});

test('429 with Retry-After in seconds is waited for (injected sleep), then succeeds', async (t) => {
  const server = await serve(t, (_req, res, hits) => {
    if (hits === 1) {
      res.writeHead(429, { 'retry-after': '7' });
      res.end('slow down');
    } else res.end('ok');
  });
  const { fetcher, clock } = testFetcher();
  const result = await fetcher.fetch(`${server.origin}/x`);
  assert.equal(result.status, 'ok');
  assert.deepEqual(clock.sleeps, [7000]);
  assert.equal(server.count('/x'), 2);
});

test('503 with Retry-After as an HTTP date waits until that date', async (t) => {
  const clock = fakeClock();
  const server = await serve(t, (_req, res, hits) => {
    if (hits === 1) {
      res.writeHead(503, { 'retry-after': new Date(clock.now() + 30_000).toUTCString() });
      res.end();
    } else res.end('ok');
  });
  const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0, clock });
  assert.equal((await fetcher.fetch(`${server.origin}/x`)).status, 'ok');
  assert.deepEqual(clock.sleeps, [30_000]);
});

test('503 without Retry-After backs off exponentially, then succeeds', async (t) => {
  const server = await serve(t, (_req, res, hits) => {
    res.statusCode = hits < 3 ? 503 : 200;
    res.end(hits < 3 ? 'busy' : 'ok');
  });
  const { fetcher, clock } = testFetcher({ backoffBaseMs: 500, maxAttempts: 4 });
  const result = await fetcher.fetch(`${server.origin}/x`);
  assert.equal(result.status === 'ok' && Buffer.from(result.body).toString(), 'ok');
  assert.deepEqual(clock.sleeps, [500, 1000]);
  assert.equal(server.count('/x'), 3);
});

test('5xx every time: gives up after maxAttempts with the status in the error', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.statusCode = 502;
    res.end();
  });
  const { fetcher, clock } = testFetcher({ maxAttempts: 3, backoffBaseMs: 100 });
  await assert.rejects(fetcher.fetch(`${server.origin}/x`), (e) => {
    isFetchError('fetch_failed', /^fetch: HTTP 502 from http:\/\/127\.0\.0\.1:\d+\/x$/)(e);
    assert.equal((e as FetchError).httpStatus, 502);
    return true;
  });
  assert.equal(server.count('/x'), 3);
  assert.deepEqual(clock.sleeps, [100, 200]);
});

test('a Retry-After longer than maxRetryAfterMs is not waited for; the error carries it', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.writeHead(429, { 'retry-after': '3600' });
    res.end();
  });
  const { fetcher, clock } = testFetcher({ maxRetryAfterMs: 60_000 });
  await assert.rejects(fetcher.fetch(`${server.origin}/x`), (e) => {
    isFetchError('fetch_failed', /HTTP 429/)(e);
    assert.equal((e as FetchError).retryAfterMs, 3_600_000);
    return true;
  });
  assert.equal(server.count('/x'), 1);
  assert.deepEqual(clock.sleeps, []);
});

test('404 is final: no retry', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.statusCode = 404;
    res.end('gone');
  });
  const { fetcher } = testFetcher();
  await assert.rejects(fetcher.fetch(`${server.origin}/x`), isFetchError('fetch_failed', /HTTP 404/));
  assert.equal(server.count('/x'), 1);
});

test('a slow response is cut by the total timeout, and not retried', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first bytes…');
    // never ends: the client must give up
  });
  const { fetcher } = testFetcher({ timeoutMs: 200 });
  const started = performance.now();
  await assert.rejects(
    fetcher.fetch(`${server.origin}/slow`),
    isFetchError('fetch_failed', /^fetch: timed out after 200 ms: http:\/\/127\.0\.0\.1:\d+\/slow$/),
  );
  assert.ok(performance.now() - started < 2000);
  assert.equal(server.count('/slow'), 1);
});

test('a server that never answers is cut by the timeout too', async (t) => {
  const server = await serve(t, () => {
    /* no headers at all */
  });
  const { fetcher } = testFetcher({ timeoutMs: 150 });
  await assert.rejects(
    fetcher.fetch(`${server.origin}/silent`),
    isFetchError('fetch_failed', /timed out after 150 ms/),
  );
});

test('an oversized streamed body is cut mid-stream with input_too_large', async (t) => {
  let chunksWritten = 0;
  let closedEarly = false;
  const server = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }); // no Content-Length: chunked
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const timer = setInterval(() => {
      if (res.destroyed || chunksWritten >= 1000) {
        clearInterval(timer);
        closedEarly = res.destroyed;
        res.end();
        return;
      }
      chunksWritten += 1;
      res.write(chunk);
    }, 1);
    res.on('close', () => {
      closedEarly = chunksWritten < 1000;
      clearInterval(timer);
    });
  });
  const { fetcher } = testFetcher({ maxBodyBytes: 64 * 1024 });
  await assert.rejects(
    fetcher.fetch(`${server.origin}/big`),
    isFetchError('input_too_large', /^fetch: body over 64 KB$/),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(closedEarly, 'the connection was closed before the server finished');
  assert.ok(chunksWritten < 100, `server wrote ${chunksWritten} chunks`);
});

test('a declared Content-Length over the cap is refused before reading; 5 MB default message', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-length': String(6 * 1024 * 1024) });
    res.write('x'); // then hang: the client must not wait for the rest
  });
  const { fetcher } = testFetcher({ timeoutMs: 5000 });
  await assert.rejects(
    fetcher.fetch(`${server.origin}/big`),
    isFetchError('input_too_large', /^fetch: body over 5 MB$/),
  );
});

test('the cap counts decoded bytes: a small gzip that inflates past it is cut', async (t) => {
  const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024));
  const server = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(bomb);
  });
  const { fetcher } = testFetcher({ maxBodyBytes: 256 * 1024 });
  assert.ok(bomb.length < 256 * 1024);
  await assert.rejects(fetcher.fetch(`${server.origin}/bomb`), isFetchError('input_too_large'));
});

const text = 'Acme Corp to cut 1,200 jobs. '.repeat(200);
const encodings: { name: string; encode: (b: Buffer) => Buffer }[] = [
  { name: 'gzip', encode: gzipSync },
  { name: 'br', encode: brotliCompressSync },
  { name: 'deflate', encode: deflateSync },
  { name: 'deflate', encode: deflateRawSync },
];

for (const { name, encode } of encodings) {
  test(`Content-Encoding ${name} is decoded (${encode.name})`, async (t) => {
    const server = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-encoding': name, 'content-type': 'text/plain' });
      res.end(encode(Buffer.from(text)));
    });
    const { fetcher } = testFetcher();
    const result = await fetcher.fetch(`${server.origin}/z`);
    assert.equal(result.status === 'ok' && Buffer.from(result.body).toString(), text);
  });
}

for (const coding of ['gzip', 'br', 'deflate']) {
  test(`a body that is not what its Content-Encoding (${coding}) says fails cleanly`, async (t) => {
    const server = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-encoding': coding });
      res.end(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    });
    const { fetcher } = testFetcher();
    await assert.rejects(
      fetcher.fetch(`${server.origin}/z`),
      isFetchError('fetch_failed', new RegExp(`^fetch: cannot decode ${coding} body$`)),
    );
  });
}

test('an unknown or stacked Content-Encoding is refused', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(200, { 'content-encoding': req.url === '/zstd' ? 'zstd' : 'gzip, br' });
    res.end('whatever');
  });
  const { fetcher } = testFetcher();
  await assert.rejects(
    fetcher.fetch(`${server.origin}/zstd`),
    isFetchError('fetch_failed', /unsupported content encoding zstd/),
  );
  await assert.rejects(
    fetcher.fetch(`${server.origin}/two`),
    isFetchError('fetch_failed', /unsupported content encoding gzip, br/),
  );
});

test('redirects are followed (relative Location); the result has the final URL', async (t) => {
  const server = await serve(t, (req, res) => {
    if (req.url === '/old') {
      res.writeHead(301, { location: '/new?x=1' });
      res.end();
    } else res.end(`at ${req.url}`);
  });
  const { fetcher } = testFetcher();
  const result = await fetcher.fetch(`${server.origin}/old`);
  assert.equal(result.status === 'ok' && result.url, `${server.origin}/new?x=1`);
});

test('a redirect loop ends with an error', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
    res.end();
  });
  const { fetcher } = testFetcher();
  await assert.rejects(
    fetcher.fetch(`${server.origin}/a`),
    isFetchError('fetch_failed', /^fetch: redirect loop at .*\/a$/),
  );
  assert.equal(server.count('/a') + server.count('/b'), 2);
});

test('redirects are bounded: 5 hops are followed, the 6th is an error', async (t) => {
  const server = await serve(t, (req, res) => {
    const n = Number(req.url?.slice(1));
    if (n > 0) {
      res.writeHead(307, { location: `/${n - 1}` });
      res.end();
    } else res.end('landed');
  });
  const { fetcher } = testFetcher({ maxRedirects: 5 });
  assert.equal((await fetcher.fetch(`${server.origin}/5`)).status, 'ok');
  await assert.rejects(
    fetcher.fetch(`${server.origin}/6`),
    isFetchError('fetch_failed', /too many redirects \(over 5\)/),
  );
});

test('a redirect to another scheme is refused', async (t) => {
  const server = await serve(t, (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  });
  const { fetcher } = testFetcher();
  await assert.rejects(
    fetcher.fetch(`${server.origin}/x`),
    isFetchError('fetch_refused', /refused redirect to file:/),
  );
});

test('every redirect hop is resolved and checked on its own', async (t) => {
  const server = await serve(t, (req, res) => {
    if (req.url === '/start') {
      res.writeHead(302, { location: `http://second.test:${req.socket.localPort}/end` });
      res.end();
    } else res.end(`host ${req.headers.host}`);
  });
  const resolved: string[] = [];
  const { fetcher } = testFetcher({
    resolve: async (host) => {
      resolved.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    },
  });
  const result = await fetcher.fetch(`http://first.test:${server.port}/start`, { kind: 'feed' });
  assert.deepEqual(resolved, ['first.test', 'second.test']);
  assert.equal(
    result.status === 'ok' && Buffer.from(result.body).toString(),
    `host second.test:${server.port}`,
  );
});

test('private addresses are refused without allowPrivate, before any request is sent', async (t) => {
  const server = await serve(t, (_req, res) => res.end('secret'));
  const fetcher = createFetcher({ clock: fakeClock(), perHostDelayMs: 0 });
  await assert.rejects(
    fetcher.fetch(`${server.origin}/`),
    isFetchError('fetch_refused', /^fetch: refused private address 127\.0\.0\.1 for 127\.0\.0\.1/),
  );
  await assert.rejects(
    fetcher.fetch(`http://localhost:${server.port}/`),
    isFetchError(
      'fetch_refused',
      /^fetch: refused private address (127\.0\.0\.1|::1) for localhost \(loopback\)$/,
    ),
  );
  await assert.rejects(
    fetcher.fetch(`http://[::1]:${server.port}/`),
    isFetchError('fetch_refused', /::1 for ::1/),
  );
  const sneaky = createFetcher({
    clock: fakeClock(),
    resolve: async () => [{ address: '169.254.169.254', family: 4 }],
  });
  await assert.rejects(
    sneaky.fetch('http://metadata.test/latest/meta-data/'),
    isFetchError('fetch_refused', /169\.254\.169\.254 for metadata\.test \(metadata\)/),
  );
  assert.equal(server.requests.length, 0);
});

test('only http and https URLs are fetched', async () => {
  const { fetcher } = testFetcher();
  for (const url of ['file:///etc/passwd', 'ftp://example.test/x', 'gopher://x', 'not a url', '']) {
    await assert.rejects(fetcher.fetch(url), isFetchError('fetch_refused', /^fetch: not an http\(s\) URL/));
  }
});

test('robots.txt: Disallow honoured for pages, fetched once per host, skipped for feeds', async (t) => {
  const server = await serve(
    t,
    (req, res) => {
      if (req.url === '/robots.txt') {
        res.end('User-agent: *\nDisallow: /\n\nUser-agent: pinkslip\nDisallow: /private\n');
      } else res.end(`page ${req.url}`);
    },
    { robots: true },
  );
  const { fetcher } = testFetcher();
  await assert.rejects(
    fetcher.fetch(`${server.origin}/private/report`),
    isFetchError(
      'fetch_refused',
      /^fetch: robots\.txt disallows http:\/\/127\.0\.0\.1:\d+\/private\/report$/,
    ),
  );
  assert.equal((await fetcher.fetch(`${server.origin}/public`)).status, 'ok', 'our own group allows it');
  assert.equal((await fetcher.fetch(`${server.origin}/private/feed.xml`, { kind: 'feed' })).status, 'ok');
  assert.equal(server.count('/robots.txt'), 1, 'cached per host');
  assert.equal(server.count('/private/report'), 0);
});

test('robots.txt: cache expires by the injected clock', async (t) => {
  const server = await serve(
    t,
    (req, res) => res.end(req.url === '/robots.txt' ? 'User-agent: *\nAllow: /\n' : 'ok'),
    { robots: true },
  );
  const { fetcher, clock } = testFetcher({ robotsTtlMs: 60_000 });
  await fetcher.fetch(`${server.origin}/a`);
  clock.advance(59_000);
  await fetcher.fetch(`${server.origin}/b`);
  assert.equal(server.count('/robots.txt'), 1);
  clock.advance(2_000);
  await fetcher.fetch(`${server.origin}/c`);
  assert.equal(server.count('/robots.txt'), 2);
});

test('robots.txt: 404 means no rules; 5xx means stay away for now', async (t) => {
  let robotsStatus = 404;
  const server = await serve(
    t,
    (req, res) => {
      if (req.url === '/robots.txt') res.statusCode = robotsStatus;
      res.end('body');
    },
    { robots: true },
  );
  assert.equal((await testFetcher().fetcher.fetch(`${server.origin}/page`)).status, 'ok');
  robotsStatus = 503;
  await assert.rejects(
    testFetcher().fetcher.fetch(`${server.origin}/page`),
    isFetchError('fetch_failed', /^fetch: robots\.txt unreachable \(HTTP 503\)/),
  );
});

test('robots.txt: robotsForFeeds makes feeds ask too', async (t) => {
  const server = await serve(
    t,
    (req, res) => res.end(req.url === '/robots.txt' ? 'User-agent: *\nDisallow: /\n' : 'x'),
    { robots: true },
  );
  const { fetcher } = testFetcher({ robotsForFeeds: true });
  await assert.rejects(
    fetcher.fetch(`${server.origin}/feed`, { kind: 'feed' }),
    isFetchError('fetch_refused'),
  );
});

test('robots.txt: Crawl-delay raises the per-host gap (capped)', async (t) => {
  const server = await serve(
    t,
    (req, res) => res.end(req.url === '/robots.txt' ? 'User-agent: *\nCrawl-delay: 5\n' : 'x'),
    { robots: true },
  );
  const { fetcher, clock } = testFetcher({ perHostDelayMs: 1000, maxCrawlDelayMs: 3000 });
  await fetcher.fetch(`${server.origin}/1`);
  await fetcher.fetch(`${server.origin}/2`);
  await fetcher.fetch(`${server.origin}/3`);
  // robots.txt at t=0, /1 at t=1000 (gap before the delay was known), then 3000 apart.
  assert.deepEqual(clock.sleeps, [1000, 3000, 3000]);
});

test('per-host delay: requests to one host start perHostDelayMs apart; other hosts do not wait', async (t) => {
  const server = await serve(t, (_req, res) => res.end('x'));
  const { fetcher, clock } = testFetcher({
    perHostDelayMs: 1000,
    resolve: async () => [{ address: '127.0.0.1', family: 4 }],
  });
  await fetcher.fetch(`${server.origin}/1`, { kind: 'feed' });
  await fetcher.fetch(`${server.origin}/2`, { kind: 'feed' });
  await fetcher.fetch(`${server.origin}/3`, { kind: 'feed' });
  assert.deepEqual(clock.sleeps, [1000, 1000]);
  await fetcher.fetch(`http://other.test:${server.port}/4`, { kind: 'feed' });
  assert.deepEqual(clock.sleeps, [1000, 1000], 'a different host starts at once');
  clock.advance(5000);
  await fetcher.fetch(`${server.origin}/5`, { kind: 'feed' });
  assert.deepEqual(clock.sleeps, [1000, 1000], 'enough time has passed');
});

test('per-host concurrency: never more than perHostConcurrency requests in flight', async (t) => {
  let inFlight = 0;
  let maxInFlight = 0;
  const server = await serve(t, (_req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      res.end('x');
    }, 30);
  });
  for (const limit of [1, 2]) {
    maxInFlight = 0;
    const { fetcher } = testFetcher({ perHostConcurrency: limit });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => fetcher.fetch(`${server.origin}/${limit}/${i}`, { kind: 'feed' })),
    );
    assert.ok(results.every((r) => r.status === 'ok'));
    assert.equal(maxInFlight, limit);
  }
});

test('connection refused is retried with backoff, then reported', async (t) => {
  const server = await serve(t, (_req, res) => res.end());
  const port = server.port;
  await server.close();
  const { fetcher, clock } = testFetcher({ maxAttempts: 2, backoffBaseMs: 10 });
  await assert.rejects(
    fetcher.fetch(`http://127.0.0.1:${port}/`),
    isFetchError('fetch_failed', /ECONNREFUSED/),
  );
  assert.deepEqual(clock.sleeps, [10]);
});

test('the caller can cancel with an AbortSignal', async (t) => {
  const server = await serve(t, () => {
    /* never answers */
  });
  const { fetcher } = testFetcher();
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('stop')), 50);
  await assert.rejects(fetcher.fetch(`${server.origin}/x`, { signal: controller.signal }), /stop/);
});

test('a DNS lookup that hangs is abandoned at the timeout', async () => {
  const { fetcher } = testFetcher({
    timeoutMs: 100,
    resolve: () => new Promise(() => {}),
  });
  await assert.rejects(
    fetcher.fetch('http://hanging-dns.test/', { kind: 'feed' }),
    isFetchError('fetch_failed', /timed out after 100 ms/),
  );
});
