// The read stage: raw bytes of a page or a text file → Article (main text + metadata).
import type { Article } from '../domain/index.js';
import { decodeHtml, looksLikeHtml, readHtml } from './html/index.js';
import { readPlainText } from './plain-text.js';

export { readPlainText, trimPlainText } from './plain-text.js';
export { htmlToText } from './html/index.js';

export interface RawDocument {
  /** What the user gave: a path, a URL or "-". */
  input: string;
  bytes: Uint8Array;
  /** HTTP Content-Type when fetched. */
  contentType?: string | null;
  url?: string | null;
}

const HTML_NAME = /\.(html?|xhtml)$/i;
const SNIFF_BYTES = 1024;

/** Is this document a web page, by its name, its content type or its first bytes? */
export function isHtmlDocument(raw: RawDocument): boolean {
  if (HTML_NAME.test(raw.input)) return true;
  if (raw.contentType && /html/i.test(raw.contentType)) return true;
  if (raw.contentType && /^text\/plain/i.test(raw.contentType)) return false;
  const start = new TextDecoder('utf-8').decode(raw.bytes.subarray(0, SNIFF_BYTES));
  return looksLikeHtml(start);
}

/** Reads a page or a text file into an Article. */
export function readDocument(raw: RawDocument): Article {
  if (isHtmlDocument(raw)) {
    const page = readHtml(decodeHtml(raw.bytes, raw.contentType ?? null), { url: raw.url ?? null });
    return { input: raw.input, ...page };
  }
  return readPlainText(raw.input, new TextDecoder('utf-8').decode(raw.bytes));
}
