// A forgiving XML reader: htmlparser2 in XML mode, turned into elements with resolved namespaces.
import { parseDocument } from 'htmlparser2';
import { render } from 'dom-serializer';
import { decodeHTMLStrict } from 'entities';
import type { AnyNode, Element } from 'domhandler';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss09: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Prefixes that broken feeds use without declaring them. */
const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom,
  rdf: NS.rdf,
  content: NS.content,
  dc: NS.dc,
  media: NS.media,
  itunes: NS.itunes,
  xml: NS.xml,
};

export interface XmlElement {
  /** Qualified name as written, e.g. `content:encoded`. */
  readonly name: string;
  /** Namespace URI ('' when none). */
  readonly ns: string;
  /** Local name, e.g. `encoded`. */
  readonly local: string;
  /** Attributes by qualified name, entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly node: Element;
}

/**
 * Parses XML without ever throwing; returns the first top-level element that `isRoot` accepts
 * (junk before the document, such as a server's warning printed in HTML, is skipped), or null.
 */
export function parseXmlRoot(
  xml: string,
  isRoot: (el: XmlElement) => boolean = () => true,
): XmlElement | null {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: false });
  for (const node of doc.children) {
    if (node.type !== 'tag') continue;
    const el = toElement(node, new Map());
    if (isRoot(el)) return el;
  }
  return null;
}

function toElement(node: Element, inherited: ReadonlyMap<string, string>): XmlElement {
  let scope = inherited;
  const attrs: Record<string, string> = {};
  for (const [key, raw] of Object.entries(node.attribs)) {
    const value = decodeHTMLStrict(raw);
    attrs[key] = value;
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === inherited) scope = new Map(inherited);
      (scope as Map<string, string>).set(key === 'xmlns' ? '' : key.slice(6), value.trim());
    }
  }
  const colon = node.name.indexOf(':');
  const prefix = colon >= 0 ? node.name.slice(0, colon) : '';
  const local = colon >= 0 ? node.name.slice(colon + 1) : node.name;
  const ns = scope.get(prefix) ?? WELL_KNOWN_PREFIXES[prefix.toLowerCase()] ?? '';
  const children = node.children
    .filter((c): c is Element => c.type === 'tag')
    .map((c) => toElement(c, scope));
  return { name: node.name, ns, local, attrs, children, node };
}

/** Text content: entities decoded outside CDATA sections, CDATA kept as is. Not trimmed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return collectText(el.node.children, false);
}

function collectText(nodes: readonly AnyNode[], inCdata: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += inCdata ? n.data : decodeHTMLStrict(n.data);
    else if (n.type === 'cdata') out += collectText(n.children, true);
    else if (n.type === 'tag') out += collectText(n.children, inCdata);
  }
  return out;
}

/** The element's children serialized as markup (for Atom `type="xhtml"`). */
export function innerXml(el: XmlElement): string {
  return render(el.node.children, { xmlMode: true, decodeEntities: false, encodeEntities: false });
}

/** First child with this local name in one of the namespaces. */
export function child(el: XmlElement, local: string, ...namespaces: string[]): XmlElement | undefined {
  return el.children.find((c) => c.local === local && namespaces.includes(c.ns));
}

export function childrenNamed(el: XmlElement, local: string, ...namespaces: string[]): XmlElement[] {
  return el.children.filter((c) => c.local === local && namespaces.includes(c.ns));
}

/** Attribute by local name, with or without a prefix (`rdf:about` or `about`). */
export function attr(el: XmlElement, name: string): string | undefined {
  if (name in el.attrs) return el.attrs[name];
  const key = Object.keys(el.attrs).find((k) => k.endsWith(`:${name}`));
  return key === undefined ? undefined : el.attrs[key];
}
