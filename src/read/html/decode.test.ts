import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeHtml, declaredEncoding } from './decode.js';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./testdata/${name}`, import.meta.url)));
}

const CASES: readonly { name: string; file: string; contentType?: string; has: string }[] = [
  { name: 'windows-1252 by <meta charset>', file: 'windows-1252.bytes', has: 'Le café “Noël” coûte 3 €.' },
  {
    name: 'ISO-8859-2 by <meta http-equiv>',
    file: 'iso-8859-2.bytes',
    has: 'Łódź: zakład zwolni 120 pracowników',
  },
  { name: 'Shift_JIS by <meta charset>', file: 'shift_jis.bytes', has: '会社は三百人を削減すると発表した' },
  { name: 'GB2312 label decodes as GB18030', file: 'gb18030.bytes', has: '公司宣布裁员三百人' },
  {
    name: 'undeclared Shift_JIS found by the detector',
    file: 'undeclared-shift_jis.bytes',
    has: '工場は来年閉鎖される予定です',
  },
  {
    name: 'undeclared GB18030 found by the detector',
    file: 'undeclared-gb18030.bytes',
    has: '员工将获得遣散费和再就业帮助',
  },
  {
    name: 'undeclared ISO-8859-2 found by the detector',
    file: 'undeclared-iso-8859-2.bytes',
    has: 'Żółć i gęś',
  },
  {
    name: 'undeclared windows-1252 found by the detector',
    file: 'undeclared-windows-1252.bytes',
    has: 'Très triste nouvelle',
  },
  { name: 'UTF-8 BOM wins over <meta charset>', file: 'bom-utf8.bytes', has: 'Zoë’s café' },
  { name: 'UTF-16LE BOM', file: 'bom-utf16le.bytes', has: 'Zoë’s café' },
  {
    name: 'HTTP charset wins over <meta charset>',
    file: 'iso-8859-2.bytes',
    contentType: 'text/html; charset=ISO-8859-2',
    has: 'Łódź',
  },
];

for (const { name, file, contentType, has } of CASES) {
  test(`decode: ${name}`, () => {
    const text = decodeHtml(fixture(file), contentType);
    assert.ok(text.includes(has), text);
    assert.ok(!text.startsWith('\ufeff'));
  });
}

test('decode: the HTTP header overrides a wrong <meta>', () => {
  // Bytes are windows-1252 and the page claims so; a header saying UTF-8 is obeyed (bad bytes become U+FFFD).
  const text = decodeHtml(fixture('windows-1252.bytes'), 'text/html;charset="utf-8"');
  assert.ok(text.includes('caf\ufffd'));
});

test('decode: an unknown header charset falls through to the page', () => {
  assert.equal(
    declaredEncoding(fixture('windows-1252.bytes'), 'text/html; charset=x-nonsense'),
    'windows-1252',
  );
});

test('decode: plain UTF-8 without any declaration', () => {
  const bytes = new TextEncoder().encode('<p>Zürich – 東京</p>');
  assert.equal(decodeHtml(bytes), '<p>Zürich – 東京</p>');
});

test('decode: ISO-8859-1 and ASCII labels mean windows-1252, as in browsers', () => {
  const bytes = new Uint8Array([
    0x3c, 0x6d, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3d, 0x6c, 0x61, 0x74,
    0x69, 0x6e, 0x31, 0x3e, 0x93, 0x68, 0x69, 0x94,
  ]);
  assert.equal(decodeHtml(bytes), '<meta charset=latin1>“hi”');
});

test('decode: a UTF-16 <meta> in an ASCII-compatible page means UTF-8', () => {
  const bytes = new TextEncoder().encode('<meta charset="utf-16"><p>café</p>');
  assert.equal(decodeHtml(bytes), '<meta charset="utf-16"><p>café</p>');
});

test('decode: a <meta charset> after a long inline script in <head> is still found', () => {
  const head = `<html><head><script>${'var x = 1;\n'.repeat(800)}</script><meta charset="iso-8859-2"></head>`;
  const bytes = new Uint8Array([...new TextEncoder().encode(head), 0x3c, 0x70, 0x3e, 0xa3, 0xf3, 0x64, 0xbc]);
  assert.ok(decodeHtml(bytes).endsWith('<p>Łódź'));
});

test('decode: a charset named in the body text is not a declaration', () => {
  const html =
    '<html><head></head><body><p>Use &lt;meta charset="koi8-r"&gt; or <meta charset="koi8-r"></p></body>';
  assert.equal(declaredEncoding(new TextEncoder().encode(html)), null);
});
