// The API in-process (app.request) over a real SQLite store in a temporary directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createEventServices } from '../services/index.js';
import { openSqliteStore } from '../store/index.js';
import { createApp } from './index.js';

async function appWithEvent() {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'pinkslip-api-')), 'api.sqlite'));
  await store.saveDocument(
    {
      input: 'a.txt',
      url: null,
      canonicalUrl: null,
      contentHash: 'hash-a',
      title: 'Cut',
      published: '2025-03-04',
      fetchedAt: '2025-03-05T10:00:00.000Z',
      isLayoffReport: true,
    },
    [
      {
        company: 'Fabrikam <Labs> & "Sons"',
        aliases: [],
        parent: null,
        headcount: { exact: null, min: 200, max: 999, text: 'hundreds' },
        percent: 12,
        percentDetail: null,
        workforce: null,
        functions: ['sales'],
        locations: [],
        announced: '2025-03-04',
        effective: null,
        status: 'announced',
        kind: 'layoff',
        reason: null,
        sources: ['Example Wire'],
        confidence: 0.8,
        evidence: {},
      },
    ],
  );
  return createApp(createEventServices(store, { stdin: Readable.from([]), now: () => new Date(0) }));
}

test('GET /api/events lists events as snake_case JSON', async () => {
  const app = await appWithEvent();
  const response = await app.request('/api/events?company=fabrikam&since=2025-01-01');
  assert.equal(response.status, 200);
  const body = (await response.json()) as { events: Record<string, unknown>[] };
  assert.equal(body.events.length, 1);
  assert.equal(body.events[0]?.company, 'Fabrikam <Labs> & "Sons"');
  assert.deepEqual(body.events[0]?.headcount, { exact: null, min: 200, max: 999, text: 'hundreds' });
  assert.equal(body.events[0]?.first_seen, '2025-03-05T10:00:00.000Z');
});

const badRequests: [string, string, number][] = [
  ['a date that is not a date', '/api/events?since=2025-02-30', 400],
  ['a limit that is not a number', '/api/events?limit=lots', 400],
  ['an event that does not exist', '/api/events/999', 404],
  ['an id that is not a number', '/api/events/abc', 404],
  ['an unknown route', '/api/nothing', 404],
];

for (const [name, path, status] of badRequests) {
  test(`GET ${path}: ${name} → ${status} with a JSON error`, async () => {
    const response = await (await appWithEvent()).request(path);
    assert.equal(response.status, status);
    assert.match(((await response.json()) as { error: string }).error, /^api: /);
  });
}

test('GET /api/events/:id returns the event with its documents', async () => {
  const app = await appWithEvent();
  const body = (await (await app.request('/api/events/1')).json()) as { documents: { input: string }[] };
  assert.deepEqual(
    body.documents.map((document) => document.input),
    ['a.txt'],
  );
});

test('GET / renders the events page with escaped text', async () => {
  const response = await (await appWithEvent()).request('/');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  const html = await response.text();
  assert.match(html, /Fabrikam &lt;Labs&gt; &amp; &quot;Sons&quot;/);
  assert.match(html, /200–999 \(hundreds\)/);
  assert.doesNotMatch(html, /<Labs>/);
});
