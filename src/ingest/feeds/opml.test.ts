import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseOpml, writeOpml } from './opml.js';
import { DEFAULT_FEEDS } from './default-feeds.js';
import { isPinkslipError } from '../../domain/errors.js';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

test('parseOpml: nested outlines flattened, duplicates and bad schemes dropped', () => {
  assert.deepEqual(parseOpml(fixture('subscriptions.opml')), [
    {
      title: 'Widget Weekly & Friends',
      url: 'https://news.example.com/feed.xml',
      htmlUrl: 'https://news.example.com/',
    },
    { title: 'RDF Labour Desk', url: 'https://rdf.example.org/index.rdf', htmlUrl: null },
    { title: 'JSON Jobs', url: 'https://json.example.com/feed.json', htmlUrl: null },
  ]);
});

test('parseOpml: not OPML is a typed error', () => {
  for (const body of ['', '<rss><channel/></rss>', 'hello', '{"a":1}']) {
    assert.throws(
      () => parseOpml(body),
      (e: unknown) => isPinkslipError(e) && e.code === 'input_unreadable' && e.message.startsWith('feeds: '),
    );
  }
});

test('writeOpml → parseOpml round trip keeps every field, escapes markup', () => {
  const sources = [
    { title: 'A & B <"quoted">', url: 'https://a.test/feed?x=1&y=2', htmlUrl: 'https://a.test/' },
    { title: 'Caf\u00e9 \u2014 news', url: 'https://b.test/rss', htmlUrl: null },
  ];
  const xml = writeOpml(sources, { title: 'Mine', dateCreated: '2024-04-04T00:00:00Z' });
  assert.match(xml, /<title>Mine<\/title>/);
  assert.match(xml, /<dateCreated>Thu, 04 Apr 2024 00:00:00 GMT<\/dateCreated>/);
  assert.ok(!/="[^"]*<[^"]*"/.test(xml), 'no raw < inside an attribute');
  assert.deepEqual(parseOpml(xml), sources);
});

test('writeOpml is deterministic without dateCreated', () => {
  assert.equal(writeOpml([]), writeOpml([]));
  assert.ok(!writeOpml([]).includes('dateCreated'));
});

test('DEFAULT_FEEDS: https URLs, unique, and survive an OPML round trip', () => {
  assert.ok(DEFAULT_FEEDS.length >= 10);
  const urls = DEFAULT_FEEDS.map((f) => f.url);
  assert.equal(new Set(urls).size, urls.length);
  for (const feed of DEFAULT_FEEDS) {
    assert.equal(new URL(feed.url).protocol, 'https:', feed.url);
    assert.ok(feed.title && feed.topics.length > 0, feed.url);
  }
  assert.ok(DEFAULT_FEEDS.some((f) => f.topics.includes('layoffs')));
  const roundTrip = parseOpml(writeOpml(DEFAULT_FEEDS));
  assert.deepEqual(
    roundTrip,
    DEFAULT_FEEDS.map(({ title, url, htmlUrl }) => ({ title, url, htmlUrl })),
  );
});
