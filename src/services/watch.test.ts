// Watching against a real HTTP server on 127.0.0.1: new items become events, conditional GET, rate limits, failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFetcher } from '../ingest/fetch/index.js';
import type { FetcherSettings } from '../ingest/fetch/index.js';
import { fakeClock } from '../ingest/fetch/testdata/test-server.js';
import { articleHtml, articlePath, feedPath, startNewsServer } from '../pipeline/testdata/news-server.js';
import { DEFAULT_FEEDS } from '../ingest/feeds/index.js';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createSourceServices } from './index.js';

const MINUTE = 60_000;

/** A store on a temp file, a movable "now", and source services with a polite fetcher allowed on loopback. */
function setup(t: { after: (fn: () => unknown) => void }, settings: Partial<FetcherSettings> = {}) {
  const store: Store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'pinkslip-watch-')), 'w.sqlite'));
  t.after(() => store.close());
  const clock = fakeClock();
  const now = () => new Date(clock.now());
  const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0, clock, ...settings });
  const sources = createSourceServices(store, { now, fetcher: () => fetcher });
  return { store, clock, now, sources };
}

/** Requests for a page, whatever query its link carried (the feeds add utm_source). */
function pageHits(server: { requests: { path: string }[] }, path: string): number {
  return server.requests.filter((request) => request.path.split('?')[0] === path).length;
}

async function sourceOf(store: Store, url: string) {
  const found = (await store.listSources()).find((source) => source.url === url);
  assert.ok(found, `source ${url} is followed`);
  return found;
}

test('new items become events; the next round sends conditional requests and fetches nothing new', async (t) => {
  const server = await startNewsServer({ feeds: 2, itemsPerFeed: 3 });
  t.after(() => server.close());
  const { store, clock, sources } = setup(t);
  for (const feed of [0, 1]) await sources.add(`${server.origin}${feedPath(feed)}`);

  const first = await sources.round();
  assert.deepEqual(
    [
      first.sourcesPolled,
      first.newItems,
      first.pagesRead,
      first.newDocuments,
      first.eventsFound,
      first.errors,
    ],
    [2, 6, 6, 6, 6, 0],
  );
  const events = await store.listEvents({ limit: 100 });
  assert.ok(events.some((event) => event.company.startsWith('Northwind0 Robotics0')));
  assert.ok(events.some((event) => event.headcount?.exact === 109));
  const feed0 = await sourceOf(store, `${server.origin}${feedPath(0)}`);
  assert.deepEqual(
    [feed0.title, feed0.itemsSeen, feed0.itemsNew, feed0.failures],
    ['Example News 0', 3, 3, 0],
  );

  const notDue = await sources.round();
  assert.equal(notDue.sourcesPolled, 0, 'nothing is due before the interval has passed');

  clock.advance(31 * MINUTE);
  const requestsBefore = server.requests.length;
  const second = await sources.round();
  assert.deepEqual([second.sourcesPolled, second.newItems, second.pagesRead], [2, 0, 0]);
  const later = server.requests.slice(requestsBefore);
  assert.deepEqual(later.map((request) => request.path).sort(), [feedPath(0), feedPath(1)]);
  for (const request of later) assert.match(String(request.headers['if-none-match']), /^"feed-\d-v1"$/);
  for (let item = 0; item < 3; item++) assert.equal(pageHits(server, articlePath(0, item)), 1);
  assert.equal((await store.listEvents({ limit: 100 })).length, events.length);
});

test('items already seen in another feed (same canonical URL) are not fetched again', async (t) => {
  const server = await startNewsServer({ feeds: 1, itemsPerFeed: 2 });
  t.after(() => server.close());
  const { sources } = setup(t);
  await sources.add(`${server.origin}${feedPath(0)}`);
  await sources.round();
  // The same feed under a second URL (a query the server ignores) lists the same items.
  await sources.add(`${server.origin}${feedPath(0)}?mirror=1`);
  const round = await sources.round();
  assert.deepEqual([round.sourcesPolled, round.newItems, round.pagesRead], [1, 0, 0]);
  assert.equal(pageHits(server, articlePath(0, 0)), 1);
});

