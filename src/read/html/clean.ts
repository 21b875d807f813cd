// Renders the chosen article, leaving out what conditional cleaning, promo and furniture-line rules reject.
import { NAME_WEIGHT, isEmbed, nameWeight } from './boilerplate.js';
import {
  BOILERPLATE_BLOCKS,
  BYLINE_LINE,
  FOLLOW_BLOCK,
  FURNITURE_HEADINGS,
  MAX_BYLINE_LINE_CHARS,
  MAX_FOLLOW_BLOCK_CHARS,
  PROMO_HEADINGS,
  PROMO_PREFIX,
  PROMO_SECTION_LINK_DENSITY,
  SHOUTED_LINK_DENSITY,
  isShouted,
} from './furniture-text.js';
import { parseDate } from './dates.js';
import { innerText, renderBlocks } from './render.js';
import { HEADING_TAGS, linkDensity } from './score.js';
import type { ExtractFlags } from './score.js';
import { isElement } from './tree.js';
import type { ElementStats, HtmlElement, HtmlNode } from './tree.js';

/** A block of a few short lines that names a date or time and says it is one: "Published Monday, 8:22AM". */
export const MAX_DATELINE_CHARS = 120;
/** A line that starts by saying it is a date. */
const DATELINE_START =
  /(?:^|\n)(?:published|updated|posted|last (?:updated|modified)|first published|date|veröffentlicht|publié|publicado)\b/i;
/** A clock time: 8:22, 20:13, 8 pm, 8.22 a.m. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b\.?/i;
/** A block with a date and a time is a dateline when it is no longer than this many words. */
export const MAX_DATELINE_WORDS = 12;
/** A line this short with a dateline keyword and a clock time is a dateline even without a date. */
export const MAX_TIMELINE_CHARS = 60;
/** Blocks that may be a link to another story rather than part of this one. */
const PROMO_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'div', 'li']);
/** A paragraph with at least PROMO_LINKS links and this link density is a list of other stories. */
export const PROMO_LINK_DENSITY = 0.7;
export const PROMO_LINKS = 2;
/** Below this link density a block is text, whatever its first words. */
export const MIN_PROMO_LINK_DENSITY = 0.3;
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
/** A container of pictures with fewer paragraphs than this per picture is a gallery. */
export const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** A container needs this many paragraphs per form field not to be a form. */
export const PARAGRAPHS_PER_INPUT = 3;

export function renderArticle(
  nodes: readonly HtmlNode[],
  flags: ExtractFlags,
  title: string | null,
): string[] {
  const furnitureSections = findFurnitureSections(nodes);
  const blocks = renderBlocks(nodes, (element) => {
    const stats = element.stats;
    if (stats === undefined) return false;
    if (stats.dropped || furnitureSections.has(element)) return true;
    if (element.tag === 'h1') return true;
    if (HEADING_TAGS.has(element.tag) && title !== null && isTitleHeading(element, title)) return true;
    if (PROMO_TAGS.has(element.tag) && isPromo(element)) return true;
    return flags.cleanConditionally && shouldClean(element, flags);
  });
  return blocks.filter(
    (block) =>
      !BOILERPLATE_BLOCKS.test(block) && !isDateline(block) && !isFollowUs(block) && !isBylineLine(block),
  );
}

function isFollowUs(block: string): boolean {
  return block.length <= MAX_FOLLOW_BLOCK_CHARS && FOLLOW_BLOCK.test(block);
}

function isBylineLine(block: string): boolean {
  return block.length <= MAX_BYLINE_LINE_CHARS && BYLINE_LINE.test(block);
}

function isDateline(block: string): boolean {
  if (block.length > MAX_DATELINE_CHARS) return false;
  const startsAsDate = DATELINE_START.test(block);
  // "Updated at 1:23 p.m.": a keyword and a time are enough in a short line.
  if (startsAsDate && block.length <= MAX_TIMELINE_CHARS && CLOCK_TIME.test(block)) return true;
  if (parseDate(block) === null) return false;
  if (startsAsDate) return true;
  return CLOCK_TIME.test(block) && block.split(/\s+/).length <= MAX_DATELINE_WORDS;
}

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
  if (density < MIN_PROMO_LINK_DENSITY) return false;
  const text = innerText(element);
  if (PROMO_PREFIX.test(text)) return true;
  return density >= SHOUTED_LINK_DENSITY && isShouted(text);
}

function isTitleHeading(element: HtmlElement, title: string): boolean {
  const text = renderBlocks([element]).join(' ').trim().toLowerCase();
  const wanted = title.trim().toLowerCase();
  return text.length > 0 && (text === wanted || (wanted.includes(text) && text.length > wanted.length * 0.5));
}

function shouldClean(element: HtmlElement, flags: ExtractFlags): boolean {
  if (!CONDITIONAL_TAGS.has(element.tag) || isEmbed(element)) return false;
  const stats = element.stats as ElementStats;
  const weight = flags.weighNames ? nameWeight(element) : 0;
  if (weight < 0) return true;
  if (stats.commas >= PROSE_COMMAS) return false;
  const isList = LIST_TAGS.has(element.tag);
  const density = linkDensity(element);
  if (stats.img > 1 && stats.p / stats.img < MIN_PARAGRAPHS_PER_IMAGE) return true;
  if (stats.input > Math.floor(stats.p / PARAGRAPHS_PER_INPUT)) return true;
  const headingShare = stats.chars === 0 ? 0 : stats.headingChars / stats.chars;
  const short = stats.chars < MIN_CONTAINER_CHARS && stats.img === 0 && headingShare < 0.9;
  if (short && !isList && element.tag !== 'table') return true;
  const shortList = isList && stats.li <= SHORT_LIST_ITEMS && stats.headingChars === 0;
  if (weight < NAME_WEIGHT && density > MAX_LINK_DENSITY && !shortList) return true;
  if (weight >= NAME_WEIGHT && density > MAX_LINK_DENSITY_NAMED) return true;
  return false;
}

const SECTION_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Headings like "About the Author" or "Related", with the siblings after them up to the next heading as high. */
function findFurnitureSections(nodes: readonly HtmlNode[]): Set<HtmlElement> {
  const found = new Set<HtmlElement>();
  const stack: HtmlNode[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node) || node.stats?.dropped === true) continue;
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HtmlNode;
      if (!isElement(child)) continue;
      stack.push(child);
      if (!SECTION_HEADINGS.has(child.tag)) continue;
      const heading = innerText(child);
      const furniture = FURNITURE_HEADINGS.test(heading);
      if (!furniture && !PROMO_HEADINGS.test(heading)) continue;
      const section = sectionAfter(children, i, child.tag);
      if (!furniture && sectionLinkDensity(section) < PROMO_SECTION_LINK_DENSITY) continue;
      found.add(child);
      for (const element of section) found.add(element);
    }
  }
  return found;
}

/** The element siblings after a heading, up to the next heading as high. */
function sectionAfter(siblings: readonly HtmlNode[], index: number, tag: string): HtmlElement[] {
  const section: HtmlElement[] = [];
  for (let j = index + 1; j < siblings.length; j++) {
    const next = siblings[j] as HtmlNode;
    if (!isElement(next)) continue;
    if (SECTION_HEADINGS.has(next.tag) && next.tag <= tag) break;
    section.push(next);
  }
  return section;
}

function sectionLinkDensity(section: readonly HtmlElement[]): number {
  let chars = 0;
  let linkChars = 0;
  for (const element of section) {
    chars += element.stats?.chars ?? 0;
    linkChars += element.stats?.linkChars ?? 0;
  }
  return chars === 0 ? 0 : linkChars / chars;
}
