import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './read-html.js';
import type { PageRead } from './read-html.js';
import { stripSiteName } from './metadata.js';
import { paragraphs } from './testdata/pages.js';

function read(head: string, body = '', url: string | null = null): PageRead {
  return readHtml(`<html><head>${head}</head><body>${body}<article>${paragraphs()}</article></body></html>`, {
    url,
  });
}

type Field = Exclude<keyof PageRead, 'text'>;

const CASES: readonly {
  name: string;
  field: Field;
  head?: string;
  body?: string;
  url?: string;
  want: string | null;
}[] = [
  // title
  {
    name: 'og:title',
    field: 'title',
    head: '<meta property="og:title" content="Acme cuts 300"><title>Other | Site</title>',
    want: 'Acme cuts 300',
  },
  {
    name: 'JSON-LD headline',
    field: 'title',
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Acme cuts 300 jobs"}</script><title>x</title>',
    want: 'Acme cuts 300 jobs',
  },
  {
    name: '<title> minus " | Site"',
    field: 'title',
    head: '<title>Acme to cut 300 jobs in Ohio | Daily Widget</title>',
    want: 'Acme to cut 300 jobs in Ohio',
  },
  {
    name: '<title> minus " - Site Name"',
    field: 'title',
    head: '<title>Acme to cut 300 jobs in Ohio - The Daily Widget</title>',
    want: 'Acme to cut 300 jobs in Ohio',
  },
  {
    name: '<title> minus the og:site_name prefix',
    field: 'title',
    head: '<meta property="og:site_name" content="Daily Widget News Network Online"><title>Daily Widget News Network Online | Acme to cut jobs</title>',
    want: 'Acme to cut jobs',
  },
  {
    name: 'h1 when the head has nothing',
    field: 'title',
    body: '<h1>Acme to cut 300 jobs</h1>',
    want: 'Acme to cut 300 jobs',
  },
  // published
  {
    name: 'article:published_time',
    field: 'published',
    head: '<meta property="article:published_time" content="2024-04-03T09:00:00-07:00">',
    want: '2024-04-03',
  },
  {
    name: 'pubdate meta',
    field: 'published',
    head: '<meta name="pubdate" content="20240403">',
    want: '2024-04-03',
  },
  {
    name: 'date meta',
    field: 'published',
    head: '<meta name="date" content="April 3, 2024">',
    want: '2024-04-03',
  },
  {
    name: 'DC.date',
    field: 'published',
    head: '<meta name="DC.date" content="2024-04-03">',
    want: '2024-04-03',
  },
  {
    name: 'itemprop datePublished',
    field: 'published',
    body: '<meta itemprop="datePublished" content="2024-04-03">',
    want: '2024-04-03',
  },
  {
    name: 'JSON-LD datePublished in @graph',
    field: 'published',
    head: '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-04-03T10:00:00Z"}]}</script>',
    want: '2024-04-03',
  },
  {
    name: '<time datetime>',
    field: 'published',
    body: '<time datetime="2024-04-03T10:00">Wednesday</time>',
    want: '2024-04-03',
  },
  {
    name: 'URL pattern',
    field: 'published',
    url: 'https://example.com/2024/04/03/acme-cuts/',
    want: '2024-04-03',
  },
  {
    name: 'visible dateline',
    field: 'published',
    body: '<div class="story-date">April 3, 2024</div>',
    want: '2024-04-03',
  },
  { name: 'no date anywhere', field: 'published', want: null },
  // byline
  { name: 'meta author', field: 'byline', head: '<meta name="author" content="Jane Roe">', want: 'Jane Roe' },
  {
    name: 'JSON-LD authors',
    field: 'byline',
    head: '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Roe"},{"name":"John Doe"}]}</script>',
    want: 'Jane Roe, John Doe',
  },
  {
    name: 'rel=author link',
    field: 'byline',
    body: '<a rel="author" href="/jane">Jane Roe</a>',
    want: 'Jane Roe',
  },
  {
    name: '.byline element, cut at the date',
    field: 'byline',
    body: '<div class="byline">By Jane Roe | April 3, 2024</div>',
    want: 'Jane Roe',
  },
  {
    name: 'a comment form label is not a byline',
    field: 'byline',
    body: '<form id="commentform"><label class="author">Name (required)</label></form>',
    want: null,
  },
  {
    name: 'a template placeholder is not a byline',
    field: 'byline',
    head: '<meta name="author" content="undefined">',
    want: null,
  },
  // publisher
  {
    name: 'og:site_name',
    field: 'publisher',
    head: '<meta property="og:site_name" content="Daily Widget">',
    want: 'Daily Widget',
  },
  {
    name: 'JSON-LD publisher',
    field: 'publisher',
    head: '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Widget"}}</script>',
    want: 'Daily Widget',
  },
  // url
  {
    name: 'link rel=canonical, resolved against the page URL',
    field: 'url',
    head: '<link rel="canonical" href="/news/acme">',
    url: 'https://example.com/news/acme?utm_source=x',
    want: 'https://example.com/news/acme',
  },
  {
    name: 'og:url',
    field: 'url',
    head: '<meta property="og:url" content="https://example.com/a">',
    want: 'https://example.com/a',
  },
  {
    name: 'the given URL when the page names none',
    field: 'url',
    url: 'https://example.com/b',
    want: 'https://example.com/b',
  },
  // language
  { name: '<html lang>', field: 'language', head: '', want: null },
  {
    name: 'content-language meta',
    field: 'language',
    head: '<meta http-equiv="content-language" content="de-DE">',
    want: 'de-DE',
  },
  {
    name: 'og:locale',
    field: 'language',
    head: '<meta property="og:locale" content="fr_FR">',
    want: 'fr-FR',
  },
];

for (const { name, field, head = '', body = '', url = null, want } of CASES) {
  test(`${field}: ${name}`, () => assert.equal(read(head, body, url)[field], want));
}

test('language: <html lang> wins', () => {
  const page = readHtml(
    '<html lang="pt-BR"><head><meta http-equiv="content-language" content="en"></head><body></body></html>',
  );
  assert.equal(page.language, 'pt-BR');
});

test('JSON-LD that does not parse is ignored', () => {
  const page = read(
    '<script type="application/ld+json">{"@type": "NewsArticle", headline: oops</script><title>Fine title here</title>',
  );
  assert.equal(page.title, 'Fine title here');
});

const TITLES: readonly [string, string | null, string][] = [
  ['Acme to cut 300 jobs | Daily Widget', null, 'Acme to cut 300 jobs'],
  ['Acme to cut 300 jobs – Daily Widget', 'Daily Widget', 'Acme to cut 300 jobs'],
  ['Daily Widget | Acme to cut 300 jobs', 'Daily Widget', 'Acme to cut 300 jobs'],
  // A colon inside a headline is part of it.
  [
    'Hong Kong chaos: China deploys troops and warns protesters',
    null,
    'Hong Kong chaos: China deploys troops and warns protesters',
  ],
  ['Short - title', null, 'Short - title'],
];

for (const [title, site, want] of TITLES) {
  test(`stripSiteName: ${title}`, () => assert.equal(stripSiteName(title, site), want));
}
