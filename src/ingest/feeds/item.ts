// Builds a FeedItem from what a format reader found, filling the fallbacks the same way for every format.
import { createHash } from 'node:crypto';
import type { FeedItem, ItemSource } from './types.js';

export interface ItemParts {
  id: string | null;
  url: string | null;
  title: string;
  published: string | null;
  updated: string | null;
  summary: string;
  contentHtml: string | null;
  author: string | null;
  categories: string[];
  source?: ItemSource | null;
}

/** An item with no title, link, summary or content is noise and is dropped (null). */
export function makeItem(parts: ItemParts): FeedItem | null {
  const contentHtml = parts.contentHtml?.trim() || null;
  if (!parts.title && !parts.url && !parts.summary && !contentHtml) return null;
  const id = parts.id?.trim() || parts.url || hashId(parts);
  return {
    id,
    url: parts.url,
    title: parts.title,
    published: parts.published ?? parts.updated,
    updated: parts.updated,
    summary: parts.summary,
    contentHtml,
    author: parts.author?.trim() || null,
    categories: [...new Set(parts.categories.map((c) => c.trim()).filter(Boolean))],
    source: parts.source?.title || parts.source?.url ? parts.source : null,
  };
}

function hashId(parts: ItemParts): string {
  const digest = createHash('sha256')
    .update([parts.title, parts.published ?? '', parts.summary].join('\n'))
    .digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; "Jane Doe <jane@example.com>" → "Jane Doe". */
export function authorName(raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (inParens?.[1]) return inParens[1].trim();
  const beforeAngle = /^(.+?)\s*<\S+@\S+>$/.exec(text);
  if (beforeAngle?.[1]) return beforeAngle[1].replace(/^"|"$/g, '').trim();
  return text;
}
