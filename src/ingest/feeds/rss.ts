// RSS 0.9x / 2.0 and RSS 1.0 (RDF) → Feed. The two differ only in where the items sit.
import { NS, attr, child, childrenNamed, textOf, type XmlElement } from './xml-tree.js';
import { parseFeedDate } from './parse-date.js';
import { toPlainText } from './plain-text.js';
import { resolveUrl } from './resolve-url.js';
import { authorName, makeItem } from './item.js';
import type { Feed, FeedItem, ItemSource } from './types.js';

/** Namespaces the plain RSS elements may carry: none (2.0), RSS 1.0, RSS 0.90. */
const RSS = ['', NS.rss10, NS.rss09];
const FEEDBURNER = 'http://rssnamespace.org/feedburner/ext/1.0';

export function readRss(root: XmlElement, feedUrl: string): Feed {
  const channel = child(root, 'channel', ...RSS) ?? root;
  return readChannel('rss', channel, withNestedItems(childrenNamed(channel, 'item', ...RSS)), feedUrl);
}

export function readRdf(root: XmlElement, feedUrl: string): Feed {
  const channel = child(root, 'channel', ...RSS) ?? root;
  const items = withNestedItems([
    ...childrenNamed(root, 'item', ...RSS),
    ...childrenNamed(channel, 'item', ...RSS),
  ]);
  return readChannel('rdf', channel, items, feedUrl);
}

/** An unclosed <item> swallows the items after it; lift them back out, in document order. */
function withNestedItems(items: XmlElement[]): XmlElement[] {
  return items.flatMap((item) => [item, ...withNestedItems(childrenNamed(item, 'item', ...RSS))]);
}

function readChannel(kind: 'rss' | 'rdf', channel: XmlElement, items: XmlElement[], feedUrl: string): Feed {
  return {
    kind,
    title: toPlainText(textOf(child(channel, 'title', ...RSS))),
    feedUrl,
    homeUrl: resolveUrl(textOf(child(channel, 'link', ...RSS)), feedUrl),
    description: toPlainText(textOf(child(channel, 'description', ...RSS))),
    items: items.map((item) => readItem(item, feedUrl)).filter((i): i is FeedItem => i !== null),
  };
}

function readItem(item: XmlElement, feedUrl: string): FeedItem | null {
  const guidEl = child(item, 'guid', ...RSS);
  const guid = textOf(guidEl).trim();
  const guidIsLink = guidEl !== undefined && attr(guidEl, 'isPermaLink')?.trim().toLowerCase() !== 'false';
  const url =
    resolveUrl(textOf(child(item, 'link', ...RSS)), feedUrl) ??
    resolveUrl(textOf(child(item, 'origLink', FEEDBURNER)), feedUrl) ??
    (guidIsLink && /^https?:\/\//i.test(guid) ? resolveUrl(guid, feedUrl) : null);
  const creator =
    textOf(child(item, 'creator', NS.dc)) ||
    textOf(child(item, 'author', ...RSS)) ||
    textOf(child(item, 'author', NS.itunes));
  const description = textOf(child(item, 'description', ...RSS)) || textOf(child(item, 'description', NS.dc));
  return makeItem({
    id: guid || attr(item, 'about') || null,
    url,
    title: toPlainText(textOf(child(item, 'title', ...RSS)) || textOf(child(item, 'title', NS.dc))),
    published: parseFeedDate(textOf(child(item, 'pubDate', ...RSS)) || textOf(child(item, 'date', NS.dc))),
    updated: parseFeedDate(textOf(child(item, 'modified', NS.dc)) || textOf(child(item, 'updated', NS.atom))),
    summary: toPlainText(description),
    contentHtml: textOf(child(item, 'encoded', NS.content)) || null,
    author: authorName(creator),
    source: sourceOf(child(item, 'source', ...RSS), feedUrl),
    categories: [...childrenNamed(item, 'category', ...RSS), ...childrenNamed(item, 'subject', NS.dc)].map(
      (c) => toPlainText(textOf(c)),
    ),
  });
}

/** RSS 2.0 <source url="…">Outlet</source>. */
function sourceOf(el: XmlElement | undefined, feedUrl: string): ItemSource | null {
  if (!el) return null;
  return { title: toPlainText(textOf(el)), url: resolveUrl(attr(el, 'url'), feedUrl) };
}
