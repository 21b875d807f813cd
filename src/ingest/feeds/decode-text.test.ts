import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from './decode-text.js';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

const cases: { name: string; bytes: Uint8Array; contentType: string | null; expected: string }[] = [
  {
    name: 'UTF-8 default',
    bytes: new TextEncoder().encode('caf\u00e9'),
    contentType: null,
    expected: 'caf\u00e9',
  },
  {
    name: 'UTF-8 BOM stripped',
    bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]),
    contentType: 'text/xml; charset=iso-8859-1',
    expected: 'a',
  },
  {
    name: 'charset from Content-Type',
    bytes: latin1('caf\u00e9'),
    contentType: 'text/html; charset=ISO-8859-1',
    expected: 'caf\u00e9',
  },
  {
    name: 'charset from the XML declaration',
    bytes: latin1('<?xml version="1.0" encoding="windows-1252"?><a>\u0093q\u0094</a>'),
    contentType: 'application/rss+xml',
    expected: '<?xml version="1.0" encoding="windows-1252"?><a>\u201cq\u201d</a>',
  },
  {
    name: 'charset from <meta>',
    bytes: latin1('<meta charset="latin1">\u00e9'),
    contentType: null,
    expected: '<meta charset="latin1">\u00e9',
  },
  {
    name: 'unknown charset falls back to UTF-8',
    bytes: new TextEncoder().encode('\u00e9'),
    contentType: 'text/plain; charset=x-nope',
    expected: '\u00e9',
  },
];

for (const c of cases) {
  test(`decodeText: ${c.name}`, () => assert.equal(decodeText(c.bytes, c.contentType), c.expected));
}
