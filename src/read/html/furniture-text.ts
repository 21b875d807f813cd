// What furniture text looks like: whole lines, link prompts, bylines and headings, kept as data with their tests.

/** Whole blocks of text that are page furniture wherever they stand. */
export const BOILERPLATE_BLOCKS = new RegExp(
  '^(?:' +
    [
      // ad slots and their labels
      '(?:advertisement|advertising|advert|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама|広告|广告|sponsored(?: content)?)(?:\\s*[-–—:]\\s*(?:continue|scroll|story)\\b.*)?',
      '(?:story|article) continues below(?: advertisement)?',
      'continue reading(?: the main story| below)?\\W*',
      'scroll (?:down )?to continue(?: with content)?\\W*',
      // share and comment prompts
      'sharing is caring!?',
      'share(?: this)?(?: article| story| post)?:?',
      '\\d* ?comments?',
      'leave a (?:comment|reply)',
      // links to elsewhere
      'related (?:coverage|content|reading)\\b.*:',
      '(?:learn more|find out more|click here|see more)\\W*',
      // taxonomy, reading time and production credits
      '(?:filed under|posted in|categories|category|tagged(?: with)?|tags|topics)\\s*:.*',
      '(?:reading time|lesezeit|tempo de leitura|temps de lecture|tiempo de lectura)\\b.*',
      '\\d+\\s*min(?:ute)?s?\\s*read',
      '(?:additional )?(?:reporting|writing|editing|compiled) by\\b.*',
      'you may also like\\W*',
      "don'?t miss\\W*",
      'read more\\W*',
      'related(?: articles| stories| posts| content)?:?',
      'recommended(?: for you)?:?',
      '(?:recommended|more|related|latest|popular|watch next:?|up next:?) ?(?:videos?|stories|articles|posts|news|reads)?:?',
      // scripts and widgets that did not run
      'this slideshow requires javascript\\.?',
      '(?:please )?enable javascript\\b.*',
      'your browser does not support\\b.*',
      'loading\\W*',
      'click to (?:expand|enlarge)',
      'skip (?:to|ad)\\b.*',
      // gallery counters and lone numbers
      '(?:photo|image|slide|picture)?\\s*\\d+\\s*(?:of|/)\\s*\\d+',
      '\\W{0,3}\\d{0,3}\\W{0,3}',
    ].join('|') +
    ')$',
  'i',
);

/** A short block that asks the reader to follow the outlet or the author elsewhere. */
export const FOLLOW_BLOCK =
  /\b(?:follow|subscribe to|like) (?:us|him|her|them|[\w.]+(?: [\w.]+)?) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|^follow (?:[\w.]+['’]s )?(?:full |all |more |the latest )?coverage\b/i;

/** A short line that only names the writers: "By Jane Roe - 11/18/19 11:04 PM EST", "By Reuters". */
export const BYLINE_LINE = new RegExp(
  [
    // "By Jane Roe and John Doe, Associated Press", "By Jane Roe - 11/18/19 11:04 PM EST"
    '^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\\s+NAME(?:\\s*(?:,|and|&|und|et|y)\\s*NAME)*(?:\\s+[|–—-]\\s.*)?$',
    // "Robert Burns, AP National Security Writer"
    '^NAME(?:\\s+(?:and|&)\\s+NAME)?,\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,5}(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Cc]olumnist)$',
  ]
    .join('|')
    .replace(/NAME/g, "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"),
  'u',
);
export const MAX_BYLINE_LINE_CHARS = 100;
export const MAX_FOLLOW_BLOCK_CHARS = 200;

/** A link-heavy paragraph that starts like this points to other stories. */
export const PROMO_PREFIX =
  /^(?:see more|read more|more|related|also read|read also|also|watch|listen|see also|don'?t miss|trending|recommended|top stories|latest|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leia também|leia mais|lea también|leggi anche|читайте также)\s*[:|»>-]/i;

/** Paragraphs this full of links, in capitals, are calls to action ("CLICK HERE TO GET THE APP"). */
export const SHOUTED_LINK_DENSITY = 0.9;
export const SHOUTED_UPPERCASE_SHARE = 0.8;

/** True for a block of text that is a call to action in capitals. */
export function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 10) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= SHOUTED_UPPERCASE_SHARE;
}

/** Headings of page furniture: the heading and what follows it, up to the next heading as high, are dropped. */
export const FURNITURE_HEADINGS =
  /^(?:about the authors?|about (?:us|me)|leave a (?:reply|comment)|\d* ?comments?|share this(?: article| post| story)?|sign up .{0,40}newsletter|(?:our |the )?newsletter|tags)\W*$/i;

/** Headings of lists of other stories: dropped with what follows when that is mostly links. */
export const PROMO_HEADINGS =
  /^(?:related(?: articles| stories| posts| content| reading| links)?|more (?:from|on|about|in) .{0,40}|featured(?: articles| stories| posts| content)?|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading| stories| articles)?|trending(?: now| stories)?|most (?:popular|read|viewed)|popular (?:posts|stories|articles)|latest (?:news|posts|articles|stories)|further reading|see also)\W*$/i;
/** Link density of the section under a promo heading above which it is a list of other stories. */
export const PROMO_SECTION_LINK_DENSITY = 0.5;
