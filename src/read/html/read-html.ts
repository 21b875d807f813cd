// The reader: bytes or text → parsed tree → main text + metadata.
import { PinkslipError } from '../../domain/errors.js';
import { decodeHtml } from './decode.js';
import { extractMainText } from './main-text.js';
import { readMetadata } from './metadata.js';
import type { PageMetadata } from './metadata.js';
import { parseHtml } from './tree.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface HtmlReadOptions {
  /** Where the page came from: the canonical URL when the page names none, and a source of dates. */
  url?: string | null;
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string | null;
  maxBytes?: number;
}

/** A page's metadata (YYYY-MM-DD date, canonical URL) and its main text, blocks separated by a blank line. */
export interface PageRead extends PageMetadata {
  text: string;
}

function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
}

export function readHtml(input: string | Uint8Array, options: HtmlReadOptions = {}): PageRead {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A string has at most 3 bytes per UTF-16 unit: skip the exact count when it cannot be over.
  if ((typeof input !== 'string' || input.length * 3 > maxBytes) && byteLength(input) > maxBytes) {
    const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
    throw new PinkslipError('input_too_large', `read: page over ${megabytes} MB`);
  }
  const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType);
  const page = parseHtml(html);
  const metadata = readMetadata(page, options.url ?? null);
  const { blocks } = extractMainText(page.root, metadata.title);
  return { ...metadata, text: blocks.join('\n\n') };
}
