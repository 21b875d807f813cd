import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHtml } from './sniff.js';

const CASES: readonly [string, string, boolean][] = [
  ['doctype', '<!DOCTYPE html><html>', true],
  ['html tag after blank lines', '\n\n  <html lang="en">', true],
  ['BOM then comment', '\ufeff<!-- saved page --><html>', true],
  ['fragment starting with a paragraph', '<p>Hello</p>', true],
  ['fragment starting with a div', '<div class="x">', true],
  [
    'XHTML with an XML prolog',
    '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">',
    true,
  ],
  ['plain text', 'Acme to cut 300 jobs\n\nAcme said on Tuesday…', false],
  ['RSS feed', '<?xml version="1.0"?><rss version="2.0">', false],
  ['JSON', '{"title": "<html>"}', false],
  ['a tag name that only starts like html', '<htmlish>', false],
  ['markdown with angle brackets', '> quoted <b>bold</b>', false],
];

for (const [name, start, expected] of CASES) {
  test(`looksLikeHtml: ${name}`, () => assert.equal(looksLikeHtml(start), expected));
}
