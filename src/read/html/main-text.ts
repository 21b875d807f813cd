// Finds the article in a parsed page: measure every element once, score paragraphs into their ancestors, pick the best.
import {
  BOILERPLATE_BLOCKS,
  FOLLOW_BLOCK,
  MAX_FOLLOW_BLOCK_CHARS,
  isEmbed,
  NAME_WEIGHT,
  PROMO_PREFIX,
  SHOUTED_LINK_DENSITY,
  hasUnlikelyNames,
  isFurniture,
  isShouted,
  nameWeight,
} from './boilerplate.js';
import { parseDate } from './dates.js';
import { BLOCK_TAGS, innerText, renderBlocks } from './render.js';
import { isElement } from './tree.js';
import type { ElementStats, HtmlElement, HtmlNode } from './tree.js';

/** A block of inline text shorter than this is not a paragraph. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Each this many characters of a paragraph add a point, up to MAX_LENGTH_POINTS. */
export const CHARS_PER_POINT = 100;
export const MAX_LENGTH_POINTS = 3;
/** Ancestors beyond the grandparent get score / (level * ANCESTOR_DIVIDER). */
export const ANCESTOR_DIVIDER = 3;
export const MAX_ANCESTOR_LEVELS = 5;
/** A sibling joins the article when it holds this share of the best's paragraph points (and MIN_SIBLING_POINTS). */
export const SIBLING_SHARE = 0.2;
/** A sibling of the same tag and class as the best needs only this much. */
export const MIN_SIBLING_POINTS = 2;
export const MAX_SIBLING_LINK_DENSITY = 0.33;
/** Fewer characters than this and extraction is retried with looser rules. */
export const MIN_ARTICLE_CHARS = 500;

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
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface ExtractFlags {
  dropUnlikely: boolean;
  weighNames: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: readonly ExtractFlags[] = [
  { dropUnlikely: true, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: false },
];

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

class Scorer {
  readonly candidates: HtmlElement[] = [];

  constructor(private readonly flags: ExtractFlags) {}

  /** Measures `element` and scores its paragraphs; returns its inline text (not inside a nested block). */
  measure(element: HtmlElement, parentDropped: boolean, inLink: boolean): Inline {
    const dropped =
      parentDropped || isFurniture(element) || (this.flags.dropUnlikely && hasUnlikelyNames(element));
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
      if (!PARAGRAPH_TAGS.has(child.tag)) {
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
    let ancestor = PHRASING_BLOCKS.has(element.tag) ? element.parent : element;
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

function finalScore(element: HtmlElement): number {
  const stats = element.stats as ElementStats;
  // Stats are filled bottom-up after scores were added, so link density is known once measuring ends.
  return stats.score * (1 - linkDensity(element));
}

function pickTop(candidates: readonly HtmlElement[]): HtmlElement | null {
  let top: HtmlElement | null = null;
  let best = -Infinity;
  for (const candidate of candidates) {
    if ((candidate.stats as ElementStats).dropped) continue;
    const score = finalScore(candidate);
    if (score > best) {
      best = score;
      top = candidate;
    }
  }
  return top;
}

/** Siblings of the top candidate that belong to the article too, in document order. */
function gatherArticle(top: HtmlElement): HtmlNode[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const topPoints = (top.stats as ElementStats).points;
  const threshold = Math.max(MIN_SIBLING_POINTS, topPoints * SIBLING_SHARE);
  const topClass = top.attrs.class;
  const nodes: HtmlNode[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      nodes.push(top);
      continue;
    }
    if (!isElement(sibling)) continue;
    const stats = sibling.stats;
    if (stats === undefined || stats.dropped) continue;
    const density = linkDensity(sibling);
    if (density > MAX_SIBLING_LINK_DENSITY) continue;
    const sameKind = sibling.tag === top.tag && topClass !== undefined && sibling.attrs.class === topClass;
    if (stats.points >= (sameKind ? MIN_SIBLING_POINTS : threshold)) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      if (stats.chars > 80 && density < 0.25) nodes.push(sibling);
      else if (stats.chars > 0 && density === 0 && /\.( |$)/.test(renderBlocks([sibling]).join(' '))) {
        nodes.push(sibling);
      }
    }
  }
  return nodes;
}

export interface MainText {
  blocks: string[];
}

export function extractMainText(root: HtmlElement, title: string | null): MainText {
  let best: string[] = [];
  let bestChars = 0;
  for (const flags of ATTEMPTS) {
    const scorer = new Scorer(flags);
    scorer.measure(root, false, false);
    const top = pickTop(scorer.candidates);
    const nodes = top === null ? [findBody(root)] : gatherArticle(promote(top, scorer.candidates));
    const blocks = renderArticle(nodes, flags, title);
    const chars = blocks.reduce((n, b) => n + b.length, 0);
    if (chars >= MIN_ARTICLE_CHARS) return { blocks };
    if (chars > bestChars) {
      best = blocks;
      bestChars = chars;
    }
  }
  return { blocks: best };
}

function findBody(root: HtmlElement): HtmlElement {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    if (node.tag === 'body') return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return root;
}

/** Climbs from the top candidate while its parent clearly holds more of the article. */
function promote(top: HtmlElement, candidates: readonly HtmlElement[]): HtmlElement {
  const topScore = finalScore(top);
  const close = candidates.filter(
    (c) => c !== top && !(c.stats as ElementStats).dropped && finalScore(c) >= topScore * 0.75,
  );
  let current = top;
  if (close.length >= 3) {
    // Several near-equal candidates: their common ancestor is the article.
    for (let parent = top.parent; parent !== null && parent.tag !== 'body'; parent = parent.parent) {
      const inside = close.filter((c) => contains(parent, c)).length;
      if (inside >= 3) {
        current = parent;
        break;
      }
    }
  }
  // A lone child is as good as its parent.
  while (current.parent !== null && current.parent.tag !== 'body' && current.parent.tag !== '#root') {
    const parent = current.parent;
    const elements = parent.children.filter(isElement).filter((c) => !(c.stats as ElementStats).dropped);
    if (elements.length !== 1) break;
    current = parent;
  }
  return current;
}

function contains(ancestor: HtmlElement, node: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p !== null; p = p.parent) if (p === ancestor) return true;
  return false;
}

function renderArticle(nodes: readonly HtmlNode[], flags: ExtractFlags, title: string | null): string[] {
  const blocks = renderBlocks(nodes, (element) => {
    const stats = element.stats;
    if (stats === undefined) return false;
    if (stats.dropped) return true;
    if (HEADING_TAGS.has(element.tag) && title !== null && isTitleHeading(element, title)) return true;
    if (PROMO_TAGS.has(element.tag) && isPromo(element)) return true;
    return flags.cleanConditionally && shouldClean(element, flags);
  });
  return blocks.filter(
    (block) => !BOILERPLATE_BLOCKS.test(block) && !isDateline(block) && !isFollowUs(block),
  );
}

/** A block of a few short lines that names a date or time and says it is one: "Published Monday, 8:22AM". */
export const MAX_DATELINE_CHARS = 120;
const DATELINE_WORDS =
  /\b(?:published|updated|posted|last (?:updated|modified)|first published|date)\b|\b\d{1,2}[:.h]\d{2}\b/i;

function isFollowUs(block: string): boolean {
  return block.length <= MAX_FOLLOW_BLOCK_CHARS && FOLLOW_BLOCK.test(block);
}

function isDateline(block: string): boolean {
  if (block.length > MAX_DATELINE_CHARS) return false;
  return parseDate(block) !== null && DATELINE_WORDS.test(block);
}

/** Blocks that may be a link to another story rather than part of this one. */
const PROMO_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'div', 'li']);
/** A paragraph with at least PROMO_LINKS links and this link density is a list of other stories. */
export const PROMO_LINK_DENSITY = 0.7;
export const PROMO_LINKS = 2;

