// The store contract, run against the SQLite driver on a real file in a temporary directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LayoffEvent } from '../domain/index.js';
import { PinkslipError } from '../domain/index.js';
import { openSqliteStore } from './index.js';
import type { NewDocument, Store } from './index.js';

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'pinkslip-store-')), 'test.sqlite');
}

function mention(overrides: Partial<LayoffEvent> = {}): LayoffEvent {
  return {
    company: 'Northwind Robotics',
    aliases: ['Northwind'],
    parent: null,
    headcount: { exact: 340, min: 340, max: 340, text: '340 jobs' },
    percent: null,
    percentDetail: null,
    workforce: null,
    functions: ['manufacturing'],
    locations: ['Toledo, Ohio'],
    announced: '2025-03-04',
    effective: null,
    status: 'announced',
    kind: 'layoff',
    reason: null,
    sources: [],
    confidence: 0.9,
    evidence: { company: { sentence: 'Northwind Robotics will cut 340 jobs.', start: 0, end: 37 } },
    ...overrides,
  };
}

function doc(overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    input: 'a.txt',
    url: null,
    canonicalUrl: null,
    contentHash: 'hash-a',
    title: 'Northwind Robotics to cut 340 jobs',
    published: '2025-03-04',
    fetchedAt: '2025-03-05T10:00:00.000Z',
    isLayoffReport: true,
    ...overrides,
  };
}

function count(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
}

function describeStore(driver: string, open: (path: string) => Store): void {
  test(`${driver}: migrations run once and are recorded`, async () => {
    const path = tempPath();
    await open(path).close();
    await open(path).close();
    assert.equal(count(path, 'schema_migrations'), 1);
    assert.equal(count(path, 'events'), 0);
  });

  test(`${driver}: the same text or the same URL twice is stored once`, async () => {
    const path = tempPath();
    const store = open(path);
    const first = await store.saveDocument(doc({ canonicalUrl: 'https://news.example/a' }), [mention()]);
    assert.equal(first.status, 'new');
    assert.equal((await store.saveDocument(doc({ input: 'copy.txt' }), [mention()])).status, 'duplicate');
    const sameUrl = doc({ contentHash: 'hash-b', canonicalUrl: 'https://news.example/a' });
    assert.equal((await store.saveDocument(sameUrl, [mention()])).status, 'duplicate');
    await store.close();
    assert.equal(count(path, 'documents'), 1);
    assert.equal(count(path, 'mentions'), 1);
  });

  test(`${driver}: two reports of one cut become one event with both sources`, async () => {
    const store = open(tempPath());
    await store.saveDocument(doc(), [mention()]);
    const other = mention({ company: 'Northwind Robotics Inc.', announced: null, sources: ['Reuters'] });
    const second = await store.saveDocument(doc({ input: 'b.txt', contentHash: 'hash-b' }), [other]);
    assert.equal(second.status === 'new' ? second.newEvents : -1, 0);
    const events = await store.listEvents({ limit: 10 });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.sources, ['Reuters']);
    const detail = await store.getEvent(events[0]!.id);
    assert.deepEqual(
      detail?.documents.map((d) => d.input),
      ['a.txt', 'b.txt'],
    );
    await store.close();
  });

  test(`${driver}: a failure mid-document leaves nothing of that document`, async () => {
    const path = tempPath();
    const store = open(path);
    const broken = store.saveDocument(doc(), [mention(), mention({ company: '' })]);
    await assert.rejects(
      broken,
      (error: unknown) => error instanceof PinkslipError && error.code === 'db_failed',
    );
    await store.close();
    for (const table of ['documents', 'mentions', 'events', 'event_sources'])
      assert.equal(count(path, table), 0);
  });

  test(`${driver}: filters by company, dates and limit`, async () => {
    const store = open(tempPath());
    await store.saveDocument(doc(), [mention()]);
    const contoso = mention({ company: 'Contoso', aliases: [], announced: '2025-01-10' });
    await store.saveDocument(doc({ contentHash: 'hash-c' }), [contoso]);
    const names = async (filter: Parameters<Store['listEvents']>[0]) =>
      (await store.listEvents(filter)).map((event) => event.company);
    assert.deepEqual(await names({ limit: 10 }), ['Northwind Robotics', 'Contoso']);
    assert.deepEqual(await names({ limit: 10, company: 'northwind' }), ['Northwind Robotics']);
    assert.deepEqual(await names({ limit: 10, since: '2025-02-01' }), ['Northwind Robotics']);
    assert.deepEqual(await names({ limit: 10, until: '2025-02-01' }), ['Contoso']);
    assert.deepEqual(await names({ limit: 1 }), ['Northwind Robotics']);
    assert.equal(await store.getEvent(999), null);
    await store.close();
  });

  test(`${driver}: a path that cannot be written is a db_unwritable error`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinkslip-store-'));
    writeFileSync(join(dir, 'file'), '');
    assert.throws(
      () => open(join(dir, 'file', 'db.sqlite')),
      (error: unknown) =>
        error instanceof PinkslipError &&
        error.code === 'db_unwritable' &&
        error.message.startsWith('store: cannot open database at '),
    );
  });
}

describeStore('sqlite', openSqliteStore);
