// The built CLI end to end as a child process (node dist/main.js), on sample articles and temp databases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = 'dist/main.js';
const NORTHWIND = 'samples/northwind-robotics-340.txt';
const CONTOSO = 'samples/contoso-freight-warn-112.txt';
const HIRING = 'samples/brightwave-energy-hiring.txt';
const LABEL_FIELDS = [
  'company',
  'aliases',
  'parent',
  'headcount',
  'percent',
  'functions',
  'locations',
  'announced',
];

function run(args: string[], input?: string) {
  assert.ok(existsSync(MAIN), `${MAIN} is missing: run npm run build first`);
  const env = { ...process.env, PINKSLIP_DB: join(tempDir(), 'default.sqlite') };
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', input, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pinkslip-cli-'));
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('extract --json prints one line per input, in input order, with the event fields', () => {
  const { status, stdout } = run(['extract', '--json', NORTHWIND, HIRING]);
  assert.equal(status, 0);
  const [northwind, hiring] = jsonLines(stdout);
  assert.deepEqual(Object.keys(northwind ?? {}), [
    'input',
    'title',
    'published',
    'is_layoff_report',
    'events',
  ]);
  assert.equal(northwind?.input, NORTHWIND);
  assert.equal(northwind?.is_layoff_report, true);
  const [event] = northwind?.events as Record<string, unknown>[];
  assert.match(String(event?.company), /^Northwind Robotics/);
  for (const field of [...LABEL_FIELDS, 'sources', 'status', 'kind', 'confidence', 'evidence']) {
    assert.ok(field in (event ?? {}), `event has ${field}`);
  }
  assert.equal(hiring?.input, HIRING);
  assert.equal(hiring?.is_layoff_report, false);
});

test('extract reads stdin for "-" and takes --published', () => {
  const { status, stdout } = run(
    ['extract', '--json', '--published', '2025-03-04', '-'],
    readFileSync(NORTHWIND, 'utf8'),
  );
  assert.equal(status, 0);
  assert.deepEqual(
    jsonLines(stdout).map((line) => [line.input, line.published]),
    [['-', '2025-03-04']],
  );
});

test('text --json prints the article and its metadata', () => {
  const { status, stdout } = run(['text', '--json', NORTHWIND]);
  assert.equal(status, 0);
  const [article] = jsonLines(stdout);
  const keys = ['input', 'title', 'published', 'byline', 'publisher', 'url', 'language', 'text'];
  assert.deepEqual(Object.keys(article ?? {}), keys);
  assert.match(String(article?.text), /340 jobs/);
});

test('ingest twice stores the article once and lists its events once', () => {
  const db = join(tempDir(), 'twice.sqlite');
  assert.match(run(['--db', db, 'ingest', CONTOSO]).stdout, /1 new, 0 duplicate/);
  const once = jsonLines(run(['--db', db, 'events', '--json']).stdout);
  assert.ok(once.some((event) => /^Contoso Freight/.test(String(event.company))));
  const second = run(['ingest', '--db', db, CONTOSO]);
  assert.equal(second.status, 0);
  assert.match(second.stdout, /0 new, 1 duplicate/);
  assert.deepEqual(jsonLines(run(['--db', db, 'events', '--json']).stdout), once);
  const csv = run(['--db', db, 'events', '--csv']).stdout.split('\r\n');
  assert.match(csv[0] ?? '', /^id,company,/);
  assert.equal(csv.filter(Boolean).length, once.length + 1);
});

test('a missing input stops ingest before anything is written', () => {
  const db = join(tempDir(), 'partial.sqlite');
  const { status, stderr } = run(['--db', db, 'ingest', CONTOSO, 'samples/missing.txt']);
  assert.equal(status, 1);
  assert.equal(stderr, 'pinkslip: ingest: cannot read samples/missing.txt: no such file\n');
  assert.deepEqual(jsonLines(run(['--db', db, 'events', '--json']).stdout), []);
});

const notAFile = join(tempDir(), 'file');
writeFileSync(notAFile, '');

const mistakes: { name: string; args: string[]; status: number; stderr: RegExp }[] = [
  {
    name: 'unknown flag',
    args: ['extract', '--bogus', NORTHWIND],
    status: 2,
    stderr: /unknown option '--bogus'/,
  },
  { name: 'unknown command', args: ['frobnicate'], status: 2, stderr: /unknown command 'frobnicate'/ },
  { name: 'missing input', args: ['extract'], status: 2, stderr: /missing required argument/ },
  {
    name: 'missing file',
    args: ['extract', 'missing.txt'],
    status: 1,
    stderr: /^pinkslip: extract: cannot read/,
  },
  {
    name: 'bad date',
    args: ['extract', '--published', '2025-02-30', NORTHWIND],
    status: 2,
    stderr: /--published/,
  },
  { name: 'bad limit', args: ['events', '--limit', 'many'], status: 2, stderr: /--limit/ },
  {
    name: 'unwritable database path',
    args: ['--db', join(notAFile, 'db.sqlite'), 'ingest', NORTHWIND],
    status: 1,
    stderr: /^pinkslip: ingest: store: cannot open database at /,
  },
];

for (const { name, args, status, stderr } of mistakes) {
  test(`a user mistake gets one line on stderr and exit ${status}: ${name}`, () => {
    const result = run(args);
    assert.equal(result.status, status);
    assert.match(result.stderr, stderr);
    assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
}

test('--help explains every command', () => {
  const { status, stdout } = run(['--help']);
  assert.equal(status, 0);
  for (const command of ['extract', 'text', 'ingest', 'events', 'serve', '--db'])
    assert.match(stdout, new RegExp(command));
});

test('serve prints its address and answers the API until stopped', async (t) => {
  const db = join(tempDir(), 'serve.sqlite');
  run(['--db', db, 'ingest', CONTOSO]);
  const stored = jsonLines(run(['--db', db, 'events', '--json']).stdout);
  const child = spawn(process.execPath, [MAIN, '--db', db, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  t.after(() => child.kill('SIGKILL'));
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/\S+\//.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    void exited.then(() => reject(new Error('serve exited before listening')));
  });
  const body = (await (await fetch(`${address}api/events`)).json()) as { events: unknown[] };
  assert.deepEqual(body.events, stored);
  assert.match(await (await fetch(address)).text(), /Contoso Freight/);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