function isLinkParagraph(node: HtmlNode | undefined): boolean {
  if (node === undefined || !isElement(node) || node.tag !== 'p') return false;
  const stats = node.stats;
  return stats !== undefined && stats.chars > 0 && stats.linkChars / stats.chars >= SHOUTED_LINK_DENSITY;
}

/** The element siblings just before and after `element`. */
function neighbours(element: HtmlElement): [HtmlElement | undefined, HtmlElement | undefined] {
  const siblings = element.parent?.children ?? [];
  const index = siblings.indexOf(element);
  let before: HtmlElement | undefined;
  let after: HtmlElement | undefined;
  for (let i = index - 1; i >= 0 && before === undefined; i--) {
    const node = siblings[i];
    if (node !== undefined && isElement(node)) before = node;
  }
  for (let i = index + 1; i < siblings.length && after === undefined; i++) {
    const node = siblings[i];
    if (node !== undefined && isElement(node)) after = node;
  }
  return [before, after];
}

function isPromo(element: HtmlElement): boolean {
  const stats = element.stats as ElementStats;
  if (stats.linkChars === 0) return false;
  const density = linkDensity(element);
  if (element.tag === 'p') {
    if (density >= PROMO_LINK_DENSITY && stats.links >= PROMO_LINKS) return true;
    // A run of paragraphs that are each one link: headlines of other stories.
    if (isLinkParagraph(element) && neighbours(element).some(isLinkParagraph)) return true;
  }
  if (density < 0.3) return false;
  const text = innerText(element);
  if (PROMO_PREFIX.test(text)) return true;
  return density >= SHOUTED_LINK_DENSITY && isShouted(text);
}

