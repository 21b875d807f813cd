// Plain text → Article: title from the first line, page furniture trimmed by its section headings.
import type { Article } from '../domain/index.js';
import { MIN_BODY_SHARE_BEFORE_CUT, NOISE_LINES, isTrailingSectionHeading } from './boilerplate.js';
import { parseDate } from './html/dates.js';

/** A headline is one of the first lines, of a few words to a long clause, not ending like a sentence. */
export const TITLE_SEARCH_LINES = 4;
export const TITLE_WORDS = { min: 4, max: 30 } as const;
const MAX_TITLE_CHARS = 400;
/** A line of this many words ending like a sentence is the body, not page furniture above a headline. */
const BODY_SENTENCE_WORDS = 12;

/** The first non-empty lines of a text, trimmed, read no further than needed. */
function firstLines(body: string, count: number): string[] {
  const lines: string[] = [];
  for (let from = 0; from <= body.length && lines.length < count;) {
    const end = body.indexOf('\n', from);
    const line = body.slice(from, end < 0 ? body.length : end).trim();
    if (line) lines.push(line);
    if (end < 0) break;
    from = end + 1;
  }
  return lines;
}

function findTitle(body: string): string | null {
  // A line in capitals may be a section banner ("THE WEEK IN GAMES BUSINESS") above the headline: it is
  // the title only when no line in ordinary case follows it.
  let shouted: string | null = null;
  for (const line of firstLines(body, TITLE_SEARCH_LINES)) {
    if (line.length > MAX_TITLE_CHARS) return shouted;
    const words = line.split(/\s+/).length;
    const endsSentence = /[.:]["'”’)]*$/.test(line);
    if (words >= TITLE_WORDS.min && words <= TITLE_WORDS.max && !endsSentence) {
      if (!/[a-z]/.test(line)) shouted ??= line;
      else return line;
    }
    // The body has begun: a heading after it ("What You Need To Know") is no headline.
    if (words > TITLE_WORDS.max || (endsSentence && words >= BODY_SENTENCE_WORDS)) return shouted;
  }
  return shouted;
}

/** Cuts the text at the first trailing-section heading that has enough article before it. */
export function trimPlainText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const total = text.length;
  let offset = 0;
  let cutAt = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isTrailingSectionHeading(line) && offset >= total * MIN_BODY_SHARE_BEFORE_CUT) {
      cutAt = i;
      break;
    }
    offset += line.length + 1;
  }
  return lines
    .slice(0, cutAt)
    .filter((line) => !NOISE_LINES.some((re) => re.test(line.trim())))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** How many of the first lines may date the page. */
export const DATE_LINE_SEARCH = 5;
/** A line this short holding a date is a date line ("March 4, 2025", "Friday, August 8, 2025 | Staff"). */
const SHORT_DATE_LINE_WORDS = 8;
/** Words of a line that dates the page: "Page last updated at 18:23 GMT, Monday, 26 January 2009". */
const DATE_LINE = /\b(?:published|updated|posted|photo taken|taken on)\b/i;

/** The date of the page when one of its first lines says it ("This photo taken on Aug. 1, 2024 shows"). */
function findPublished(body: string): string | null {
  for (const line of firstLines(body, DATE_LINE_SEARCH)) {
    const isDateLine = DATE_LINE.test(line) || line.split(/\s+/).length <= SHORT_DATE_LINE_WORDS;
    const date = isDateLine ? parseDate(line) : null;
    if (date) return date;
  }
  return null;
}

/** Reads a plain-text article: the first non-empty line is its title; a date line near the top dates it. */
export function readPlainText(input: string, text: string, published: string | null = null): Article {
  const body = trimPlainText(text.replace(/^\uFEFF/, ''));
  return {
    input,
    title: findTitle(body),
    published: published ?? findPublished(body),
    byline: null,
    publisher: null,
    url: null,
    language: null,
    text: body,
  };
}
