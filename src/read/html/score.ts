// Measures every element once and scores paragraphs into their ancestors (readability's scoring, in one pass).
import { hasUnlikelyNames, isCommentSection, isFurniture, nameWeight } from './boilerplate.js';
import { BLOCK_TAGS } from './render.js';
import { isElement } from './tree.js';
import type { ElementStats, HtmlElement } from './tree.js';

/** A block of inline text shorter than this is not a paragraph. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Each this many characters of a paragraph add a point, up to MAX_LENGTH_POINTS. */
export const CHARS_PER_POINT = 100;
export const MAX_LENGTH_POINTS = 3;
/** Ancestors beyond the grandparent get score / (level * ANCESTOR_DIVIDER). */
export const ANCESTOR_DIVIDER = 3;
export const MAX_ANCESTOR_LEVELS = 5;
/** Starting score of a candidate by tag. */
export const TAG_SCORES: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

const COMMA_PATTERN = /[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c\u3001]/g;
/** Elements whose inline text is one paragraph: blocks, and table cells (old layouts put articles in cells). */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'td', 'th']);
/** Blocks that are one paragraph by nature: their points go to the container around them. */
const PHRASING_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'pre',
  'address',
  'figcaption',
  'caption',
]);
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export interface ExtractFlags {
  dropUnlikely: boolean;
  weighNames: boolean;
  cleanConditionally: boolean;
}

function newStats(dropped: boolean): ElementStats {
  return {
    chars: 0,
    linkChars: 0,
    headingChars: 0,
    commas: 0,
    paragraphs: 0,
    points: 0,
    p: 0,
    img: 0,
    li: 0,
    input: 0,
    links: 0,
    dropped,
    score: 0,
    scored: false,
  };
}

interface Inline {
  chars: number;
  linkChars: number;
  commas: number;
}

export class Scorer {
  readonly candidates: HtmlElement[] = [];

  constructor(
    private readonly flags: ExtractFlags,
    /** Elements kept whatever their names say: they hold most of the page's text. */
    private readonly keep: ReadonlySet<HtmlElement> = new Set(),
  ) {}

  /** Measures `element` and scores its paragraphs; returns its inline text (not inside a nested block). */
  measure(element: HtmlElement, parentDropped: boolean, inLink: boolean): Inline {
    const dropped =
      parentDropped ||
      isFurniture(element) ||
      isCommentSection(element) ||
      (this.flags.dropUnlikely && hasUnlikelyNames(element) && !this.keep.has(element));
    const stats = newStats(dropped);
    element.stats = stats;
    const link = inLink || element.tag === 'a';
    const inline: Inline = { chars: 0, linkChars: 0, commas: 0 };
    for (const child of element.children) {
      if (!isElement(child)) {
        const chars = child.trim().length;
        if (chars === 0) continue;
        const commas = countCommas(child);
        inline.chars += chars;
        inline.commas += commas;
        if (link) inline.linkChars += chars;
        if (!dropped) {
          stats.chars += chars;
          stats.commas += commas;
          if (link) stats.linkChars += chars;
        }
        continue;
      }
      const childInline = this.measure(child, dropped, link);
      const childStats = child.stats as ElementStats;
      if (!childStats.dropped) addStats(stats, child.tag, childStats);
      else if (child.tag === 'input') stats.input++;
      if (!PARAGRAPH_TAGS.has(child.tag) && !childStats.dropped) {
        inline.chars += childInline.chars;
        inline.linkChars += childInline.linkChars;
        inline.commas += childInline.commas;
      }
    }
    if (!dropped && PARAGRAPH_TAGS.has(element.tag) && !HEADING_TAGS.has(element.tag)) {
      this.scoreParagraph(element, inline);
    }
    return inline;
  }

  private scoreParagraph(element: HtmlElement, inline: Inline): void {
    if (inline.chars < MIN_PARAGRAPH_CHARS) return;
    const stats = element.stats as ElementStats;
    stats.paragraphs++;
    const linkShare = inline.linkChars / inline.chars;
    const points =
      (1 + inline.commas + Math.min(Math.floor(inline.chars / CHARS_PER_POINT), MAX_LENGTH_POINTS)) *
      (1 - linkShare);
    stats.points += points;
    // A container with text of its own (a <div> or <td> of <br>-separated lines) is its own first candidate.
    let ancestor =
      PHRASING_BLOCKS.has(element.tag) || (!hasBlockChild(element) && !CELL_TAGS.has(element.tag))
        ? element.parent
        : element;
    for (let level = 0; ancestor !== null && level < MAX_ANCESTOR_LEVELS; level++) {
      if (ancestor.tag === '#root') break;
      this.initCandidate(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * ANCESTOR_DIVIDER;
      (ancestor.stats as ElementStats).score += points / divider;
      ancestor = ancestor.parent;
    }
  }

  private initCandidate(element: HtmlElement): void {
    const stats = element.stats as ElementStats;
    if (stats.scored) return;
    stats.scored = true;
    stats.score = (TAG_SCORES[element.tag] ?? 0) + (this.flags.weighNames ? nameWeight(element) : 0);
    this.candidates.push(element);
  }
}

function addStats(stats: ElementStats, tag: string, child: ElementStats): void {
  stats.chars += child.chars;
  stats.linkChars += child.linkChars;
  stats.headingChars += HEADING_TAGS.has(tag) ? child.chars : child.headingChars;
  stats.commas += child.commas;
  stats.paragraphs += child.paragraphs;
  stats.points += child.points;
  stats.p += child.p + (tag === 'p' ? 1 : 0);
  stats.links += child.links + (tag === 'a' ? 1 : 0);
  stats.img += child.img + (tag === 'img' ? 1 : 0);
  stats.li += child.li + (tag === 'li' ? 1 : 0);
  stats.input += child.input + (tag === 'input' || tag === 'select' || tag === 'textarea' ? 1 : 0);
}

function countCommas(text: string): number {
  COMMA_PATTERN.lastIndex = 0;
  let count = 0;
  while (COMMA_PATTERN.exec(text) !== null) count++;
  return count;
}

export function linkDensity(element: HtmlElement): number {
  const stats = element.stats;
  if (stats === undefined || stats.chars === 0) return 0;
  return stats.linkChars / stats.chars;
}

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

function hasBlockChild(element: HtmlElement): boolean {
  return element.children.some((child) => isElement(child) && BLOCK_TAGS.has(child.tag));
}
