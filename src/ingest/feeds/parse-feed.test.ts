import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from './parse-feed.js';
import { isPinkslipError } from '../../domain/errors.js';
import type { FeedItem } from './types.js';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

test('RSS 2.0: items, namespaces, CDATA, entities, relative links', () => {
  const feed = parseFeed(fixture('rss2.xml'), 'https://news.example.com/feed.xml');
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Widget Weekly & Friends');
  assert.equal(feed.homeUrl, 'https://news.example.com/');
  assert.equal(feed.items.length, 3, 'the empty <item> is dropped');
  const [acme, globex, initech] = feed.items;
  assert.deepEqual(acme, {
    id: 'acme-cuts-2024',
    url: 'https://news.example.com/2024/04/acme-cuts?utm_source=rss&utm_medium=feed',
    title: 'Acme Corp to cut 1,200 jobs \u2014 about 8% of staff',
    published: '2024-04-03T18:30:00.000Z',
    updated: null,
    summary: 'Acme will lay off staff in Ohio.',
    contentHtml: '<p>Acme Corp said on Wednesday it will cut <b>1,200</b> jobs &amp; close a plant.</p>',
    author: 'Jane Roe',
    categories: ['Layoffs', 'Manufacturing'],
    source: null,
  });
  assert.equal(globex?.url, 'https://news.example.com/2024/04/globex', 'permalink guid is the link');
  assert.equal(globex?.title, 'Globex & the \u201chundreds\u201d question');
  assert.equal(globex?.published, '2024-04-04T09:00:00.000Z');
  assert.equal(globex?.author, 'Sam Smith');
  assert.equal(initech?.url, null);
  assert.equal(initech?.published, null, 'unparseable date is null, not a guess');
  assert.equal(initech?.summary, 'Initech \u2019restructures\u2019 again.', 'HTML entities in XML text');
  assert.match(initech?.id ?? '', /^sha256:[0-9a-f]{32}$/, 'no guid and no link: a stable content hash');
  assert.equal(parseFeed(fixture('rss2.xml'), 'https://x.test/').items[2]?.id, initech?.id);
});

test('RSS 1.0 / RDF: items beside the channel, dc:date, dc:creator, dc:subject', () => {
  const feed = parseFeed(fixture('rdf.xml'), 'https://rdf.example.org/index.rdf');
  assert.equal(feed.kind, 'rdf');
  assert.equal(feed.title, 'RDF Labour Desk');
  assert.equal(feed.items.length, 2);
  const [hooli, piper] = feed.items;
  assert.equal(hooli?.id, 'https://rdf.example.org/story/1');
  assert.equal(hooli?.published, '2024-03-01T07:15:00.000Z');
  assert.equal(hooli?.author, 'Kim Lee');
  assert.deepEqual(hooli?.categories, ['Furloughs']);
  assert.equal(piper?.url, 'https://rdf.example.org/story/2');
  assert.equal(piper?.published, '2024-03-02T00:00:00.000Z');
});

test('Atom: xml:base, alternate link, text constructs, author inheritance', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://blog.example.net/news/atom.xml');
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.title, 'Layoff Watch');
  assert.equal(feed.homeUrl, 'https://blog.example.net/');
  const [vandelay, second] = feed.items;
  assert.equal(vandelay?.url, 'https://blog.example.net/news/vandelay?fbclid=abc#top');
  assert.equal(vandelay?.id, 'tag:blog.example.net,2024:1');
  assert.equal(vandelay?.published, '2024-05-01T17:00:00.000Z');
  assert.equal(vandelay?.updated, '2024-05-02T11:00:00.000Z');
  assert.equal(vandelay?.summary, 'Vandelay <says> 45 roles go.');
  assert.equal(vandelay?.contentHtml, '<p>Vandelay cut <strong>45</strong> roles &amp; more.</p>');
  assert.equal(vandelay?.author, 'Ann Author');
  assert.deepEqual(vandelay?.categories, ['Layoffs']);
  assert.equal(second?.url, 'https://other.example.net/posts/2', 'entry xml:base wins');
  assert.equal(second?.published, '2024-05-02T09:00:00.000Z', 'published falls back to updated');
  assert.equal(second?.contentHtml, '<p>HTML &amp; escaped</p>');
  assert.equal(second?.author, 'Desk Team', 'feed author when the entry has none');
});

