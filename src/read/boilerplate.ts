// Boilerplate markers of plain text: the headings that start page furniture after an article's body.
import { FURNITURE_HEADINGS, PROMO_HEADINGS } from './html/index.js';

/** Trailing headings seen in pasted text beyond those the HTML reader knows ("Featured", "Related", …). */
const TEXT_ONLY_HEADINGS = /^(?:featured|read (?:more|next)|top stories|sponsored content|more stories)\W*$/i;

/** Does this line start a section that is not part of the article ("About the Author", "Related")? */
export function isTrailingSectionHeading(line: string): boolean {
  const heading = line.trim();
  return (
    heading.length <= MAX_HEADING_LENGTH &&
    (FURNITURE_HEADINGS.test(heading) || PROMO_HEADINGS.test(heading) || TEXT_ONLY_HEADINGS.test(heading))
  );
}

/** Section headings are short; longer lines are never compared against them. */
const MAX_HEADING_LENGTH = 60;

/** Single lines dropped wherever they stand (share bars, ad labels). */
export const NOISE_LINES: readonly RegExp[] = [
  /^(advertisement|ad|sponsored)$/i,
  /^(share|share this|share on (facebook|twitter|x|linkedin))$/i,
  /^(this is breaking news\. please check back for updates\.?)$/i,
  // menus (no figures, which a table row of cuts would have): "UK | World | Business | Opinion",
  // "Home  News  Sport  Business  Weather  Sign in"
  /^(?!.*\d)(?:[^|]{1,30}\s\|\s){2,}[^|]{1,30}$/,
  /^(?!.*\d)(?:\S+(?: \S+){0,2}\s{2,}){3,}\S+(?: \S+){0,2}$/,
];

/** A trailing section is only cut when at least this share of the text stands before it. */
export const MIN_BODY_SHARE_BEFORE_CUT = 0.3;
