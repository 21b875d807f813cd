// Finding the article: selection, joining, layouts and the text's shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './read-html.js';
import { PROSE, page, paragraphs } from './testdata/pages.js';

function textOf(html: string): string {
  return readHtml(html).text;
}

test('the article is its paragraphs in order, blocks apart by a blank line, without the title', () => {
  const text = textOf(page());
  assert.equal(text, PROSE.join('\n\n'));
});

test('an article split into sibling sections of the same kind is joined', () => {
  const html = `<html><body><div class="wrap">
    <section class="part"><div class="inner">${paragraphs(PROSE.slice(0, 1))}</div></section>
    <section class="promo-box"><p><a href="/x">Subscribe</a></p></section>
    <section class="part"><div class="inner">${paragraphs(PROSE.slice(1))}</div></section>
  </div></body></html>`;
  const text = textOf(html);
  assert.ok(text.startsWith(PROSE[0] as string), text);
  assert.ok(text.endsWith(PROSE[4] as string), text);
});

test('words stay apart at link edges in Japanese text', () => {
  const html = `<html><body><article>${paragraphs([
    'そんな用途を考慮してか、デスクトップアプリが用意されています。今回はそのデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話。',
    '何が困るかといえば、パスワード管理ソフトの起動ショートカットキーと同じなのです。これが非常に困ったもの。',
  ])}</article></body></html>`;
  assert.match(textOf(html), /アプリ Kindle for PC に関する/);
});

test('English words are not split at inline edges (drop caps)', () => {
  const html = page({
    before: '<p><span class="dropcap">T</span>he plan was first reported by the local paper last week.</p>',
  });
  assert.match(textOf(html), /The plan was first reported/);
});

test('a page without an article still gives its text', () => {
  const text = textOf('<html><body><div>Short note: the office is closed on Friday.</div></body></html>');
  assert.equal(text, 'Short note: the office is closed on Friday.');
});

test('an empty page gives empty text', () => {
  assert.equal(textOf(''), '');
  assert.equal(textOf('<html><body></body></html>'), '');
});

test('a wrapper named like furniture is kept when it holds most of the text', () => {
  const html = `<html><body><div class="layout has-sidebar">${paragraphs()}</div>
    <div class="sidebar"><p>Most read: something else that happened in another town.</p></div></body></html>`;
  assert.equal(textOf(html), PROSE.join('\n\n'));
});

test('comments are dropped even when they hold most of the text', () => {
  const comments = PROSE.map(
    (p) => `<div class="comment-body"><p>${p.replace('Acme', 'I think Acme')}</p></div>`,
  ).join('');
  const html = `<html><body><article><div class="entry-content"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div></article>
    <section id="comments">${comments}${comments}</section></body></html>`;
  assert.ok(!textOf(html).includes('I think Acme'), textOf(html));
});

test('a furniture word beside a content word still drops the element ("article-share")', () => {
  const html = page({
    before: '<div class="article-share"><p>Share this article with your friends and family today.</p></div>',
  });
  assert.ok(!textOf(html).includes('Share this article'));
});

/** Wrappers whose class words only look like furniture: the article inside must survive. */
const WRAPPERS: readonly string[] = [
  'post type-post comments-open',
  'commentary',
  'football-story',
  'relative overflow-hidden',
  'ArticlePage-content paywall',
];

for (const className of WRAPPERS) {
  test(`kept: an article wrapped in class="${className}"`, () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="${className}">${paragraphs()}</div>
      <div class="links"><a href="/1">One story</a> <a href="/2">Another story</a></div></body></html>`;
    assert.equal(textOf(html), PROSE.join('\n\n'));
  });
}

test('an old table layout: the article is read from its cell, not the navigation cell', () => {
  const html = `<html><body><table><tr>
    <td><a href="/">Home</a><br><a href="/news">News</a><br><a href="/contact">Contact</a></td>
    <td>${PROSE.join('<br><br>')}</td>
  </tr></table></body></html>`;
  const text = textOf(html);
  assert.ok(text.includes(PROSE[0] as string) && text.includes(PROSE[4] as string), text);
  assert.ok(!text.includes('Contact'), text);
});

test('itemprop="articleBody" outweighs a longer block of other text', () => {
  const other = PROSE.map((p) => p.replace('Acme', 'Other')).join(' ');
  const html = `<html><body>
    <div class="one"><div class="x"><p>${other}</p><p>${other}</p></div><p><a href="/a">A link</a></p></div>
    <div class="two"><div itemprop="articleBody">${paragraphs()}</div><p><a href="/b">A link</a></p></div>
  </body></html>`;
  const text = textOf(html);
  assert.ok(text.startsWith(PROSE[0] as string), text);
  assert.ok(!text.includes('Other Corporation'), text);
});

test('an h1 in the article is its title even when the meta title differs', () => {
  const html = page({
    head: '<meta property="og:title" content="Acme cuts jobs (updated)">',
    before: '<h1>Acme will cut 300 jobs</h1>',
  });
  assert.ok(!textOf(html).includes('Acme will cut'));
});

test('paragraphs written as <div>s are read like <p>s, the container around them is the article', () => {
  const html = `<html><body><nav><a href="/">Home</a></nav><div class="story">${PROSE.map((p) => `<div class="para">${p}</div>`).join('')}</div>
    <div class="more"><a href="/1">One story</a> <a href="/2">Another story</a></div></body></html>`;
  assert.equal(textOf(html), PROSE.join('\n\n'));
});