test('JSON Feed: 1.1 and 1.0 fields, wrong types ignored', () => {
  const feed = parseFeed(fixture('json-feed.json'), 'https://json.example.com/feed.json');
  assert.equal(feed.kind, 'json');
  assert.equal(feed.homeUrl, 'https://json.example.com/');
  assert.equal(feed.items.length, 2, 'the string item and the item with nothing usable are dropped');
  const [umbrella, plain] = feed.items;
  assert.equal(umbrella?.url, 'https://json.example.com/posts/umbrella-cuts');
  assert.equal(umbrella?.contentHtml, '<p>Umbrella will shed <em>2,000</em> jobs.</p>');
  assert.equal(umbrella?.author, 'Feed Owner');
  assert.deepEqual(umbrella?.categories, ['layoffs', 'pharma']);
  assert.equal(plain?.id, '3');
  assert.equal(plain?.url, 'https://elsewhere.example.org/story');
  assert.equal(plain?.summary, 'Plain text only.');
  assert.equal(plain?.published, '2024-02-11T07:00:00.000Z');
  assert.equal(plain?.author, 'Old Style');
});

const lenientCases: {
  name: string;
  body: string;
  check: (titles: string[], items: readonly FeedItem[]) => void;
}[] = [
  {
    name: 'BOM and leading whitespace',
    body: '\uFEFF  \n<rss><channel><item><title>A</title></item></channel></rss>',
    check: (t) => assert.deepEqual(t, ['A']),
  },
  {
    name: 'bare ampersand and unclosed tags',
    body: '<rss><channel><item><title>AT&T cuts & more</title><item><title>B</title></channel>',
    check: (t) => assert.deepEqual(t, ['AT&T cuts & more', 'B']),
  },
  {
    name: 'undeclared dc prefix',
    body: '<rss><channel><item><title>C</title><dc:creator>X</dc:creator></item></channel></rss>',
    check: (t, items) => assert.deepEqual([t, items[0]?.author], [['C'], 'X']),
  },
  {
    name: 'Atom without xmlns',
    body: '<feed><entry><title>D</title><link href="https://a.test/d"/></entry></feed>',
    check: (t, items) => assert.deepEqual([t, items[0]?.url], [['D'], 'https://a.test/d']),
  },
  {
    name: 'atom:link inside an RSS item is not the item link',
    body: '<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><item><title>E</title><atom:link href="https://a.test/self"/></item></channel></rss>',
    check: (t, items) => assert.deepEqual([t, items[0]?.url], [['E'], null]),
  },
  {
    name: 'javascript: links are dropped, item kept',
    body: '<rss><channel><item><title>F</title><link>javascript:alert(1)</link></item></channel></rss>',
    check: (t, items) => assert.deepEqual([t, items[0]?.url], [['F'], null]),
  },
  {
    name: 'RSS 0.91 DOCTYPE, stylesheet instruction and comments before the root',
    body:
      '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="rss.xsl"?>\n<!-- generated -->\n' +
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n' +
      '<rss version="0.91"><channel><item><title>G</title><link>https://a.test/g</link></item></channel></rss>',
    check: (t, items) => assert.deepEqual([t, items[0]?.url], [['G'], 'https://a.test/g']),
  },
  {
    name: 'external entities are never expanded (no XXE)',
    body:
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<rss><channel><item><title>H &xxe; done</title></item></channel></rss>',
    check: (t) => assert.deepEqual(t, ['H &xxe; done']),
  },
  {
    name: 'Atom 0.3 with issued and an escaped content mode',
    body:
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>I</title>' +
      '<link rel="alternate" type="text/html" href="https://a.test/i"/><issued>2004-01-02T03:04:05Z</issued>' +
      '<content type="text/html" mode="escaped">&lt;p&gt;old&lt;/p&gt;</content></entry></feed>',
    check: (t, items) =>
      assert.deepEqual(
        [t, items[0]?.published, items[0]?.contentHtml],
        [['I'], '2004-01-02T03:04:05.000Z', '<p>old</p>'],
      ),
  },
  {
    name: 'a server warning printed before the feed',
    body:
      '<br />\n<b>Warning</b>:  Undefined variable $x in <b>/var/www/feed.php</b> on line <b>3</b><br />\n' +
      '<?xml version="1.0"?><rss version="2.0"><channel><item><title>K</title></item></channel></rss>',
    check: (t) => assert.deepEqual(t, ['K']),
  },
];

