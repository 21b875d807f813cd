// Any feed body → Feed: detects JSON Feed, RSS 2.0, RSS 1.0 (RDF) or Atom and hands it to its reader.
import { PinkslipError } from '../../domain/errors.js';
import { NS, parseXmlRoot, type XmlElement } from './xml-tree.js';
import { readRss, readRdf } from './rss.js';
import { readAtom } from './atom.js';
import { asJsonFeed, readJsonFeed } from './json-feed.js';
import type { Feed } from './types.js';

/**
 * Parses a feed. Bad items are skipped; a body that is no feed at all (HTML, junk, empty)
 * throws PinkslipError('input_unreadable', 'feeds: not a feed').
 */
export function parseFeed(body: string, feedUrl: string): Feed {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  let feed: Feed | null;
  try {
    feed = text.startsWith('{') ? parseJson(text, feedUrl) : parseXml(text, feedUrl);
  } catch (cause) {
    throw notAFeed(cause);
  }
  if (!feed) throw notAFeed();
  return feed;
}

/** The root elements of the XML formats, and who reads them. */
const XML_FORMATS: readonly { local: string; namespaces: readonly string[]; read: typeof readRss }[] = [
  { local: 'rss', namespaces: ['', NS.rss10], read: readRss },
  { local: 'rdf', namespaces: [NS.rdf], read: readRdf },
  { local: 'feed', namespaces: [NS.atom, NS.atom03, ''], read: readAtom },
];

function formatOf(root: XmlElement) {
  const local = root.local.toLowerCase();
  return XML_FORMATS.find((f) => f.local === local && f.namespaces.includes(root.ns));
}

function parseXml(text: string, feedUrl: string): Feed | null {
  const root = parseXmlRoot(text, (el) => formatOf(el) !== undefined);
  return root ? (formatOf(root)?.read(root, feedUrl) ?? null) : null;
}

function parseJson(text: string, feedUrl: string): Feed | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const json = asJsonFeed(value);
  return json ? readJsonFeed(json, feedUrl) : null;
}

function notAFeed(cause?: unknown): PinkslipError {
  return new PinkslipError(
    'input_unreadable',
    'feeds: not a feed',
    cause === undefined ? undefined : { cause },
  );
}
