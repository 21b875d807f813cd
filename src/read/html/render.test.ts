import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './render.js';

const CASES: readonly [string, string, string][] = [
  ['blocks apart by a blank line', '<h2>Head</h2><p>One</p><div>Two</div>', 'Head\n\nOne\n\nTwo'],
  ['whitespace collapsed, nbsp too', '<p>  a \n\t b&nbsp;&nbsp;c </p>', 'a b c'],
  ['<br> is a line break', '<p>a<br>b<br/>c</p>', 'a\nb\nc'],
  [
    'inline elements do not split words',
    '<p><b>W</b>ord <i>and</i> <a href="#">link</a>.</p>',
    'Word and link.',
  ],
  ['list items on their own blocks', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
  [
    'table rows on lines, cells apart',
    '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    'a b\nc d',
  ],
  ['<pre> keeps its lines', '<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
  ['scripts and styles are not text', '<p>a</p><script>b()</script><style>.c{}</style>', 'a'],
  ['a space at link edges in CJK text', '<p>日本<a href="#">Kindle</a>の話</p>', '日本 Kindle の話'],
];

for (const [name, html, want] of CASES) {
  test(`htmlToText: ${name}`, () => assert.equal(htmlToText(html), want));
}
