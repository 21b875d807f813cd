// HTML or text fragments from feeds → one line of plain text.
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';

const LOOKS_LIKE_MARKUP = /<[a-z!/][^>]*>|&[#a-z0-9]+;/i;

/** Elements whose text is never shown. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Elements that separate words: their text gets a space on each side. */
const BREAKING_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Removes tags (when there are any), decodes entities and collapses whitespace. */
export function toPlainText(fragment: string): string {
  const text = LOOKS_LIKE_MARKUP.test(fragment) ? htmlText(fragment) : fragment;
  return text.replace(/\s+/g, ' ').trim();
}

function htmlText(html: string): string {
  return collect(parseDocument(html, { decodeEntities: true }).children);
}

function collect(nodes: readonly AnyNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.data;
    else if (n.type === 'cdata') out += collect(n.children);
    else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const name = n.name.toLowerCase();
      if (HIDDEN_ELEMENTS.has(name)) continue;
      const pad = BREAKING_ELEMENTS.has(name) ? ' ' : '';
      out += pad + collect(n.children) + pad;
    }
  }
  return out;
}
