// Page metadata: title, publication date, byline, publisher, canonical URL and language, best source first.
import { dateFromUrl, parseDate } from './dates.js';
import { readJsonLd } from './json-ld.js';
import { innerText } from './render.js';
import { isElement } from './tree.js';
import type { HtmlElement, ParsedPage } from './tree.js';

/** <meta> keys (name, property, itemprop or http-equiv, lowercased) in order of trust. */
export const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline'];
export const DATE_KEYS = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.issued',
  'date',
  'og:updated_time',
  'article:modified_time',
];
export const AUTHOR_KEYS = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
];
export const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
export const LANGUAGE_KEYS = ['content-language', 'language', 'dc.language', 'og:locale'];

/** Separators between a headline and the site name in <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]+\s+|\s*\|\s*/;
const TRAILING_SEP = /[\s|\-–—:·•»]+$/;
const LEADING_SEP = /^[\s|\-–—:·•»]+/;
/** A title suffix of at most this many words is a site name. */
export const MAX_SITE_NAME_WORDS = 4;
/** What is left after cutting a suffix must still read like a headline. */
export const MIN_HEADLINE_WORDS = 3;
/** class/id words of the element that holds the byline. */
const BYLINE_NAMES = /byline|author-name|article-author|contributor|\bauthor\b/i;
/** class/id words of the element that shows the publication date. */
const DATELINE_NAMES = /dateline|date|time|posted|published|timestamp|meta/i;
const BYLINE_PREFIX = /^(?:by|von|par|por|di|door)\s+/i;
/** Where a byline stops being names: a separator, a date, a time, a handle, "Published". */
const BYLINE_END =
  /\s*(?:[|·•—–]|\b(?:published|updated|posted)\b|@\w|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b).*$/i;
/** Containers whose "author" elements belong to someone else: comment forms, footers. */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['form', 'footer', 'aside', 'nav']);
const FOREIGN_NAMES = /comment|reply|respond|related|footer|sidebar/i;
const MAX_BYLINE_CHARS = 100;

export interface PageMetadata {
  title: string | null;
  published: string | null;
  byline: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

/** Values that templates print when a field is empty. */
const EMPTY_VALUES: ReadonlySet<string> = new Set([
  '',
  'undefined',
  'null',
  'none',
  'n/a',
  'false',
  'unknown',
]);

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return EMPTY_VALUES.has(text.toLowerCase()) ? null : text;
}

function metaTable(page: ParsedPage): Map<string, string> {
  const table = new Map<string, string>();
  for (const element of page.collected) {
    if (element.tag !== 'meta') continue;
    const { attrs } = element;
    const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'];
    const value = clean(attrs.content ?? attrs.datetime);
    if (key === undefined || value === null) continue;
    const lower = key.toLowerCase();
    if (!table.has(lower)) table.set(lower, value);
  }
  return table;
}

