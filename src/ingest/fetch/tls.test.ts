import { test } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createFetcher } from './create-fetcher.js';
import { FetchError } from './fetch-error.js';
import { fakeClock } from './testdata/test-server.js';

// A self-signed certificate made for these tests only: CN and SAN feeds.test, SAN IP 127.0.0.1.
const cert = readFileSync(new URL('./testdata/tls-cert.pem', import.meta.url), 'utf8');
const key = readFileSync(new URL('./testdata/tls-key.pem', import.meta.url), 'utf8');

test('https: the pinned connection still verifies the certificate against the URL host', async (t) => {
  const server = https.createServer({ cert, key }, (req, res) => res.end(`tls ${req.headers.host}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  const resolved: string[] = [];
  const settings = {
    allowPrivate: true,
    perHostDelayMs: 0,
    clock: fakeClock(),
    resolve: async (host: string) => {
      resolved.push(host);
      return [{ address: '127.0.0.1', family: 4 as const }];
    },
  };
  const trusting = createFetcher({ ...settings, extraCaCertificates: [cert] });
  const ok = await trusting.fetch(`https://feeds.test:${port}/feed`, { kind: 'feed' });
  assert.equal(ok.status === 'ok' && Buffer.from(ok.body).toString(), `tls feeds.test:${port}`);
  assert.deepEqual(resolved, ['feeds.test']);

  await assert.rejects(
    trusting.fetch(`https://wrong-name.test:${port}/feed`, { kind: 'feed' }),
    (e: unknown) =>
      e instanceof FetchError && e.code === 'fetch_failed' && /ERR_TLS_CERT_ALTNAME_INVALID/.test(e.message),
  );
  const untrusting = createFetcher(settings);
  await assert.rejects(
    untrusting.fetch(`https://feeds.test:${port}/feed`, { kind: 'feed' }),
    (e: unknown) => e instanceof FetchError && e.code === 'fetch_failed' && /SELF_SIGNED/.test(e.message),
  );
});
