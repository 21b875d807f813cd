import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress, resolvePublicAddress } from './address-guard.js';
import { FetchError } from './fetch-error.js';

const cases: { address: string; expected: string | null }[] = [
  { address: '127.0.0.1', expected: 'loopback' },
  { address: '127.8.9.10', expected: 'loopback' },
  { address: '::1', expected: 'loopback' },
  { address: '10.1.2.3', expected: 'private' },
  { address: '172.16.0.1', expected: 'private' },
  { address: '172.31.255.255', expected: 'private' },
  { address: '192.168.1.1', expected: 'private' },
  { address: 'fc00::1', expected: 'uniqueLocal' },
  { address: 'fd12:3456::1', expected: 'uniqueLocal' },
  { address: '169.254.10.20', expected: 'linkLocal' },
  { address: 'fe80::1', expected: 'linkLocal' },
  { address: 'fe80::1%eth0', expected: 'linkLocal' },
  { address: '100.64.0.1', expected: 'carrierGradeNat' },
  { address: '0.0.0.0', expected: 'unspecified' },
  { address: '::', expected: 'unspecified' },
  { address: '169.254.169.254', expected: 'metadata' },
  { address: '168.63.129.16', expected: 'metadata' },
  { address: '100.100.100.200', expected: 'metadata' },
  { address: 'fd00:ec2::254', expected: 'metadata' },
  { address: '::ffff:127.0.0.1', expected: 'loopback' },
  { address: '::ffff:10.0.0.1', expected: 'private' },
  { address: '64:ff9b::a00:1', expected: 'private' },
  { address: '224.0.0.1', expected: 'multicast' },
  { address: '255.255.255.255', expected: 'broadcast' },
  { address: '[::1]', expected: 'loopback' },
  { address: 'not-an-ip', expected: 'invalid' },
  { address: '93.184.215.14', expected: null },
  { address: '8.8.8.8', expected: null },
  { address: '172.32.0.1', expected: null },
  { address: '2606:4700::1111', expected: null },
  { address: '64:ff9b::808:808', expected: null },
];

for (const c of cases) {
  test(`classifyAddress: ${c.address} → ${c.expected ?? 'public'}`, () => {
    assert.equal(classifyAddress(c.address), c.expected);
  });
}

// These tests never connect anywhere: the resolver is fake and the guard runs before any socket.
test('resolvePublicAddress: one private address among public ones is enough to refuse', async () => {
  const resolve = async () => [
    { address: '93.184.215.14', family: 4 as const },
    { address: '10.0.0.7', family: 4 as const },
  ];
  await assert.rejects(
    resolvePublicAddress(new URL('http://rebind.test/'), resolve, false),
    (e: unknown) =>
      e instanceof FetchError &&
      e.code === 'fetch_refused' &&
      e.message === 'fetch: refused private address 10.0.0.7 for rebind.test (private)',
  );
});

test('resolvePublicAddress: allowPrivate lets private addresses through and pins the first', async () => {
  const resolve = async () => [{ address: '10.0.0.7', family: 4 as const }];
  assert.deepEqual(await resolvePublicAddress(new URL('http://intranet.test/'), resolve, true), {
    address: '10.0.0.7',
    family: 4,
  });
});

test('resolvePublicAddress: IP literals are checked without a lookup', async () => {
  const resolve = async () => assert.fail('no lookup for a literal');
  await assert.rejects(
    resolvePublicAddress(new URL('http://[fe80::1]/'), resolve, false),
    /fe80::1 for fe80::1/,
  );
  await assert.rejects(resolvePublicAddress(new URL('http://0x7f000001/'), resolve, false), /127\.0\.0\.1/);
});

test('resolvePublicAddress: a name that does not resolve is fetch_failed', async () => {
  const resolve = async () => {
    throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
  };
  await assert.rejects(
    resolvePublicAddress(new URL('http://nowhere.test/'), resolve, false),
    (e: unknown) =>
      e instanceof FetchError &&
      e.code === 'fetch_failed' &&
      e.message === 'fetch: cannot resolve nowhere.test',
  );
  await assert.rejects(
    resolvePublicAddress(new URL('http://empty.test/'), async () => [], false),
    /fetch: no address for empty\.test/,
  );
});
