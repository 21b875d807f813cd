// Fuzzed input never throws and stays under a second per document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../read/index.js';
import { extractLayoffs } from './extract.js';

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = [
  'Acme',
  'Corp.',
  'will',
  'lay',
  'off',
  'about',
  '1,200',
  'jobs',
  '(AC)',
  'said',
  'Monday',
  'its',
  'workforce',
  '10%',
  'hundreds',
  'of',
  'staff',
  'the',
  'company',
  'denied',
  'rumors',
  '—',
  '"',
  "'s",
  'Inc',
  'cut',
  '9.000',
];

function cases(): { name: string; bytes: Uint8Array }[] {
  const next = random(42);
  const randomBytes = new Uint8Array(200_000).map(() => Math.floor(next() * 256));
  const words = Array.from({ length: 900_000 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const invalidUtf8 = Buffer.concat([
    Buffer.from('Acme to cut 300 jobs\n\n'),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xe2, 0x82]),
  ]);
  return [
    { name: 'random bytes', bytes: randomBytes },
    { name: '5 MB of layoff words', bytes: Buffer.from(words.slice(0, 5_000_000)) },
    {
      name: 'deeply nested brackets',
      bytes: Buffer.from('('.repeat(200_000) + 'Acme cut 40 jobs' + ')'.repeat(200_000)),
    },
    { name: 'invalid UTF-8', bytes: invalidUtf8 },
    { name: 'one very long line of capitals', bytes: Buffer.from('Acme '.repeat(400_000)) },
    { name: 'one very long line of digits', bytes: Buffer.from('1,000 '.repeat(400_000)) },
    {
      name: 'deeply nested HTML',
      bytes: Buffer.from('<html><body>' + '<div>'.repeat(100_000) + 'Acme cut jobs'),
    },
    { name: 'empty', bytes: new Uint8Array(0) },
    {
      name: 'one endless question of cut words',
      bytes: Buffer.from(`Will ${'Acme cut jobs '.repeat(5_000)}?`),
    },
    {
      name: 'one endless list of capitalised teams',
      bytes: Buffer.from(
        `Acme will cut 300 jobs across its ${Array.from({ length: 3_000 }, (_, i) => `Team${i}x`).join(', ')} teams.`,
      ),
    },
  ];
}

/** The bar from the issue: a document never takes a second. */
const MAX_MS_PER_DOCUMENT = 1000;

for (const { name, bytes } of cases()) {
  test(`fuzz: ${name} never throws and takes under ${MAX_MS_PER_DOCUMENT} ms`, () => {
    // CPU time of this process: other test files running at the same time do not count against it.
    const started = process.cpuUsage();
    const article = readDocument({ input: 'fuzz', bytes });
    const result = extractLayoffs(article, { published: '2025-01-01' });
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    assert.equal(typeof result.isLayoffReport, 'boolean');
    assert.ok(ms < MAX_MS_PER_DOCUMENT, `${name} took ${ms.toFixed(0)} ms`);
  });
}
