// What makes two documents the same: the hash of their normalised text and their canonical URL.
import { createHash } from 'node:crypto';

/** Query parameters that only track the reader and never change the page. */
export const TRACKING_PARAMETERS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

/** sha256 (hex) of the text after Unicode normalisation and whitespace folding. */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** The URL without fragment, tracking parameters, default port or trailing slash; null when not a URL. */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const text = parsed.toString();
  return parsed.pathname !== '/' && text.endsWith('/') ? text.slice(0, -1) : text;
}
