// JSON Feed 1.0 / 1.1 → Feed. Fields of the wrong type are ignored, never trusted.
import { parseFeedDate } from './parse-date.js';
import { toPlainText } from './plain-text.js';
import { resolveUrl } from './resolve-url.js';
import { makeItem } from './item.js';
import type { Feed, FeedItem } from './types.js';

type Json = Record<string, unknown>;

/** The parsed JSON if it looks like a JSON Feed, else null. */
export function asJsonFeed(value: unknown): Json | null {
  if (!isObject(value) || !Array.isArray(value.items)) return null;
  const version = str(value.version);
  return version.includes('jsonfeed.org') || 'title' in value || 'home_page_url' in value ? value : null;
}

export function readJsonFeed(json: Json, feedUrl: string): Feed {
  const items = Array.isArray(json.items) ? json.items : [];
  const feedAuthor = authorOf(json);
  return {
    kind: 'json',
    title: toPlainText(str(json.title)),
    feedUrl,
    homeUrl: resolveUrl(str(json.home_page_url), feedUrl),
    description: toPlainText(str(json.description)),
    items: items
      .filter(isObject)
      .map((item) => readItem(item, feedUrl, feedAuthor))
      .filter((i): i is FeedItem => i !== null),
  };
}

function readItem(item: Json, feedUrl: string, feedAuthor: string | null): FeedItem | null {
  const url = resolveUrl(str(item.url), feedUrl) ?? resolveUrl(str(item.external_url), feedUrl);
  const id = typeof item.id === 'number' ? String(item.id) : str(item.id);
  return makeItem({
    id: id || null,
    url,
    title: toPlainText(str(item.title)),
    published: parseFeedDate(str(item.date_published)),
    updated: parseFeedDate(str(item.date_modified)),
    summary: toPlainText(str(item.summary) || str(item.content_text)),
    contentHtml: str(item.content_html) || null,
    author: authorOf(item) ?? feedAuthor,
    categories: Array.isArray(item.tags) ? item.tags.map(str) : [],
  });
}

/** JSON Feed 1.1 `authors` (array) or 1.0 `author` (object). */
function authorOf(obj: Json): string | null {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  const names = list
    .filter(isObject)
    .map((a) => str(a.name).trim())
    .filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
