import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { DeflateDecoder, isZlibHeader } from './deflate-decoder.js';

async function decode(chunks: Buffer[]): Promise<string> {
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks), new DeflateDecoder(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) out.push(chunk);
  });
  return Buffer.concat(out).toString();
}

const text = 'Initech to cut 300 jobs. '.repeat(100);

const cases: { name: string; encoded: Buffer }[] = [
  { name: 'zlib-wrapped', encoded: deflateSync(text) },
  { name: 'raw', encoded: deflateRawSync(text) },
];

for (const c of cases) {
  test(`DeflateDecoder: ${c.name}, in one chunk and byte by byte`, async () => {
    assert.equal(await decode([c.encoded]), text);
    assert.equal(await decode([...c.encoded].map((b) => Buffer.from([b]))), text);
  });
}

test('DeflateDecoder: empty body decodes to nothing', async () => {
  assert.equal(await decode([]), '');
});

test('DeflateDecoder: garbage is an error, not a hang', async () => {
  await assert.rejects(decode([Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff])]));
});

test('isZlibHeader: the common zlib headers and not raw-deflate starts', () => {
  for (const [a, b] of [
    [0x78, 0x01],
    [0x78, 0x9c],
    [0x78, 0xda],
  ] as const) {
    assert.ok(isZlibHeader(a, b));
  }
  assert.ok(!isZlibHeader(deflateRawSync(text)[0] ?? 0, deflateRawSync(text)[1] ?? 0));
});

test('DeflateDecoder: a truncated body gives what could be decoded (lenient, like browsers)', async () => {
  const encoded = deflateSync(text);
  const partial = await decode([encoded.subarray(0, encoded.length - 6)]);
  assert.ok(text.startsWith(partial));
});
