// Numbered schema migrations, applied in order once each and recorded in schema_migrations.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The columns an event and a mention share: the fields of the event model. */
const EVENT_FIELDS = `
  company TEXT NOT NULL CHECK (company <> ''),
  company_key TEXT NOT NULL,
  aliases TEXT NOT NULL,
  parent TEXT,
  headcount_exact INTEGER,
  headcount_min INTEGER,
  headcount_max INTEGER,
  headcount_text TEXT,
  percent REAL,
  percent_detail TEXT,
  workforce INTEGER,
  functions TEXT NOT NULL,
  locations TEXT NOT NULL,
  announced TEXT,
  effective TEXT,
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  reason TEXT,
  sources TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        fetched_at TEXT NOT NULL,
        is_layoff_report INTEGER NOT NULL
      );
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,${EVENT_FIELDS},
        first_seen TEXT NOT NULL,
        last_updated TEXT NOT NULL
      );
      CREATE INDEX events_company_key ON events (company_key);
      CREATE INDEX events_announced ON events (announced, id);
      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        position INTEGER NOT NULL,${EVENT_FIELDS},
        UNIQUE (document_id, position)
      );
      CREATE TABLE event_sources (
        event_id INTEGER NOT NULL REFERENCES events (id),
        mention_id INTEGER NOT NULL UNIQUE REFERENCES mentions (id),
        PRIMARY KEY (event_id, mention_id)
      );
    `,
  },
  {
    version: 2,
    name: 'sources and seen items',
    sql: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
        title TEXT,
        interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
        etag TEXT,
        last_modified TEXT,
        added_at TEXT NOT NULL,
        next_poll_at TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        failing_since TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        items_seen INTEGER NOT NULL DEFAULT 0,
        items_new INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE seen_items (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        canonical_url TEXT,
        guid TEXT,
        content_hash TEXT,
        document_id INTEGER REFERENCES documents (id),
        seen_at TEXT NOT NULL
      );
      CREATE INDEX seen_items_url ON seen_items (canonical_url);
      CREATE INDEX seen_items_guid ON seen_items (guid);
      CREATE INDEX seen_items_hash ON seen_items (content_hash);
    `,
  },
];
