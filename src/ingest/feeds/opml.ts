// OPML subscription lists: read (nested outlines flattened, duplicates dropped) and write.
import { escapeUTF8 } from 'entities';
import { PinkslipError } from '../../domain/errors.js';
import { attr, parseXmlRoot, type XmlElement } from './xml-tree.js';
import { resolveUrl } from './resolve-url.js';
import type { FeedSource } from './types.js';

/** Nesting deeper than this is not a subscription list but an attack or a bug. */
const MAX_OUTLINE_DEPTH = 32;

/** Reads every outline with an xmlUrl. Throws PinkslipError('input_unreadable') when the text is no OPML. */
export function parseOpml(xml: string): FeedSource[] {
  const root = parseXmlRoot(xml.replace(/^\uFEFF/, ''), (el) => el.local.toLowerCase() === 'opml');
  if (!root) {
    throw new PinkslipError('input_unreadable', 'feeds: not an OPML document');
  }
  const body = root.children.find((c) => c.local.toLowerCase() === 'body');
  const sources = new Map<string, FeedSource>();
  const visit = (outlines: readonly XmlElement[], depth: number): void => {
    if (depth > MAX_OUTLINE_DEPTH) return;
    for (const outline of outlines) {
      if (outline.local.toLowerCase() !== 'outline') continue;
      const source = toSource(outline);
      if (source && !sources.has(source.url)) sources.set(source.url, source);
      visit(outline.children, depth + 1);
    }
  };
  visit(body?.children ?? [], 0);
  return [...sources.values()];
}

function toSource(outline: XmlElement): FeedSource | null {
  const url = resolveUrl(attr(outline, 'xmlUrl') ?? attr(outline, 'xmlurl') ?? attr(outline, 'url'), null);
  if (!url) return null;
  const title = (attr(outline, 'title') || attr(outline, 'text') || url).replace(/\s+/g, ' ').trim();
  return { title, url, htmlUrl: resolveUrl(attr(outline, 'htmlUrl') ?? attr(outline, 'htmlurl'), null) };
}

export interface OpmlOptions {
  /** Title of the list ('pinkslip sources' by default). */
  readonly title?: string;
  /** ISO datetime written as dateCreated; left out when not given (keeps output deterministic). */
  readonly dateCreated?: string;
}

/** Writes an OPML 2.0 document with one rss outline per source. */
export function writeOpml(sources: readonly FeedSource[], options: OpmlOptions = {}): string {
  const head = [`    <title>${xmlEscape(options.title ?? 'pinkslip sources')}</title>`];
  const created = options.dateCreated ? new Date(options.dateCreated) : null;
  if (created && !Number.isNaN(created.getTime()))
    head.push(`    <dateCreated>${created.toUTCString()}</dateCreated>`);
  const outlines = sources.map((s) => {
    const attrs = [
      `type="rss"`,
      `text="${xmlEscape(s.title)}"`,
      `title="${xmlEscape(s.title)}"`,
      `xmlUrl="${xmlEscape(s.url)}"`,
    ];
    if (s.htmlUrl) attrs.push(`htmlUrl="${xmlEscape(s.htmlUrl)}"`);
    return `    <outline ${attrs.join(' ')}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    ...head,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

/** Escapes markup characters and drops the control characters XML 1.0 forbids. */
function xmlEscape(text: string): string {
  return escapeUTF8(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}