function isTitleHeading(element: HtmlElement, title: string): boolean {
  const text = renderBlocks([element]).join(' ').trim().toLowerCase();
  const wanted = title.trim().toLowerCase();
  return text.length > 0 && (text === wanted || (wanted.includes(text) && text.length > wanted.length * 0.5));
}

/** Containers that conditional cleaning may drop (readability's _cleanConditionally). */
const CONDITIONAL_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'table',
  'form',
  'header',
  'dl',
]);
const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);
/** Past this many commas a container is prose, never cleaned. */
export const PROSE_COMMAS = 10;
/** Link density allowed in a container: more with a positive name. */
export const MAX_LINK_DENSITY = 0.2;
export const MAX_LINK_DENSITY_NAMED = 0.5;
/** A list this short is part of the text even when it is all links ("Get it at …"). */
export const SHORT_LIST_ITEMS = 2;
/** A container with less text than this and no image is furniture. */
export const MIN_CONTAINER_CHARS = 25;

function shouldClean(element: HtmlElement, flags: ExtractFlags): boolean {
  if (!CONDITIONAL_TAGS.has(element.tag) || isEmbed(element)) return false;
  const stats = element.stats as ElementStats;
  const weight = flags.weighNames ? nameWeight(element) : 0;
  if (weight < 0) return true;
  if (stats.commas >= PROSE_COMMAS) return false;
  const isList = LIST_TAGS.has(element.tag);
  const density = linkDensity(element);
  if (stats.img > 1 && stats.p / stats.img < 0.5) return true;
  if (!isList && stats.li - 100 > stats.p) return true;
  if (stats.input > Math.floor(stats.p / 3)) return true;
  const headingShare = stats.chars === 0 ? 0 : stats.headingChars / stats.chars;
  const short = stats.chars < MIN_CONTAINER_CHARS && stats.img === 0 && headingShare < 0.9;
  if (short && !isList && element.tag !== 'table') return true;
  const shortList = isList && stats.li <= SHORT_LIST_ITEMS && stats.headingChars === 0;
  if (weight < NAME_WEIGHT && density > MAX_LINK_DENSITY && !shortList) return true;
  if (weight >= NAME_WEIGHT && density > MAX_LINK_DENSITY_NAMED) return true;
  return false;
}
