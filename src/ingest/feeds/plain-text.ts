// HTML or text fragments from feeds → one line of plain text (the HTML reader's renderer, whitespace collapsed).
import { htmlToText } from '../../read/index.js';

const LOOKS_LIKE_MARKUP = /<[a-z!/][^>]*>|&[#a-z0-9]+;/i;

/** Removes tags (when there are any), decodes entities and collapses whitespace. */
export function toPlainText(fragment: string): string {
  const text = LOOKS_LIKE_MARKUP.test(fragment) ? htmlToText(fragment) : fragment;
  return text.replace(/\s+/g, ' ').trim();
}
