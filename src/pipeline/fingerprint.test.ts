// Table-driven cases for what makes two documents the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, contentHash } from './index.js';

const urls: [string, string | null, string | null][] = [
  ['a file has no URL', null, null],
  ['not a URL', 'samples/a.txt', null],
  ['fragment dropped', 'https://news.example/a#comments', 'https://news.example/a'],
  [
    'tracking parameters dropped',
    'https://news.example/a?utm_source=x&id=3&fbclid=y',
    'https://news.example/a?id=3',
  ],
  ['parameters sorted', 'https://news.example/a?b=2&a=1', 'https://news.example/a?a=1&b=2'],
  ['trailing slash dropped', 'https://news.example/a/', 'https://news.example/a'],
  ['host lower-cased, default port dropped', 'https://NEWS.example:443/', 'https://news.example/'],
];

for (const [name, url, expected] of urls) {
  test(`canonicalUrl: ${name}`, () => assert.equal(canonicalUrl(url), expected));
}

test('contentHash ignores whitespace layout and Unicode forms, not words', () => {
  const base = contentHash('Northwind cuts 340 jobs.\n\nMore later.');
  assert.equal(contentHash('  Northwind cuts 340 jobs. More\tlater. '), base);
  assert.equal(contentHash('Northwind cuts 340 jobs.\u00a0More later.'), base);
  assert.notEqual(contentHash('Northwind cuts 350 jobs. More later.'), base);
  assert.match(base, /^[0-9a-f]{64}$/);
});
