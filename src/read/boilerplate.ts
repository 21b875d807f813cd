// Boilerplate markers: headings that start the page furniture after an article's body.

/**
 * A line that is exactly one of these (ignoring case and trailing colon) starts a section that is not
 * part of the article: everything from there to the end of the text is dropped, as long as enough of
 * the article stands before it (MIN_BODY_SHARE_BEFORE_CUT).
 */
export const TRAILING_SECTION_HEADINGS: readonly string[] = [
  'about the author',
  'about the authors',
  'featured',
  'related',
  'related articles',
  'related stories',
  'related content',
  'related posts',
  'related coverage',
  'read more',
  'read next',
  'more from',
  'more stories',
  'more on this story',
  'recommended',
  'recommended for you',
  'you may also like',
  'you might also like',
  'trending',
  'trending now',
  'most popular',
  'most read',
  'popular stories',
  'latest news',
  'top stories',
  'sign up for our newsletter',
  'subscribe to our newsletter',
  'newsletter',
  'comments',
  'share this article',
  'advertisement',
  'sponsored content',
  'tags',
];

/** Single lines dropped wherever they stand (share bars, ad labels). */
export const NOISE_LINES: readonly RegExp[] = [
  /^(advertisement|ad|sponsored)$/i,
  /^(share|share this|share on (facebook|twitter|x|linkedin))$/i,
  /^(this is breaking news\. please check back for updates\.?)$/i,
];

/** A trailing section is only cut when at least this share of the text stands before it. */
export const MIN_BODY_SHARE_BEFORE_CUT = 0.3;
