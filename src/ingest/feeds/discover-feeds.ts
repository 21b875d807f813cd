// Feed autodiscovery: the <link rel="alternate" type="application/rss+xml"> tags of an HTML page.
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { resolveUrl } from './resolve-url.js';

/** MIME types that announce a feed. */
const FEED_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
];

export interface DiscoveredFeed {
  readonly url: string;
  readonly title: string;
  readonly type: string;
}

/** The feeds a page links to, absolute, in page order, without duplicates. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const doc = parseDocument(html);
  const baseHref = findAll((el) => el.name === 'base', doc.children)[0]?.attribs.href;
  const base = resolveUrl(baseHref, pageUrl) ?? pageUrl;
  const found = new Map<string, DiscoveredFeed>();
  for (const link of findAll((el) => el.name === 'link', doc.children)) {
    const rel = (link.attribs.rel ?? '').toLowerCase().split(/\s+/);
    const type = (link.attribs.type ?? '').trim().toLowerCase();
    if (!rel.includes('alternate') || !FEED_TYPES.includes(type)) continue;
    const url = resolveUrl(link.attribs.href, base);
    if (url && !found.has(url)) found.set(url, { url, title: (link.attribs.title ?? '').trim(), type });
  }
  return [...found.values()];
}
