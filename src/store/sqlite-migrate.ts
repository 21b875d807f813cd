// Applies the numbered migrations a SQLite database has not seen yet, each in its own transaction.
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { Migration } from './migrations.js';

/** Brings the schema up to date; returns the versions it applied. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((version) => Number(version)),
  );
  const pending = MIGRATIONS.filter((migration) => !applied.has(migration.version));
  const apply = db.transaction((migration: Migration) => {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(
      migration.version,
      migration.name,
    );
  });
  for (const migration of [...pending].sort((a, b) => a.version - b.version)) apply(migration);
  return pending.map((migration) => migration.version);
}
