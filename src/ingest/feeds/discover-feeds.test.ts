import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { discoverFeeds } from './discover-feeds.js';

test('discoverFeeds: RSS and Atom links, absolute, deduplicated; WordPress JSON API links ignored', () => {
  const html = readFileSync(new URL('./testdata/page-with-feeds.html', import.meta.url), 'utf8');
  assert.deepEqual(discoverFeeds(html, 'https://news.example.com/section/page'), [
    { url: 'https://news.example.com/feed/', title: 'All stories', type: 'application/rss+xml' },
    { url: 'https://news.example.com/comments.atom', title: 'Comments', type: 'application/atom+xml' },
  ]);
});

test('discoverFeeds: nothing on a page without feed links', () => {
  assert.deepEqual(discoverFeeds('<p>hi</p>', 'https://x.test/'), []);
});
