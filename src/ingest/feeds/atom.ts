// Atom 1.0 (and the older 0.3) → Feed, with xml:base and the three kinds of text construct.
import { escapeText } from 'entities';
import { NS, attr, child, childrenNamed, innerXml, textOf, type XmlElement } from './xml-tree.js';
import { parseFeedDate } from './parse-date.js';
import { toPlainText } from './plain-text.js';
import { resolveUrl, withBase } from './resolve-url.js';
import { makeItem } from './item.js';
import type { Feed, FeedItem, ItemSource } from './types.js';

// '' too: some feeds forget xmlns on <feed>.
const ATOM = [NS.atom, NS.atom03, ''];

export function readAtom(root: XmlElement, feedUrl: string): Feed {
  const base = withBase(root.attrs['xml:base'], feedUrl);
  const feedAuthor = authorOf(root);
  return {
    kind: 'atom',
    title: toPlainText(textHtml(child(root, 'title', ...ATOM))),
    feedUrl,
    homeUrl: alternateLink(root, base),
    description: toPlainText(textHtml(child(root, 'subtitle', ...ATOM) ?? child(root, 'tagline', ...ATOM))),
    items: childrenNamed(root, 'entry', ...ATOM)
      .map((entry) => readEntry(entry, base, feedAuthor))
      .filter((i): i is FeedItem => i !== null),
  };
}

function readEntry(entry: XmlElement, feedBase: string | null, feedAuthor: string | null): FeedItem | null {
  const base = withBase(entry.attrs['xml:base'], feedBase);
  const content = child(entry, 'content', ...ATOM);
  const hasInlineContent = content !== undefined && attr(content, 'src') === undefined;
  return makeItem({
    id: textOf(child(entry, 'id', ...ATOM)).trim() || null,
    url: alternateLink(entry, base),
    title: toPlainText(textHtml(child(entry, 'title', ...ATOM))),
    published: parseFeedDate(textOf(child(entry, 'published', ...ATOM) ?? child(entry, 'issued', ...ATOM))),
    updated: parseFeedDate(textOf(child(entry, 'updated', ...ATOM) ?? child(entry, 'modified', ...ATOM))),
    summary: toPlainText(textHtml(child(entry, 'summary', ...ATOM))),
    contentHtml: hasInlineContent ? textHtml(content) : null,
    author: authorOf(entry) ?? feedAuthor,
    source: sourceOf(child(entry, 'source', ...ATOM), base),
    categories: childrenNamed(entry, 'category', ...ATOM).map(
      (c) => attr(c, 'label') ?? attr(c, 'term') ?? '',
    ),
  });
}

/** An Atom text construct as HTML: `text` is escaped, `html` is taken as is, `xhtml` is serialized. */
function textHtml(el: XmlElement | undefined): string {
  if (!el) return '';
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml' || type.includes('xhtml')) {
    const div = el.children.length === 1 && el.children[0]?.local === 'div' ? el.children[0] : el;
    return innerXml(div).trim();
  }
  if (type === 'html' || type.includes('html') || attr(el, 'mode') === 'escaped') return textOf(el);
  return escapeText(textOf(el));
}

/** rel="alternate" (or no rel), preferring HTML; else the first link that is not self/edit. */
function alternateLink(el: XmlElement, base: string | null): string | null {
  const links = childrenNamed(el, 'link', ...ATOM).map((l) => ({
    rel: (attr(l, 'rel') ?? 'alternate').trim().toLowerCase(),
    type: (attr(l, 'type') ?? '').toLowerCase(),
    href: attr(l, 'href') ?? textOf(l),
  }));
  const alternates = links.filter((l) => l.rel === 'alternate');
  const best =
    alternates.find((l) => l.type === '' || l.type.includes('html')) ??
    alternates[0] ??
    links.find((l) => !['self', 'edit', 'hub', 'replies', 'enclosure'].includes(l.rel));
  return best ? resolveUrl(best.href, base) : null;
}

function authorOf(el: XmlElement): string | null {
  const names = childrenNamed(el, 'author', ...ATOM)
    .map((a) => textOf(child(a, 'name', ...ATOM)).trim() || textOf(a).trim())
    .filter(Boolean);
  return names.length ? names.join(', ') : null;
}

/** Atom <source>: the feed an entry was copied from. */
function sourceOf(el: XmlElement | undefined, base: string | null): ItemSource | null {
  if (!el) return null;
  return { title: toPlainText(textHtml(child(el, 'title', ...ATOM))), url: alternateLink(el, base) };
}
