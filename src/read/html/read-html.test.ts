import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isPinkslipError } from '../../domain/errors.js';
import { readHtml } from './read-html.js';
import { PROSE, page } from './testdata/pages.js';

test('reads text and metadata from a string', () => {
  const result = readHtml(page({ head: '<meta name="author" content="Jane Roe">' }), {
    url: 'https://example.com/2024/04/03/acme',
  });
  assert.deepEqual(
    { ...result, text: result.text.slice(0, 20) },
    {
      title: 'Acme to cut 300 jobs',
      published: '2024-04-03',
      byline: 'Jane Roe',
      publisher: null,
      url: 'https://example.com/2024/04/03/acme',
      language: 'en',
      text: (PROSE[0] as string).slice(0, 20),
    },
  );
});

test('reads bytes with the charset of the Content-Type header', () => {
  const bytes = new Uint8Array(readFileSync(new URL('./testdata/iso-8859-2.bytes', import.meta.url)));
  const result = readHtml(bytes, { contentType: 'text/html; charset=iso-8859-2' });
  assert.match(result.text, /Łódź: zakład zwolni 120 pracowników/);
});

test('a page over the size cap is refused with input_too_large', () => {
  const big = `<html><body><p>${'x'.repeat(2000)}</p></body></html>`;
  assert.throws(
    () => readHtml(big, { maxBytes: 1000 }),
    (error) =>
      isPinkslipError(error) && error.code === 'input_too_large' && error.message.startsWith('read: '),
  );
  assert.throws(
    () => readHtml(new TextEncoder().encode(big), { maxBytes: 1000 }),
    (error) => isPinkslipError(error) && error.code === 'input_too_large',
  );
});

test('the default cap is 5 MB and counts bytes, not characters', () => {
  const fourMegaChars = 'é'.repeat(2_700_000); // 5.4 MB in UTF-8
  assert.throws(
    () => readHtml(fourMegaChars),
    (error) => isPinkslipError(error) && error.message === 'read: page over 5 MB',
  );
  assert.doesNotThrow(() => readHtml('a'.repeat(4_000_000)));
});

const MALFORMED: readonly [string, string][] = [
  ['unclosed tags', `<html><body><div><p>${PROSE.join('<p>')}<div><span>`],
  [
    'stray closing tags',
    `</div></p><body>${PROSE.map((p) => `<p>${p}</p></td></table>`).join('')}</html></html>`,
  ],
  ['broken attributes', `<div class=a"b id=c'd =x <p>${PROSE.join('</p><p =>')}</p>`],
  ['unterminated comment', `<p>${PROSE[0]}</p><!-- never closed <p>hidden</p>`],
  ['unterminated script', `<p>${PROSE[0]}</p><script>var x = "<p>not text</p>";`],
  ['binary noise', '\u0000\u0001<\u0002>\ufffd<<<>>>&&&;;'],
  ['deep nesting', `${'<div>'.repeat(5000)}<p>${PROSE[0]}</p>${'</div>'.repeat(10)}`],
];

for (const [name, html] of MALFORMED) {
  test(`malformed HTML never throws: ${name}`, () => {
    const result = readHtml(html);
    assert.equal(typeof result.text, 'string');
    if (!name.startsWith('binary')) assert.match(result.text, /Acme Corporation said on Tuesday/);
    assert.doesNotMatch(result.text, /not text|hidden/);
  });
}

test('no script runs and nothing is fetched: scripts, styles and templates are not text', () => {
  const html = page({
    inside:
      '<script>throw new Error("ran")</script><style>p { color: red }</style><template><p>template text</p></template><img src="https://example.com/x.png" onerror="alert(1)">',
  });
  const text = readHtml(html).text;
  assert.doesNotMatch(text, /\bran\b|color: red|template text|alert/);
});

test('entities are decoded', () => {
  const text = readHtml(
    page({ inside: '<p>Fish &amp; chips cost &pound;5 &mdash; or &#8364;6 &hellip; said the owner.</p>' }),
  ).text;
  assert.match(text, /Fish & chips cost £5 — or €6 … said the owner\./);
});

test('line breaks inside a paragraph are kept, blocks are apart by a blank line', () => {
  const text = readHtml(
    page({ inside: '<p>First line of the address<br>Second line of the address</p>' }),
  ).text;
  assert.match(text, /\n\nFirst line of the address\nSecond line of the address$/);
});

/** A small deterministic generator (mulberry32), so the fuzz cases are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUZZ_PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<p class="share">',
  '<a href="/x">',
  '</a>',
  '<br>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<ul><li>',
  '</li></ul>',
  '<h1>',
  '</h1>',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<svg><title>',
  '</svg>',
  '<pre>',
  '</pre>',
  '<time datetime="2024-13-45">',
  '<meta name="author" content="">',
  '&amp;',
  '&#xD800;',
  '&bogus;',
  '<',
  '>',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  'Acme cut 300 jobs, said the union.',
  '日本語',
  '\u0000',
  '<html lang=">',
  '</body>',
  '<body>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":[]}',
  '<div style="display:none">',
  '<nav>',
  '</nav>',
];

test('fuzz: 300 random documents never throw and give text', () => {
  const random = generator(20240403);
  for (let n = 0; n < 300; n++) {
    let html = '';
    const length = Math.floor(random() * 200);
    for (let i = 0; i < length; i++) html += FUZZ_PIECES[Math.floor(random() * FUZZ_PIECES.length)];
    const result = readHtml(html);
    assert.equal(typeof result.text, 'string', html);
    assert.ok(result.published === null || /^\d{4}-\d{2}-\d{2}$/.test(result.published), html);
  }
});
