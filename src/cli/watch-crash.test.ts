// Crash safety of watch end to end: killed with SIGKILL mid-round, then run again, it loses no item and stores none twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { articlePath, feedPath, startNewsServer } from '../pipeline/testdata/news-server.js';

const MAIN = 'dist/main.js';
const FEEDS = 4;
const ITEMS = 10;
const ENV = { ...process.env, PINKSLIP_HOST_DELAY_MS: '0', PINKSLIP_ALLOW_PRIVATE: '1' };

function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

test('watch killed with SIGKILL mid-round, then run again, stores every item exactly once', async (t) => {
  const server = await startNewsServer({ feeds: FEEDS, itemsPerFeed: ITEMS, pageDelayMs: 20 });
  t.after(() => server.close());
  const db = join(mkdtempSync(join(tmpdir(), 'pinkslip-watch-crash-')), 'crash.sqlite');
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [MAIN, '--db', db, ...args], { env: ENV, encoding: 'utf8' });
  for (let feed = 0; feed < FEEDS; feed++)
    assert.equal(cli(['sources', 'add', `${server.origin}${feedPath(feed)}`]).status, 0);

  const child = spawn(process.execPath, [MAIN, '--db', db, 'watch', '--once'], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let seen = 0;
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      seen += (chunk.toString().match(/^new /gm) ?? []).length;
      if (seen >= 3) resolve();
    }),
  );
  child.kill('SIGKILL');
  await exited;
  const stored = (sql: string) => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return Number(sqlite.prepare(sql).pluck().get());
    } finally {
      sqlite.close();
    }
  };
  const before = stored('SELECT count(*) FROM documents');
  assert.ok(before > 0 && before < FEEDS * ITEMS, `killed mid-round: ${before} documents stored`);

  // Async: the test server lives in this process, so the rerun must not block its event loop.
  const rerun = await runAsync([MAIN, '--db', db, 'watch', '--once']);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, /round: \d+ sources? polled/);

  const total = FEEDS * ITEMS;
  assert.equal(stored('SELECT count(*) FROM documents'), total);
  assert.equal(stored('SELECT count(DISTINCT content_hash) FROM documents'), total);
  assert.equal(stored('SELECT count(*) FROM seen_items'), total);
  assert.equal(stored('SELECT count(DISTINCT canonical_url) FROM seen_items'), total);
  assert.equal(stored('SELECT count(*) FROM seen_items WHERE document_id IS NULL'), 0);
  assert.equal(stored('SELECT count(DISTINCT company) FROM events'), total);
  const pageHits = (feed: number, item: number) =>
    server.requests.filter((request) => request.path.split('?')[0] === articlePath(feed, item)).length;
  let refetched = 0;
  for (let feed = 0; feed < FEEDS; feed++)
    for (let item = 0; item < ITEMS; item++) {
      assert.ok(pageHits(feed, item) >= 1);
      refetched += pageHits(feed, item) - 1;
    }
  // Only pages in flight at the kill are fetched twice: at most one per source polled at once.
  assert.ok(refetched <= FEEDS, `${refetched} pages fetched twice`);
  assert.equal(cli(['sources', 'list', '--json']).stdout.trim().split('\n').length, FEEDS);
});
