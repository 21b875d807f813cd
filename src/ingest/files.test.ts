// Loading inputs from files, stdin and URLs, and the one-line errors for names that cannot be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PinkslipError } from '../domain/index.js';
import { createFetcher } from './fetch/index.js';
import { startServer } from './fetch/testdata/test-server.js';
import { loadInput, loadInputs } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'pinkslip-files-'));
const file = join(dir, 'a.txt');
writeFileSync(file, 'Contoso cuts 12 jobs.');
const noStdin = { stdin: Readable.from([]) };

test('a file loads as its bytes under the name given', async () => {
  const raw = await loadInput(file, noStdin);
  assert.equal(raw.input, file);
  assert.equal(Buffer.from(raw.bytes).toString(), 'Contoso cuts 12 jobs.');
});

test('"-" reads standard input', async () => {
  const raw = await loadInput('-', { stdin: Readable.from([Buffer.from('from '), Buffer.from('stdin')]) });
  assert.equal(Buffer.from(raw.bytes).toString(), 'from stdin');
});

const failures: [string, string, string, string][] = [
  ['missing file', join(dir, 'missing.txt'), 'input_not_found', 'no such file'],
  ['directory', dir, 'input_unreadable', 'is a directory'],
  ['path through a file', join(file, 'x.txt'), 'input_not_found', 'no such file'],
];

for (const [name, path, code, reason] of failures) {
  test(`a ${name} is a ${code} error`, async () => {
    await assert.rejects(
      loadInputs([file, path], noStdin),
      (error: unknown) =>
        error instanceof PinkslipError &&
        error.code === code &&
        error.message === `cannot read ${path}: ${reason}`,
    );
  });
}

test('a URL loads through the polite fetcher, which refuses loopback unless allowed', async (t) => {
  const server = await startServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><body><p>Contoso cuts 12 jobs.</p></body></html>');
  });
  t.after(() => server.close());
  const url = `${server.origin}/a.html`;
  await assert.rejects(
    loadInput(url, noStdin),
    (error: unknown) => error instanceof PinkslipError && error.code === 'fetch_refused',
  );
  assert.equal(server.requests.length, 0);
  const fetcher = createFetcher({ allowPrivate: true });
  const raw = await loadInput(url, { ...noStdin, fetcher: () => fetcher });
  assert.deepEqual([raw.input, raw.url, raw.contentType], [url, url, 'text/html']);
  assert.match(
    String(server.requests.find((r) => r.path === '/a.html')?.headers['user-agent']),
    /^pinkslip\//,
  );
});