function firstOf(table: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = table.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

/** The headline without the " | Site" or "Site - " that <title> adds. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase() ?? null;
  const last = (parts[parts.length - 1] as string).trim();
  const first = (parts[0] as string).trim();
  if (site !== null && last.toLowerCase() === site)
    return title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEP, '');
  if (site !== null && first.toLowerCase() === site)
    return title.slice(first.length).replace(LEADING_SEP, '');
  if (words(last) <= MAX_SITE_NAME_WORDS && words(last) < words(title) / 2) {
    const headline = title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEP, '');
    if (words(headline) >= MIN_HEADLINE_WORDS) return headline;
  }
  return title;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const value = clean(href);
  if (value === null) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

function cleanByline(value: string | null): string | null {
  const text = clean(
    clean(value)
      ?.replace(BYLINE_PREFIX, '')
      .replace(BYLINE_END, '')
      .replace(/[\s,.;:]+$/, ''),
  );
  if (text === null || text.length > MAX_BYLINE_CHARS || /^https?:\/\//.test(text)) return null;
  return text;
}

function normalizeLanguage(value: string | null | undefined): string | null {
  const text = clean(value);
  if (text === null) return null;
  const tag = text.split(/[,;\s]/)[0]?.replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

interface Visible {
  h1: string | null;
  byline: string | null;
  dateline: string | null;
}

/** One walk over the body for the facts only visible text gives: first h1, byline element, dateline. */
function readVisible(root: HtmlElement): Visible {
  const found: Visible = { h1: null, byline: null, dateline: null };
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    const names = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''} ${element.attrs.itemprop ?? ''}`;
    if (found.h1 === null && element.tag === 'h1') found.h1 = clean(innerText(element));
    if (found.byline === null && (BYLINE_NAMES.test(names) || element.attrs.rel === 'author')) {
      const text = cleanByline(innerText(element));
      if (text !== null && text.length >= 3) found.byline = text;
    }
    if (found.dateline === null && DATELINE_NAMES.test(names)) {
      const text = innerText(element);
      if (text.length < 200) found.dateline = parseDate(text);
    }
    if (found.h1 !== null && found.byline !== null && found.dateline !== null) break;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child !== undefined && isElement(child) && !isForeign(child)) stack.push(child);
    }
  }
  return found;
}

function isForeign(element: HtmlElement): boolean {
  if (FOREIGN_TAGS.has(element.tag)) return true;
  const names = element.attrs.class ?? element.attrs.id;
  return names !== undefined && FOREIGN_NAMES.test(names);
}

function timeElementDate(page: ParsedPage): string | null {
  let fallback: string | null = null;
  for (const element of page.collected) {
    if (element.tag !== 'time') continue;
    const date = parseDate(element.attrs.datetime ?? innerText(element));
    if (date === null) continue;
    const names = `${element.attrs.class ?? ''} ${element.attrs.itemprop ?? ''}`;
    if (element.attrs.pubdate !== undefined || /publish|posted|created/i.test(names)) return date;
    fallback ??= date;
  }
  return fallback;
}

export function readMetadata(page: ParsedPage, sourceUrl: string | null): PageMetadata {
  const meta = metaTable(page);
  const ld = readJsonLd(page.jsonLd);
  const htmlElement = page.collected.find((e) => e.tag === 'html');
  const links = page.collected.filter((e) => e.tag === 'link' || e.tag === 'a');
  const canonicalLink = links.find((e) => e.tag === 'link' && /\bcanonical\b/i.test(e.attrs.rel ?? ''));
  // The walk over visible text runs only when the head and JSON-LD leave a field empty.
  let walked: Visible | null = null;
  const visible = (): Visible => (walked ??= readVisible(page.root));

  const publisher = clean(firstOf(meta, PUBLISHER_KEYS)) ?? clean(ld?.publisher);
  const rawTitle =
    clean(firstOf(meta, TITLE_KEYS)) ?? clean(ld?.headline) ?? clean(page.title) ?? visible().h1;
  const title = rawTitle === null ? null : stripSiteName(rawTitle, publisher);

  const url =
    resolveUrl(canonicalLink?.attrs.href, sourceUrl) ??
    resolveUrl(meta.get('og:url'), sourceUrl) ??
    resolveUrl(ld?.url, sourceUrl) ??
    clean(sourceUrl);

  const published =
    parseDate(firstOf(meta, DATE_KEYS)) ??
    parseDate(ld?.datePublished) ??
    timeElementDate(page) ??
    dateFromUrl(url) ??
    dateFromUrl(sourceUrl) ??
    visible().dateline;

  const authorLink = links.find((e) => /\bauthor\b/i.test(e.attrs.rel ?? '') && e.tag === 'a');
  const byline =
    cleanByline(firstOf(meta, AUTHOR_KEYS)) ??
    cleanByline(ld !== null && ld.authors.length > 0 ? ld.authors.join(', ') : null) ??
    (authorLink === undefined ? null : cleanByline(innerText(authorLink))) ??
    visible().byline;

  const language =
    normalizeLanguage(htmlElement?.attrs.lang) ??
    normalizeLanguage(firstOf(meta, LANGUAGE_KEYS)) ??
    normalizeLanguage(ld?.language);

  return { title, published, byline, publisher, url, language };
}
