// `pinkslip sources` and `ingest --feed/--opml` end to end as a child process, against a real server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedPath, startNewsServer } from '../pipeline/testdata/news-server.js';

const MAIN = 'dist/main.js';
const ENV = { ...process.env, PINKSLIP_HOST_DELAY_MS: '0' };

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'pinkslip-sources-')), 'sources.sqlite');
}

function run(db: string, args: string[]) {
  const result = spawnSync(process.execPath, [MAIN, '--db', db, ...args], { env: ENV, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Async, for commands that fetch from the server living in this process. */
function runAsync(
  db: string,
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, '--db', db, ...args], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

test('sources add, list --json, export, remove and import round-trip', () => {
  const db = tempDb();
  assert.match(
    run(db, ['sources', 'add', 'https://news.example/feed.xml?utm_source=x', '--interval', '2h']).stdout,
    /^added: https:\/\/news\.example\/feed\.xml\n$/,
  );
  assert.match(run(db, ['sources', 'add', 'https://news.example/feed.xml']).stdout, /^already followed/);
  run(db, ['sources', 'add', 'https://news.example/page.html', '--kind', 'page']);
  const listed = run(db, ['sources', 'list', '--json'])
    .stdout.trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(
    listed.map((source) => [source.url, source.kind, source.interval, source.health]),
    [
      ['https://news.example/feed.xml', 'feed', '2h', 'new'],
      ['https://news.example/page.html', 'page', '30m', 'new'],
    ],
  );
  const opml = run(db, ['sources', 'export']).stdout;
  assert.match(opml, /<outline type="rss" [^>]*xmlUrl="https:\/\/news\.example\/feed\.xml"/);
  assert.doesNotMatch(opml, /page\.html/);
  assert.equal(run(db, ['sources', 'remove', 'https://news.example/feed.xml']).status, 0);
  assert.match(run(db, ['sources']).stdout, /page\.html/);
  const file = join(mkdtempSync(join(tmpdir(), 'pinkslip-opml-')), 'list.opml');
  writeFileSync(file, opml);
  assert.match(run(db, ['sources', 'import', file]).stdout, /1 added, 0 already followed/);
});

const mistakes: { name: string; args: string[]; status: number; stderr: RegExp }[] = [
  {
    name: 'bad interval',
    args: ['sources', 'add', 'https://a.example/f', '--interval', 'often'],
    status: 2,
    stderr: /--interval: expected an interval/,
  },
  {
    name: 'too short interval',
    args: ['sources', 'add', 'https://a.example/f', '--interval', '5s'],
    status: 2,
    stderr: /at least 60s/,
  },
  {
    name: 'not http',
    args: ['sources', 'add', 'ftp://a.example/f'],
    status: 2,
    stderr: /only http and https/,
  },
  {
    name: 'remove unknown',
    args: ['sources', 'remove', 'https://a.example/none'],
    status: 1,
    stderr: /^pinkslip: sources: sources: not following/,
  },
  {
    name: 'import missing file',
    args: ['sources', 'import', 'missing.opml'],
    status: 1,
    stderr: /cannot read missing\.opml: no such file/,
  },
  {
    name: 'ingest without input',
    args: ['ingest'],
    status: 2,
    stderr: /give an input, --feed URL or --opml FILE/,
  },
];

for (const { name, args, status, stderr } of mistakes) {
  test(`sources mistake gets one line and exit ${status}: ${name}`, () => {
    const result = run(tempDb(), args);
    assert.equal(result.status, status, result.stderr);
    assert.match(result.stderr, stderr);
    assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
  });
}

test('ingest --feed is refused on loopback without --allow-private, then stores the items with it', async (t) => {
  const server = await startNewsServer({ feeds: 2, itemsPerFeed: 2 });
  t.after(() => server.close());
  const db = tempDb();
  const feed = `${server.origin}${feedPath(0)}`;
  const refused = await runAsync(db, ['ingest', '--feed', feed]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^pinkslip: ingest: 1 of 1 feeds failed/);
  assert.equal(server.requests.length, 0);
  assert.match(run(db, ['sources']).stdout, /FAILING for \d+m \(1 failure\): fetch: refused private address/);

  const opml = join(mkdtempSync(join(tmpdir(), 'pinkslip-opml-')), 'one.opml');
  writeFileSync(
    opml,
    `<opml version="2.0"><body><outline text="one" xmlUrl="${server.origin}${feedPath(1)}"/></body></opml>`,
  );
  const allowed = await runAsync(db, ['--allow-private', 'ingest', '--feed', feed, '--opml', opml]);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.match(
    allowed.stdout,
    /round: 2 sources polled, 4 new items, 4 pages read, 4 new documents, 4 events found/,
  );
  assert.equal(run(db, ['events', '--json']).stdout.trim().split('\n').length, 4);
});

test('--help explains sources and watch', () => {
  const db = tempDb();
  assert.match(run(db, ['--help']).stdout, /--allow-private[\s\S]*sources[\s\S]*watch/);
  assert.match(
    run(db, ['sources', '--help']).stdout,
    /add[\s\S]*list[\s\S]*remove[\s\S]*import[\s\S]*export/,
  );
  assert.match(run(db, ['watch', '--help']).stdout, /--once/);
  assert.match(run(db, ['ingest', '--help']).stdout, /--feed[\s\S]*--opml/);
});
