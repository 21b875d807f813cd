// Crash safety end to end: an ingest killed mid-batch, then run again, stores every document once and whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const MAIN = 'dist/main.js';
const DOCUMENTS = 200;

test('ingest killed with SIGKILL mid-batch, then rerun, stores each document exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinkslip-crash-'));
  const db = join(dir, 'crash.sqlite');
  const sample = readFileSync('samples/northwind-robotics-340.txt', 'utf8');
  const inputs = Array.from({ length: DOCUMENTS }, (_, i) => {
    const path = join(dir, `article-${i}.txt`);
    writeFileSync(path, sample.replaceAll('Northwind', `Northwind${i}`).replaceAll('340', String(100 + i)));
    return path;
  });
  const child = spawn(process.execPath, [MAIN, '--db', db, 'ingest', ...inputs], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('new ')) resolve();
    }),
  );
  child.kill('SIGKILL');
  await exited;

  const rerun = spawnSync(process.execPath, [MAIN, '--db', db, 'ingest', ...inputs], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const [, fresh, duplicates] = /(\d+) new, (\d+) duplicate/.exec(rerun.stdout) ?? [];
  assert.equal(Number(fresh) + Number(duplicates), DOCUMENTS);
  assert.ok(Number(duplicates) > 0, 'the first run stored something before it was killed');

  const sqlite = new Database(db, { readonly: true });
  const count = (sql: string) => Number(sqlite.prepare(sql).pluck().get());
  assert.equal(count('SELECT count(*) FROM documents'), DOCUMENTS);
  assert.equal(count('SELECT count(DISTINCT content_hash) FROM documents'), DOCUMENTS);
  const unlinked =
    'SELECT count(*) FROM mentions m LEFT JOIN event_sources s ON s.mention_id = m.id WHERE s.event_id IS NULL';
  assert.equal(count(unlinked), 0);
  sqlite.close();
});
