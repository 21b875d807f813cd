// Any feed body → Feed: detects JSON Feed, RSS 2.0, RSS 1.0 (RDF) or Atom and hands it to its reader.
import { PinkslipError } from '../../domain/errors.js';
import { NS, parseXmlRoot } from './xml-tree.js';
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

function parseXml(text: string, feedUrl: string): Feed | null {
  const root = parseXmlRoot(text);
  if (!root) return null;
  const local = root.local.toLowerCase();
  if (local === 'rss' && (root.ns === '' || root.ns === NS.rss10)) return readRss(root, feedUrl);
  if (local === 'rdf' && root.ns === NS.rdf) return readRdf(root, feedUrl);
  if (local === 'feed' && (root.ns === NS.atom || root.ns === NS.atom03 || root.ns === '')) {
    return readAtom(root, feedUrl);
  }
  return null;
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
