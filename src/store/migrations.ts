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
];
