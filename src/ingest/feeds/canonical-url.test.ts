import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from './canonical-url.js';

const cases: { name: string; input: string; expected: string }[] = [
  {
    name: 'utm_* and fbclid dropped, other params kept in order',
    input: 'https://news.example.com/a?b=2&utm_source=rss&a=1&fbclid=XYZ&utm_Medium=x',
    expected: 'https://news.example.com/a?b=2&a=1',
  },
  {
    name: 'only tracking params: no "?" left',
    input: 'https://x.test/a?gclid=1',
    expected: 'https://x.test/a',
  },
  { name: 'fragment dropped', input: 'https://x.test/a#comments', expected: 'https://x.test/a' },
  { name: 'default https port', input: 'https://x.test:443/a', expected: 'https://x.test/a' },
  { name: 'default http port', input: 'http://x.test:80/a', expected: 'http://x.test/a' },
  { name: 'other port kept', input: 'http://x.test:8080/a', expected: 'http://x.test:8080/a' },
  {
    name: 'host and scheme lower-cased',
    input: 'HTTPS://News.Example.COM/Path',
    expected: 'https://news.example.com/Path',
  },
  { name: 'trailing dot on host', input: 'https://x.test./a', expected: 'https://x.test/a' },
  { name: 'empty path becomes /', input: 'https://x.test', expected: 'https://x.test/' },
  {
    name: 'encoding of kept params untouched',
    input: 'https://x.test/?q=a%20b+c&utm_id=1',
    expected: 'https://x.test/?q=a%20b+c',
  },
  { name: 'whitespace trimmed', input: '  https://x.test/a  ', expected: 'https://x.test/a' },
  { name: 'not a URL: unchanged', input: 'not a url', expected: 'not a url' },
  { name: 'other scheme: unchanged', input: 'mailto:a@b.test#x', expected: 'mailto:a@b.test#x' },
];

for (const c of cases) {
  test(`canonicalUrl: ${c.name}`, () => assert.equal(canonicalUrl(c.input), c.expected));
}

test('canonicalUrl is idempotent', () => {
  for (const c of cases) assert.equal(canonicalUrl(canonicalUrl(c.input)), canonicalUrl(c.input));
});
