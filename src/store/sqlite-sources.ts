// SQLite statements for sources and seen items (the Store's watch half); called inside the driver.
import type Database from 'better-sqlite3';
import type { AddSourceResult, NewSource, PollRecord, SeenItem, Source, SourceKind } from './sources.js';

type Row = Record<string, unknown>;

export function addSource(db: Database.Database, source: NewSource): AddSourceResult {
  const existing = db.prepare('SELECT * FROM sources WHERE url = ?').get(source.url) as Row | undefined;
  if (existing) return { status: 'exists', source: rowToSource(existing) };
  const id = db
    .prepare(
      `INSERT INTO sources (url, kind, title, interval_seconds, added_at)
       VALUES (@url, @kind, @title, @intervalSeconds, @addedAt)`,
    )
    .run(source).lastInsertRowid;
  return {
    status: 'added',
    source: rowToSource(db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as Row),
  };
}

export function listSources(db: Database.Database): Source[] {
  return db
    .prepare('SELECT * FROM sources ORDER BY id')
    .all()
    .map((row) => rowToSource(row as Row));
}

export function removeSource(db: Database.Database, url: string): boolean {
  return db.prepare('DELETE FROM sources WHERE url = ?').run(url).changes > 0;
}

export function recordPoll(db: Database.Database, sourceId: number, record: PollRecord): void {
  const params = { id: sourceId, at: record.at, next: record.nextPollAt };
  if (record.status === 'failed') {
    db.prepare(
      `UPDATE sources SET last_polled_at = @at, next_poll_at = @next, last_error = @error, last_error_at = @at,
         failures = failures + 1, failing_since = coalesce(failing_since, @at) WHERE id = @id`,
    ).run({ ...params, error: record.error });
    return;
  }
  const ok = `last_polled_at = @at, next_poll_at = @next, last_success_at = @at, failures = 0, failing_since = NULL`;
  if (record.status === 'not_modified') {
    db.prepare(`UPDATE sources SET ${ok} WHERE id = @id`).run(params);
    return;
  }
  db.prepare(
    `UPDATE sources SET ${ok}, etag = @etag, last_modified = @lastModified, title = coalesce(title, @title),
       items_seen = items_seen + @itemsSeen, items_new = items_new + @itemsNew WHERE id = @id`,
  ).run({
    ...params,
    etag: record.etag,
    lastModified: record.lastModified,
    title: record.title,
    itemsSeen: record.itemsSeen,
    itemsNew: record.itemsNew,
  });
}

/** Has an item with this canonical URL, GUID or content hash been seen (from any source)? */
export function hasSeen(db: Database.Database, item: SeenItem): boolean {
  const found = db
    .prepare(
      `SELECT 1 FROM seen_items WHERE canonical_url = @canonicalUrl OR guid = @guid OR content_hash = @contentHash
       LIMIT 1`,
    )
    .get(item);
  return found !== undefined;
}

export function markSeen(db: Database.Database, item: SeenItem, documentId: number | null, at: string): void {
  db.prepare(
    `INSERT INTO seen_items (source_id, canonical_url, guid, content_hash, document_id, seen_at)
     VALUES (@sourceId, @canonicalUrl, @guid, @contentHash, @documentId, @at)`,
  ).run({ ...item, documentId, at });
}

function rowToSource(row: Row): Source {
  const text = (column: string) => (row[column] ?? null) as string | null;
  return {
    id: Number(row.id),
    url: String(row.url),
    kind: String(row.kind) as SourceKind,
    title: text('title'),
    intervalSeconds: Number(row.interval_seconds),
    addedAt: String(row.added_at),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextPollAt: text('next_poll_at'),
    lastPolledAt: text('last_polled_at'),
    lastSuccessAt: text('last_success_at'),
    lastError: text('last_error'),
    lastErrorAt: text('last_error_at'),
    failingSince: text('failing_since'),
    failures: Number(row.failures),
    itemsSeen: Number(row.items_seen),
    itemsNew: Number(row.items_new),
  };
}
