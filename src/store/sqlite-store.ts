// The SQLite driver of the Store (better-sqlite3, WAL): the only place that writes SQL for SQLite.
import Database from 'better-sqlite3';
import type { LayoffEvent } from '../domain/index.js';
import { PinkslipError } from '../domain/index.js';
import { companyKey, matchEvent, mergeMention } from '../resolve/index.js';
import { migrate } from './sqlite-migrate.js';
import * as sources from './sqlite-sources.js';
import type { NewSource, PollRecord, SeenItem } from './sources.js';
import { EVENT_COLUMNS, eventParams, rowToEvent } from './sqlite-rows.js';
import type { Row } from './sqlite-rows.js';
import type { EventDetail, EventDocument, EventFilter, NewDocument, SaveResult, Store } from './store.js';

const COLUMNS = EVENT_COLUMNS.join(', ');
const VALUES = EVENT_COLUMNS.map((column) => `@${column}`).join(', ');
const UPDATES = EVENT_COLUMNS.map((column) => `${column} = @${column}`).join(', ');

/** Opens (creating and migrating when needed) the database file at path. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new PinkslipError(
      'db_unwritable',
      `store: cannot open database at ${path}: ${lowerFirst(reason)}`,
      {
        cause: error,
      },
    );
  }
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #save: (
    document: NewDocument,
    mentions: readonly LayoffEvent[],
    seen: SeenItem | undefined,
  ) => SaveResult;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#save = db.transaction((document, mentions, seen) => {
      const result = this.#saveNow(document, mentions);
      if (seen) {
        const item = { ...seen, contentHash: seen.contentHash ?? document.contentHash };
        sources.markSeen(db, item, result.documentId, document.fetchedAt);
      }
      return result;
    });
  }

  async saveDocument(
    document: NewDocument,
    mentions: readonly LayoffEvent[],
    seen?: SeenItem,
  ): Promise<SaveResult> {
    try {
      return this.#save(document, mentions, seen);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PinkslipError('db_failed', `store: cannot save ${document.input}: ${reason}`, {
        cause: error,
      });
    }
  }

  #saveNow(document: NewDocument, mentions: readonly LayoffEvent[]): SaveResult {
    const db = this.#db;
    const existing = db
      .prepare('SELECT id FROM documents WHERE content_hash = ? OR canonical_url = ? LIMIT 1')
      .pluck()
      .get(document.contentHash, document.canonicalUrl);
    if (existing !== undefined) return { status: 'duplicate', documentId: Number(existing) };
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO documents (input, url, canonical_url, content_hash, title, published, fetched_at, is_layoff_report)
           VALUES (@input, @url, @canonicalUrl, @contentHash, @title, @published, @fetchedAt, @isLayoffReport)`,
        )
        .run({ ...document, isLayoffReport: document.isLayoffReport ? 1 : 0 }).lastInsertRowid,
    );
    const eventIds: number[] = [];
    let newEvents = 0;
    mentions.forEach((mention, position) => {
      const mentionId = db
        .prepare(
          `INSERT INTO mentions (document_id, position, ${COLUMNS}) VALUES (@documentId, @position, ${VALUES})`,
        )
        .run({ documentId, position, ...eventParams(mention) }).lastInsertRowid;
      const candidates = db
        .prepare('SELECT * FROM events WHERE company_key = ?')
        .all(companyKey(mention.company))
        .map((row) => rowToEvent(row as Row));
      const match = matchEvent(mention, candidates);
      const stamps = { first_seen: document.fetchedAt, last_updated: document.fetchedAt };
      let eventId: number;
      if (match) {
        eventId = match.id;
        db.prepare(`UPDATE events SET ${UPDATES}, last_updated = @last_updated WHERE id = @id`).run({
          id: eventId,
          ...eventParams(mergeMention(match, mention)),
          ...stamps,
        });
      } else {
        const params = { ...eventParams(mention), ...stamps };
        const sql = `INSERT INTO events (${COLUMNS}, first_seen, last_updated) VALUES (${VALUES}, @first_seen, @last_updated)`;
        eventId = Number(db.prepare(sql).run(params).lastInsertRowid);
        newEvents++;
      }
      db.prepare('INSERT INTO event_sources (event_id, mention_id) VALUES (?, ?)').run(eventId, mentionId);
      eventIds.push(eventId);
    });
    return { status: 'new', documentId, eventIds, newEvents };
  }

  async listEvents(filter: EventFilter) {
    const where: string[] = [];
    const company = filter.company?.trim().toLowerCase();
    if (company)
      where.push(
        '(company_key = @key OR instr(lower(company), @company) OR instr(lower(aliases), @company))',
      );
    if (filter.since) where.push('coalesce(announced, substr(first_seen, 1, 10)) >= @since');
    if (filter.until) where.push('coalesce(announced, substr(first_seen, 1, 10)) <= @until');
    const sql = `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY announced IS NULL, announced DESC, id DESC LIMIT @limit`;
    const params = {
      key: companyKey(company ?? ''),
      company: company ?? '',
      since: filter.since ?? '',
      until: filter.until ?? '',
      limit: filter.limit,
    };
    return this.#db
      .prepare(sql)
      .all(params)
      .map((row) => rowToEvent(row as Row));
  }

  async getEvent(id: number): Promise<EventDetail | null> {
    const row = this.#db.prepare('SELECT * FROM events WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const documents = this.#db
      .prepare(
        `SELECT DISTINCT d.id, d.input, d.url, d.title, d.published FROM event_sources s
         JOIN mentions m ON m.id = s.mention_id JOIN documents d ON d.id = m.document_id
         WHERE s.event_id = ? ORDER BY d.id`,
      )
      .all(id) as EventDocument[];
    return { ...rowToEvent(row), documents };
  }

  async addSource(source: NewSource) {
    return this.#run('cannot add source', () => sources.addSource(this.#db, source));
  }

  async listSources() {
    return sources.listSources(this.#db);
  }

  async removeSource(url: string) {
    return this.#run('cannot remove source', () => sources.removeSource(this.#db, url));
  }

  async recordPoll(sourceId: number, record: PollRecord) {
    this.#run('cannot record poll', () => sources.recordPoll(this.#db, sourceId, record));
  }

  async hasSeen(item: SeenItem) {
    return sources.hasSeen(this.#db, item);
  }

  async markSeen(item: SeenItem, at: string) {
    this.#run('cannot mark item seen', () => sources.markSeen(this.#db, item, null, at));
  }

  #run<T>(what: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PinkslipError('db_failed', `store: ${what}: ${reason}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
