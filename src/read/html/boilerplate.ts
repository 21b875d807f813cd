// What furniture elements look like: tags, roles and class/id words, kept as data so each rule can be tested.
import type { HtmlElement } from './tree.js';

/** Tags that hold page furniture, never the article. */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'button',
  'input',
  'label',
  'dialog',
  'menu',
  'figcaption',
]);

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'menu',
  'menubar',
  'complementary',
  'contentinfo',
  'banner',
  'alert',
  'alertdialog',
  'dialog',
  'search',
  'tablist',
]);

/** class/id words of furniture: share bars, related links, comments, ads, cookie banners, sign-ups, author boxes. */
export const UNLIKELY_NAMES =
  /(?:^|[\s_-])(?:ad|ads|advert\w*|adslot|banner|breadcrumbs?|combx|comments?|commentlist|community|consent|cookies?|disqus|donate|gdpr|footer|header|masthead|menu|modal|nav|navbar|navigation|newsletters?|outbrain|pagination|pager|popup|promos?|promotion|recirc\w*|related\w*|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsored|subscribe|subscription|taboola|toolbar|trending|widget|most-?popular|more-?stories|read-?more|author-?bio|author-?box|about-?the-?author|tags?|topics?|keywords|jump-?link|print|skip|captions?|credits?|copyright|overlay|btn|buttons?)(?:$|[\s_-])/i;

/** class/id words of reader comments: dropped even when they hold most of the page's text. */
export const COMMENT_NAMES = /comment(?!ary)|disqus|replies|respond|discussion|forum/i;

/** class/id words of furniture that no content word rescues ("article-share", "entry-meta", "story-related"). */
export const STRONG_UNLIKELY_NAMES =
  /(?:^|[\s_-])(?:share|sharing|social|related\w*|comments?|newsletters?|promos?|sponsored|advert\w*|cookies?|byline|breadcrumbs?|tags|recirc\w*|outbrain|taboola|most-?popular|trending|subscribe|signup|(?:post|entry|article)-author\w*|author-?(?:bio|box|info|details|card|profile|about|description)|about-?(?:the-?)?author)(?:$|[\s_-])/i;

/** Reader comments by their class/id words: never the article, whatever else the page looks like. */
export function isCommentSection(element: HtmlElement): boolean {
  if (FRAME_TAGS.has(element.tag)) return false;
  const names = namesOf(element);
  return names !== '' && COMMENT_SECTION_NAMES.test(names);
}

/** Whole class/id tokens of a comment section ("comments-open" and "has-comments" are states of a post, not it). */
export const COMMENT_SECTION_NAMES =
  /(?:^|\s)(?:comments|commentlist|comment-list|comments-area|comments-section|comment-section|disqus_thread|respond|replies)(?:$|\s)/i;

/** class words of hover cards: the card inside a hover-named wrapper is hidden, the wrapper's link is text. */
export const HOVER_NAMES = /rollover|tooltip|popover|hovercard|hover-card/i;

/** A hover card's hidden part: hover-named, inside a hover-named parent or grandparent, and not the link itself. */
export function isHoverCard(element: HtmlElement): boolean {
  if (element.tag === 'a' || element.attrs.class === undefined || !HOVER_NAMES.test(element.attrs.class))
    return false;
  const parent = element.parent;
  const grandparent = parent?.parent;
  return (
    (parent?.attrs.class !== undefined && HOVER_NAMES.test(parent.attrs.class)) ||
    (grandparent?.attrs.class !== undefined && HOVER_NAMES.test(grandparent.attrs.class))
  );
}

/** Words that rescue an element matching UNLIKELY_NAMES: it may well be the article. */
export const MAYBE_NAMES = /article|body|column|content|main|story|entry|post-?text|text|embed|tweet/i;

/** class/id words that lower a candidate's score. */
export const NEGATIVE_NAMES =
  /(?:^|\s)hidden(?:\s|$)|banner|combx|comment(?!ary)|contact|foot(?!ball)|footnote|gdpr|masthead|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|newsletter|subscribe|social|recommend|popular|trending|teaser|caption|credit/i;

/** class/id words that raise a candidate's score. */
export const POSITIVE_NAMES =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/i;

export const NAME_WEIGHT = 25;

/** Elements never dropped for their names: they frame the page itself. */
const FRAME_TAGS: ReadonlySet<string> = new Set([
  'html',
  'body',
  'main',
  'article',
  '#root',
  'a',
  'p',
  'blockquote',
]);

export function namesOf(element: HtmlElement): string {
  const { class: className, id } = element.attrs;
  if (className === undefined) return id ?? '';
  return id === undefined ? className : `${className} ${id}`;
}

export function isHidden(element: HtmlElement): boolean {
  const { attrs } = element;
  if (attrs.hidden !== undefined) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** class/id words of picture captions and credits, inside words too ("imageEmbedCaption", "newsCaption"). */
export const CAPTION_NAMES = /caption|credit/i;
/** class words of text only screen readers get: not on the page a reader sees. */
export const SCREEN_READER_NAMES =
  /(?:^|[\s_-])(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|off-?screen|element-invisible|a11y-hidden)(?:$|[\s_-])/i;

/** Furniture by tag, role, hidden state or caption names: dropped whatever else the names say. */
export function isFurniture(element: HtmlElement): boolean {
  if (BOILERPLATE_TAGS.has(element.tag)) return true;
  const role = element.attrs.role;
  if (role !== undefined && BOILERPLATE_ROLES.has(role)) return true;
  const className = element.attrs.class;
  if (className !== undefined && element.tag !== 'body') {
    if (CAPTION_NAMES.test(className) || SCREEN_READER_NAMES.test(className) || isHoverCard(element))
      return true;
  }
  return isHidden(element);
}

/** Furniture by its class and id words. */
export function hasUnlikelyNames(element: HtmlElement): boolean {
  if (FRAME_TAGS.has(element.tag)) return false;
  const names = namesOf(element);
  if (names === '') return false;
  if (STRONG_UNLIKELY_NAMES.test(names) && !EMBED_NAMES.test(names)) return true;
  return UNLIKELY_NAMES.test(names) && !MAYBE_NAMES.test(names);
}

/** Microdata that marks the article's text itself. */
export const ARTICLE_BODY_PROPS = /\barticleBody\b|\btext\b/;

/** ±NAME_WEIGHT from class and id words, +NAME_WEIGHT more for itemprop="articleBody". */
export function nameWeight(element: HtmlElement): number {
  const itemprop = element.attrs.itemprop;
  let weight = itemprop !== undefined && ARTICLE_BODY_PROPS.test(itemprop) ? NAME_WEIGHT : 0;
  const names = namesOf(element);
  if (names === '') return weight;
  if (NEGATIVE_NAMES.test(names)) weight -= NAME_WEIGHT;
  if (POSITIVE_NAMES.test(names)) weight += NAME_WEIGHT;
  return weight;
}

/** class words of an embedded post (a tweet, an Instagram post) quoted in the article. */
export const EMBED_NAMES = /tweet|instagram-media|tiktok-embed|fb-post|social-embed|media-embed|embed/i;

export function isEmbed(element: HtmlElement): boolean {
  const names = namesOf(element);
  return names !== '' && EMBED_NAMES.test(names);
}
