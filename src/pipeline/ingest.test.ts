// The pipeline on the invented samples: pure processing, then ingest into a real SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/index.js';
import { ingestDocuments, processDocument } from './index.js';

const NORTHWIND = 'samples/northwind-robotics-340.txt';
const HIRING = 'samples/brightwave-energy-hiring.txt';
const raw = (input: string, url: string | null = null) => ({ input, url, bytes: readFileSync(input) });

test('processDocument: the given publication date wins over the page', () => {
  assert.equal(processDocument(raw(NORTHWIND), { published: '2025-03-05' }).published, '2025-03-05');
});

test('processDocument: an article about hiring is not a layoff report', () => {
  const { extraction } = processDocument(raw(HIRING), { published: null });
  assert.equal(extraction.isLayoffReport, false);
  assert.deepEqual(extraction.events, []);
});

test('ingestDocuments: stores each document once, reports progress in order', async () => {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'pinkslip-pipeline-')), 'p.sqlite'));
  const seen: string[] = [];
  const ctx = { published: null, now: () => new Date('2025-03-05T10:00:00Z') };
  const inputs = [
    raw(NORTHWIND, 'https://news.example/northwind?utm_source=feed'),
    raw(HIRING),
    raw(NORTHWIND),
  ];
  const results = await ingestDocuments(store, inputs, ctx, (item) => seen.push(item.result.status));
  assert.deepEqual(seen, ['new', 'new', 'duplicate']);
  assert.deepEqual(
    results.map((item) => item.input),
    [NORTHWIND, HIRING, NORTHWIND],
  );
  const otherTextSameUrl = {
    input: 'copy',
    url: 'https://news.example/northwind#top',
    bytes: Buffer.from('A different text entirely.'),
  };
  const again = await ingestDocuments(store, [otherTextSameUrl], ctx);
  assert.equal(again[0]?.result.status, 'duplicate');
  const events = await store.listEvents({ limit: 10 });
  assert.ok(events.some((event) => event.company.startsWith('Northwind Robotics')));
  assert.ok(events.every((event) => event.firstSeen === '2025-03-05T10:00:00.000Z'));
  await store.close();
});