for (const c of lenientCases) {
  test(`lenient: ${c.name}`, () => {
    const feed = parseFeed(c.body, 'https://feed.test/rss');
    c.check(
      feed.items.map((i) => i.title),
      feed.items,
    );
    for (const item of feed.items) assert.ok(item.url === null || item.url.startsWith('https://'));
  });
}

const notFeeds: { name: string; body: string }[] = [
  { name: 'empty', body: '' },
  { name: 'whitespace', body: '   \n' },
  { name: 'HTML page', body: fixture('page-with-feeds.html') },
  { name: 'plain text', body: 'Acme cuts 100 jobs.' },
  { name: 'broken JSON', body: '{"items": [' },
  { name: 'JSON without items', body: '{"title": "x"}' },
  { name: 'JSON array', body: '[1, 2, 3]' },
  { name: 'other XML', body: '<?xml version="1.0"?><svg><g/></svg>' },
  { name: 'OPML', body: fixture('subscriptions.opml') },
  { name: 'binary junk', body: '\u0000\u0001\u0002<<<>>>&&&\uFFFD' },
];

for (const c of notFeeds) {
  test(`not a feed: ${c.name}`, () => {
    assert.throws(
      () => parseFeed(c.body, 'https://feed.test/rss'),
      (e: unknown) =>
        isPinkslipError(e) && e.code === 'input_unreadable' && e.message === 'feeds: not a feed',
    );
  });
}

test('never throws anything but the typed error on mangled feeds', () => {
  const sources = [fixture('rss2.xml'), fixture('atom.xml'), fixture('rdf.xml'), fixture('json-feed.json')];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let round = 0; round < 400; round++) {
    const source = sources[round % sources.length] ?? '';
    const cut = next() % source.length;
    const junk = ['<', '>', '&', ']]>', '<![CDATA[', '"', '</item>', '\u0000', '{', '}'][next() % 10];
    const mangled = source.slice(0, cut) + junk + source.slice(cut + (next() % 40));
    try {
      const feed = parseFeed(mangled, 'https://feed.test/rss');
      for (const item of feed.items) assert.equal(typeof item.id, 'string');
    } catch (e) {
      assert.ok(isPinkslipError(e) && e.code === 'input_unreadable', `round ${round}: ${String(e)}`);
    }
  }
});

test('RSS <source>: aggregators name the outlet that reported the story', () => {
  const feed = parseFeed(fixture('aggregator.xml'), 'https://aggregator.example.com/rss/search?q=layoffs');
  const [item] = feed.items;
  assert.deepEqual(item?.source, { title: 'The Springfield Gazette', url: 'https://gazette.example.org/' });
  assert.equal(item?.summary, 'Initrode to cut 450 jobs at Texas plant The Springfield Gazette');
  assert.equal(item?.published, '2024-04-08T16:05:00.000Z');
  assert.equal(parseFeed(fixture('rss2.xml'), 'https://news.example.com/feed.xml').items[0]?.source, null);
});

test('Atom <source>: the feed an entry was copied from', () => {
  const body =
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>J</title><id>j</id>' +
    '<source><title>Original Desk</title><link rel="alternate" href="https://orig.test/"/></source></entry></feed>';
  assert.deepEqual(parseFeed(body, 'https://planet.test/atom').items[0]?.source, {
    title: 'Original Desk',
    url: 'https://orig.test/',
  });
});
