// A feed item → what identifies it and, when the feed carries the article, the document to read. Pure.
import { escapeUTF8 } from 'entities';
import { canonicalUrl } from '../ingest/feeds/index.js';
import type { FeedItem } from '../ingest/feeds/index.js';
import type { RawDocument } from '../read/index.js';
import type { SeenItem } from '../store/index.js';

/** Feed content with less text than this is a summary: the item's page is fetched and read instead. */
export const FULL_CONTENT_MIN_CHARS = 1000;

const TAG = /<[^>]*>/g;

/** The keys an item is remembered by; a GUID only means something within its own feed. */
export function itemKeys(item: FeedItem, feedUrl: string, sourceId: number | null): SeenItem {
  return {
    sourceId,
    canonicalUrl: item.url ? canonicalUrl(item.url) : null,
    guid: `${feedUrl} ${item.id}`,
    contentHash: null,
  };
}

/** Does the feed hold only a summary of an article that has a page of its own? */
export function needsPage(item: FeedItem): boolean {
  if (!item.url) return false;
  const contentText = (item.contentHtml ?? '').replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  return contentText.length < FULL_CONTENT_MIN_CHARS;
}

/** The article as the feed carries it: its full content as a page, else its title and summary as text. */
export function itemDocument(item: FeedItem, feedUrl: string): RawDocument {
  const input = item.url ?? `${feedUrl}#${item.id}`;
  if (item.contentHtml) {
    const html =
      `<!doctype html><html><head><title>${escapeUTF8(item.title)}</title></head>` +
      `<body><article><h1>${escapeUTF8(item.title)}</h1>${item.contentHtml}</article></body></html>`;
    return {
      input,
      bytes: new TextEncoder().encode(html),
      contentType: 'text/html; charset=utf-8',
      url: item.url,
    };
  }
  const text = [item.title, item.summary].filter(Boolean).join('\n\n');
  return {
    input,
    bytes: new TextEncoder().encode(text),
    contentType: 'text/plain; charset=utf-8',
    url: item.url,
  };
}

/** The item's day (YYYY-MM-DD), a fallback for pages that carry no date. */
export function itemDay(item: FeedItem): string | null {
  return (item.published ?? item.updated)?.slice(0, 10) ?? null;
}