/** Extra routes: a rate-limited feed, a slow one, a huge one and a redirect loop. */
function troubleRoutes(req: IncomingMessage, res: ServerResponse, hits: number): boolean {
  switch (req.url) {
    case '/busy.xml':
      if (hits === 1) res.writeHead(429, { 'retry-after': '2' }).end();
      else res.writeHead(302, { location: feedPath(0) }).end();
      return true;
    case '/closed.xml':
      res.writeHead(429, { 'retry-after': '7200' }).end();
      return true;
    case '/slow.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      return true; // never ends
    case '/big.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>${'x'.repeat(200_000)}</title></channel></rss>`,
      );
      return true;
    case '/loop.xml':
      res.writeHead(302, { location: '/loop.xml' }).end();
      return true;
    default:
      return false;
  }
}

test('a 429 with a short Retry-After is waited for; a long one moves the next poll past it', async (t) => {
  const server = await startNewsServer({ feeds: 1, itemsPerFeed: 1, extra: troubleRoutes });
  t.after(() => server.close());
  const { store, clock, now, sources } = setup(t, { maxRetryAfterMs: 60_000 });
  await sources.add(`${server.origin}/busy.xml`);
  await sources.add(`${server.origin}/closed.xml`);
  const round = await sources.round();
  assert.equal(round.sourcesFailed, 1);
  assert.ok(clock.sleeps.includes(2000), `slept ${JSON.stringify(clock.sleeps)}`);
  assert.equal((await sourceOf(store, `${server.origin}/busy.xml`)).itemsNew, 1);
  const closed = await sourceOf(store, `${server.origin}/closed.xml`);
  assert.equal(server.count('/closed.xml'), 1, 'a Retry-After beyond the limit is not retried at once');
  assert.equal(Date.parse(closed.nextPollAt ?? '') - now().getTime(), 7200 * 1000);
  assert.match(closed.lastError ?? '', /HTTP 429/);

  clock.advance(61 * MINUTE);
  await sources.round();
  assert.equal(server.count('/closed.xml'), 1, 'not polled again before the server said');
  clock.advance(60 * MINUTE);
  await sources.round();
  assert.equal(server.count('/closed.xml'), 2);
  const again = await sourceOf(store, `${server.origin}/closed.xml`);
  assert.equal(again.failures, 2);
  assert.equal(again.failingSince, closed.failingSince, 'failing since the first failure');
});

const failures: { name: string; path: string; error: RegExp }[] = [
  { name: 'a slow response is cut off', path: '/slow.xml', error: /timed out after 300 ms/ },
  { name: 'an oversized response is cut off', path: '/big.xml', error: /body over/ },
  { name: 'a redirect loop ends', path: '/loop.xml', error: /redirect loop|too many redirects/ },
];

for (const { name, path, error } of failures) {
  test(`${name} with the error recorded on the source`, async (t) => {
    const server = await startNewsServer({ feeds: 0, itemsPerFeed: 0, extra: troubleRoutes });
    t.after(() => server.close());
    const { store, sources } = setup(t, { timeoutMs: 300, maxBodyBytes: 100_000, maxAttempts: 1 });
    await sources.add(`${server.origin}${path}`);
    const round = await sources.round();
    assert.deepEqual([round.sourcesFailed, round.errors], [1, 1]);
    const source = await sourceOf(store, `${server.origin}${path}`);
    assert.match(source.lastError ?? '', error);
    assert.equal(source.failures, 1);
    assert.ok(source.failingSince);
    assert.ok(server.count(path) <= 6, `${server.count(path)} requests`);
  });
}

test('private addresses are refused unless allowed, and nothing is sent', async (t) => {
  const server = await startNewsServer({ feeds: 1, itemsPerFeed: 1 });
  t.after(() => server.close());
  const { store, sources } = setup(t, { allowPrivate: false });
  await sources.add(`${server.origin}${feedPath(0)}`);
  const round = await sources.round();
  assert.equal(round.sourcesFailed, 1);
  const source = await sourceOf(store, `${server.origin}${feedPath(0)}`);
  assert.match(source.lastError ?? '', /refused private address 127\.0\.0\.1/);
  assert.equal(server.requests.length, 0);
});

