// The HTML reader: a page's main article text and metadata, plus the charset and sniffing helpers it rests on.
export { readHtml, DEFAULT_MAX_BYTES } from './read-html.js';
export type { HtmlReadOptions, PageRead } from './read-html.js';
export { decodeHtml, declaredEncoding } from './decode.js';
export { looksLikeHtml } from './sniff.js';
export { htmlToText } from './render.js';
export { parseDate, dateFromUrl } from './dates.js';
export { matchShingles, scorePages, tokenize } from './shingle-score.js';
export type { ShingleCounts, ShingleScore } from './shingle-score.js';
export { FURNITURE_HEADINGS, PROMO_HEADINGS } from './furniture-text.js';
