// npm run bench:watch — one watch round over 100 feeds (3 items each, pages to read) on a local server, then a conditional round.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFetcher } from '../src/ingest/fetch/index.js';
import { feedPath, startNewsServer } from '../src/pipeline/testdata/news-server.js';
import { createSourceServices } from '../src/services/index.js';
import { openSqliteStore } from '../src/store/index.js';

const SOURCES = 100;
const ITEMS_PER_FEED = 3;
/** All sources sit on one host here; the fetcher's per-host gap is set to 0 and its per-host concurrency varied. */
const HOST_CONCURRENCY = [2, 8];

for (const perHostConcurrency of HOST_CONCURRENCY) {
  const server = await startNewsServer({ feeds: SOURCES, itemsPerFeed: ITEMS_PER_FEED });
  const dir = mkdtempSync(join(tmpdir(), 'pinkslip-bench-watch-'));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0, perHostConcurrency });
  let now = Date.now();
  const sources = createSourceServices(store, { now: () => new Date(now), fetcher: () => fetcher });
  for (let feed = 0; feed < SOURCES; feed++) await sources.add(`${server.origin}${feedPath(feed)}`);

  for (const round of ['first', 'second (conditional)']) {
    const requests = server.requests.length;
    const started = performance.now();
    const summary = await sources.round();
    const seconds = (performance.now() - started) / 1000;
    const sent = server.requests.length - requests;
    console.log(
      `per-host concurrency ${perHostConcurrency}, ${round} round: ${summary.sourcesPolled} sources in ${seconds.toFixed(2)} s, ` +
        `${sent} requests (${(sent / seconds).toFixed(0)}/s), ${summary.newItems} new items ` +
        `(${(summary.newItems / seconds).toFixed(1)} items/s), ${summary.pagesRead} pages read, ` +
        `${summary.eventsFound} events, ${summary.errors} errors`,
    );
    now += 31 * 60_000;
  }
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
