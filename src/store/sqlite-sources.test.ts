// Sources and seen items in the SQLite store: poll records, failure runs, and seen marks tied to their document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './index.js';
import type { NewDocument, SeenItem } from './index.js';

const open = () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'pinkslip-src-')), 's.sqlite'));
const AT = '2025-03-05T10:00:00.000Z';
const LATER = '2025-03-07T10:00:00.000Z';
const NEXT = '2025-03-05T10:30:00.000Z';

const document: NewDocument = {
  input: 'https://news.example/a',
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  contentHash: 'hash-a',
  title: 'A',
  published: null,
  fetchedAt: AT,
  isLayoffReport: false,
};

test('a source is added once; failures run up with the first failure kept; a success clears them', async () => {
  const store = open();
  const added = await store.addSource({
    url: 'https://news.example/feed',
    kind: 'feed',
    title: null,
    intervalSeconds: 1800,
    addedAt: AT,
  });
  assert.equal(added.status, 'added');
  const again = await store.addSource({ ...added.source, title: 'other' });
  assert.deepEqual([again.status, again.source.id], ['exists', added.source.id]);
  const id = added.source.id;
  await store.recordPoll(id, { status: 'failed', at: AT, nextPollAt: NEXT, error: 'fetch: HTTP 500' });
  await store.recordPoll(id, { status: 'failed', at: LATER, nextPollAt: LATER, error: 'fetch: HTTP 503' });
  let [source] = await store.listSources();
  assert.deepEqual(
    [source?.failures, source?.failingSince, source?.lastError, source?.lastErrorAt],
    [2, AT, 'fetch: HTTP 503', LATER],
  );
  await store.recordPoll(id, {
    status: 'ok',
    at: LATER,
    nextPollAt: NEXT,
    etag: '"v1"',
    lastModified: null,
    title: 'News',
    itemsSeen: 3,
    itemsNew: 2,
  });
  [source] = await store.listSources();
  assert.deepEqual(
    [
      source?.failures,
      source?.failingSince,
      source?.etag,
      source?.title,
      source?.itemsSeen,
      source?.itemsNew,
    ],
    [0, null, '"v1"', 'News', 3, 2],
  );
  assert.equal(await store.removeSource('https://news.example/feed'), true);
  assert.equal(await store.removeSource('https://news.example/feed'), false);
  await store.close();
});

test('an item is seen by any of its keys once its document is saved, and only then', async () => {
  const store = open();
  const item: SeenItem = {
    sourceId: null,
    canonicalUrl: 'https://news.example/a',
    guid: 'feed g1',
    contentHash: null,
  };
  assert.equal(await store.hasSeen(item), false);
  await assert.rejects(
    store.saveDocument({ ...document, contentHash: '' }, [{ company: '' } as never], item),
  );
  assert.equal(await store.hasSeen(item), false, 'a failed save marks nothing seen');
  await store.saveDocument(document, [], item);
  for (const keys of [
    { canonicalUrl: 'https://news.example/a', guid: null, contentHash: null },
    { canonicalUrl: null, guid: 'feed g1', contentHash: null },
    { canonicalUrl: null, guid: null, contentHash: 'hash-a' },
  ])
    assert.equal(await store.hasSeen({ sourceId: null, ...keys }), true, JSON.stringify(keys));
  const other = {
    sourceId: null,
    canonicalUrl: 'https://news.example/b',
    guid: 'feed g2',
    contentHash: null,
  };
  const duplicate = await store.saveDocument(
    { ...document, canonicalUrl: 'https://news.example/b' },
    [],
    other,
  );
  assert.equal(duplicate.status, 'duplicate');
  assert.equal(await store.hasSeen(other), true, 'a duplicate document still marks its item seen');
  await store.close();
});