test('a feed that carries the full article is read without fetching the page', async (t) => {
  const body = '<p>Northwind Robotics will lay off 340 employees at its plant in Toledo, Ohio.</p>'.repeat(
    20,
  );
  const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Full</title><item><title>Northwind Robotics to cut 340 jobs</title><link>/a.html</link>
<content:encoded><![CDATA[${body}]]></content:encoded></item></channel></rss>`;
  const server = await startNewsServer({
    feeds: 0,
    itemsPerFeed: 0,
    extra: (req, res) => (req.url === '/full.xml' ? (res.end(feed), true) : false),
  });
  t.after(() => server.close());
  const { store, sources } = setup(t);
  await sources.add(`${server.origin}/full.xml`);
  const round = await sources.round();
  assert.deepEqual([round.newItems, round.pagesRead, round.newDocuments], [1, 0, 1]);
  assert.equal(server.count('/a.html'), 0);
  assert.ok((await store.listEvents({ limit: 5 })).some((event) => event.headcount?.exact === 340));
});

test('a page robots.txt forbids falls back to the feed summary; a page that fails for now is tried next round', async (t) => {
  const server = await startNewsServer({
    feeds: 2,
    itemsPerFeed: 1,
    robots: true,
    extra: (req, res, hits) => {
      if (req.url === '/robots.txt') {
        res.end(`User-agent: *\nDisallow: ${articlePath(0, 0)}\n`);
        return true;
      }
      if (req.url?.startsWith(articlePath(1, 0)) && hits === 1) {
        res.writeHead(503).end();
        return true;
      }
      return false;
    },
  });
  const { store, clock, sources } = setup(t, { maxAttempts: 1 });
  t.after(() => server.close());
  await sources.add(`${server.origin}${feedPath(0)}`);
  await sources.add(`${server.origin}${feedPath(1)}`);
  const first = await sources.round();
  assert.equal(pageHits(server, articlePath(0, 0)), 0, 'robots.txt is honoured for pages');
  assert.equal(first.errors, 2);
  assert.equal(first.newDocuments, 1, 'the refused page is stored from its summary; the failing one waits');
  clock.advance(31 * MINUTE);
  const second = await sources.round();
  assert.deepEqual([second.newItems, second.newDocuments, second.errors], [1, 1, 0]);
  assert.equal((await sourceOf(store, `${server.origin}${feedPath(1)}`)).itemsNew, 1);
});

test('a page source is read when it changes and asked with If-Modified-Since otherwise', async (t) => {
  const server = await startNewsServer({
    feeds: 0,
    itemsPerFeed: 0,
    extra: (req, res) => {
      if (req.url !== '/notice.html') return false;
      const stamp = 'Tue, 04 Mar 2025 09:00:00 GMT';
      if (req.headers['if-modified-since'] === stamp) res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'text/html', 'last-modified': stamp }).end(articleHtml(7, 7));
      return true;
    },
  });
  t.after(() => server.close());
  const { store, clock, sources } = setup(t);
  await sources.add(`${server.origin}/notice.html`, { kind: 'page' });
  const first = await sources.round();
  assert.deepEqual([first.pagesRead, first.newDocuments, first.eventsFound], [1, 1, 1]);
  clock.advance(31 * MINUTE);
  const second = await sources.round();
  assert.deepEqual([second.sourcesPolled, second.pagesRead, second.newDocuments], [1, 0, 0]);
  assert.equal(
    (await sourceOf(store, `${server.origin}/notice.html`)).lastModified,
    'Tue, 04 Mar 2025 09:00:00 GMT',
  );
});

test('with no sources yet the default feeds are added, once', async (t) => {
  const { store, sources } = setup(t);
  assert.equal(await sources.addDefaultsWhenEmpty(), DEFAULT_FEEDS.length);
  assert.equal(await sources.addDefaultsWhenEmpty(), 0);
  const urls = (await store.listSources()).map((source) => source.url);
  assert.equal(urls.length, DEFAULT_FEEDS.length);
  assert.ok(urls.every((url) => url.startsWith('https://')));
});
