// Finds proper names in a sentence (runs of capitalised words) and tells people, places, outlets and dates apart.
import { matchesIn } from '../lib/regexp.js';
import { NON_NAME_WORDS, OUTLETS, PERSON_TITLES, SOURCE_INTRODUCERS } from './lexicon.js';
import { CITIES, COUNTRIES, US_STATES } from './places.js';
import { FIRST_NAMES } from './first-names.js';

export type NameKind = 'org' | 'person' | 'place' | 'outlet' | 'time';

export interface NameMention {
  /** The name as written, without a possessive ending. */
  name: string;
  start: number;
  end: number;
  kind: NameKind;
  /** Written with a possessive ending ("Twitter's"). */
  possessive: boolean;
  /** Stands where its sentence (or a list item) opens, where every word has a capital. */
  opensSentence?: boolean;
}

/**
 * Latin letters written out, not \p{L} with the u flag: V8 runs these patterns much faster, and names
 * only have capitals in Latin (and Greek, Cyrillic: not read here) scripts.
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ';
export const LETTER = `a-zA-ZÀ-ÖØ-öø-ɏ`;
const WORD = String.raw`(?:[${UPPER}][${LETTER}\d&'’.-]*[${LETTER}\d]|[${UPPER}]|\d+[A-Za-z][${LETTER}\d]*)`;
const CONNECTOR = String.raw`(?:\s(?:of|de|del|la|le|du|für)\s|\s|-|\s?&\s?|\/)`;
/**
 * A cheap look at the first letter before the full word pattern: V8 tests a long list of capitals slowly,
 * and most characters of a sentence are no capital (twice as fast on the corpus, same matches).
 */
export const CAPITAL_OR_DIGIT_AHEAD = String.raw`(?=[A-Z\d\u00C0-\u017F])`;
const NAME_RE = new RegExp(`${CAPITAL_OR_DIGIT_AHEAD}${WORD}(?:${CONNECTOR}${WORD}){0,9}(?:['’]s?)?`, 'g');

const NON_NAME = new Set(NON_NAME_WORDS);
const TIME_WORDS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Christmas',
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Lunedì',
  'Martedì',
  'Giovedì',
  'Venerdì',
]);
const PLACES = new Set([...COUNTRIES, ...CITIES, ...US_STATES.flatMap(([name, abbr]) => [name, abbr])]);
const OUTLET_SET = new Set(OUTLETS);
const TITLES = new Set(PERSON_TITLES);
const INTRODUCERS = new Set(SOURCE_INTRODUCERS);
const lastWordOf = (phrase: string) => phrase.slice(phrase.lastIndexOf(' ') + 1);
/** The words a title or an introducer ends with: any other word before a name rules them out at once. */
const PHRASE_ENDS = new Set([...TITLES, ...INTRODUCERS].map(lastWordOf));
/** The longest title or introducer, in words. */
const MAX_PHRASE_WORDS = 6;

const NO_WORDS: readonly string[] = [];

/**
 * The last words of the text before a name (lower case, commas and spaces after them aside), or none when
 * the last of them ends no title and no introducer (most names): the phrases are then not looked for.
 */
function wordsBefore(before: string): readonly string[] {
  let trimmed = before.trimEnd();
  while (trimmed.endsWith(',')) trimmed = trimmed.slice(0, -1).trimEnd();
  if (!PHRASE_ENDS.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase())) return NO_WORDS;
  return trimmed.toLowerCase().split(/\s+/).slice(-MAX_PHRASE_WORDS);
}

/** Do the words before a name end with one of the phrases (lower case, whole words)? */
function endsWithPhrase(words: readonly string[], phrases: ReadonlySet<string>): boolean {
  for (let k = 1; k <= words.length; k++) if (phrases.has(words.slice(-k).join(' '))) return true;
  return false;
}

/** A cut verb after a name, past auxiliaries and "announced that it": the name is an employer. */
const EMPLOYER_VERB_AFTER =
  /^(?:['’]s?)?\s+(?:(?:is|was|has|had|will|would|plans to|planned to|is planning to|announced(?: that)? it|said(?: that)? it)\s+)*(?:cut|cuts|cutting|lay off|lays off|laying off|laid off|eliminat(?:e|es|ed|ing)|shed|sheds|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|shut(?:s|ting)?|planning to (?:cut|lay off|eliminate))\b/i;

const CONTRACTION = /^(?:I|It|We|You|They|He|She|That|There|What)['’]/;
/** Verbs after a sentence's first word that make it the name of the subject ("Boeing will cut"). */
const SUBJECT_VERB_AFTER =
  /^(?:['’]s?)?\s+(?:said|says|will|would|is|was|has|had|have|plans|planned|announced|confirmed|cut|cuts|laid|lays|to|on|reported|expects|added|told|slashed|eliminated|could|may|might|also|shed|sheds|axed|is|are|employs|informed|notified|filed|closed|closes|unveiled|revealed|began|started|and|fa|ha|hat|vara|taglia|annuncia|anuncia|planea|cerrará|eliminará|streicht|plant|baut|will|annonce|va|supprime)\b|^(?:['’]s?)?\s*,|^\s[-–—:]\s\d/;
const LOWER_JOINERS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'für']);

/** German nouns for a kind of company that stand before its name ("Der Autozulieferer Hessler"). */
const GERMAN_DESCRIPTOR_END =
  /(?:hersteller|zulieferer|konzern|unternehmen|riese|bauer|gruppe|händler|anbieter)$/;
const GERMAN_DESCRIPTOR =
  /^\p{Lu}\p{Ll}*(?:hersteller|zulieferer|konzern|unternehmen|riese|bauer|gruppe|händler|anbieter)$/u;

function isLeadingNonName(word: string): boolean {
  return (
    NON_NAME.has(word) ||
    LOWER_JOINERS.has(word) ||
    (GERMAN_DESCRIPTOR_END.test(word) && GERMAN_DESCRIPTOR.test(word))
  );
}

function stripLeading(words: string[]): string[] {
  let i = 0;
  while (i < words.length && isLeadingNonName(words[i] ?? '')) i++;
  let j = words.length;
  while (j > i && LOWER_JOINERS.has(words[j - 1] ?? '')) j--;
  return i === 0 && j === words.length ? words : words.slice(i, j);
}

/** Tells whether a name is on the list of known companies. */
export type IsKnownCompany = (name: string) => boolean;

/** "Tyson Foods Inc TSN.N", "Microsoft Corporation MSFT": a ticker after the name is no part of it. */
function stripTicker(words: string[]): string[] {
  const last = words.at(-1) ?? '';
  const before = words.at(-2) ?? '';
  if (/^[A-Z]{1,5}\.[A-Z]{1,2}$/.test(last)) return words.slice(0, -1);
  if (/^[A-Z]{1,5}$/.test(last) && SUFFIX_ONLY.test(before)) return words.slice(0, -1);
  return words;
}

function classify(
  name: string,
  before: string,
  phraseWords: readonly string[],
  after: string,
  firstWordStartsSentence: boolean,
  isKnown: IsKnownCompany,
): NameKind | null {
  if (CONTRACTION.test(name) || /\b(?:Prize|Awards?)$/.test(name)) return null;
  // A title in quotes ("the Skyhollow series") names a work, not an employer.
  if (/["“‘']\s*$/.test(before) && /^\s*["”’']/.test(after)) return null;
  if (TIME_WORDS.has(name) || /^(?:19|20)\d\d$/.test(name)) return 'time';
  if (PLACES.has(name)) return 'place';
  if (endsWithPhrase(phraseWords, INTRODUCERS)) return 'outlet';
  // News outlets cut jobs too: "Business Insider announced that it is planning to lay off".
  if (OUTLET_SET.has(name)) return EMPLOYER_VERB_AFTER.test(after) ? 'org' : 'outlet';
  if (endsWithPhrase(phraseWords, TITLES)) return 'person';
  if (
    FIRST_NAMES.has(name.split(' ')[0] ?? '') &&
    /\s/.test(name) &&
    !/\s(?:Inc|Corp|Co|Group)\b/.test(name)
  ) {
    return 'person';
  }
  if (
    firstWordStartsSentence &&
    /^[A-Z]{3,}$/.test(name) &&
    /^\s*(?:\(|[,—–-])/.test(after) &&
    (name.length > 4 || PLACES.has(name[0] + name.slice(1).toLowerCase()))
  ) {
    return 'place'; // a dateline: "WELLINGTON (AP) —", "OSLO (Reuters) -"
  }
  if (
    firstWordStartsSentence &&
    !/\s/.test(name) &&
    /^[A-Z][a-z]+$/.test(name) &&
    !SUBJECT_VERB_AFTER.test(after) &&
    !isKnown(name) &&
    after.trim() !== ''
  ) {
    // A lone ordinary word opening a sentence ("Tech got a kick") is no name unless a verb follows it;
    // alone on its line it heads a part of a round-up ("Norvane") or labels a section (dropped later).
    return null;
  }
  return 'org';
}

/** Proper names of a sentence, in order. */
const STATE_AFTER = new RegExp(
  `^,\\s(?:${US_STATES.flatMap(([name, abbr]) => [name, abbr])
    .map((w) => w.replace(/\./g, '\\.'))
    .join('|')})(?![\\w])`,
);
const SUFFIX_ONLY = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SE|SA|NV|GmbH)\.?$/;

const TITLE_OF =
  /^(?:(?:Chief|Executive|Operating|Financial|Technology|Senior|Vice|President|Officer|Director|Head|Chairman|Chairwoman|Founder|Co-founder|CEO|CFO|COO|CTO|Managing|General|Manager|Partner)\s+)+of\s+(?:the\s+)?/;
const BASED_PREFIX = /^.*-(?:based|led|owned|backed|headquartered)\s+/;
/** "Mumbai-headquartered" before a common noun is no name. */
const BASED_SUFFIX = /-(?:based|led|owned|backed|headquartered)$/;
/** "By Renata Oyelaran and Tom Birchall": a byline names people. */
const BYLINE = /^By\s+[A-Z][^.!?]{0,80}$/;
/** Only a sentence that opens with a quote, a bracket or a list bullet has names after its start that open it. */
const OPENING = /^\s*["“‘(\-–—•*·]/;
/** What may stand before a sentence's first word. */
const OPENER = /^["“‘(\-–—•*·]$/;

function pushName(
  sentence: string,
  raw: string,
  at: number,
  out: NameMention[],
  isKnown: IsKnownCompany,
): void {
  const runStart = at;
  const last = raw[raw.length - 1];
  const apostropheS = last === 's' && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’');
  const possessive = apostropheS || last === "'" || last === '’';
  if (possessive) raw = raw.slice(0, apostropheS ? -2 : -1);
  // "West Reading, Pa.-based Tower Health": the place before "-based" is no part of the name.
  const based = raw.includes('-') ? BASED_PREFIX.exec(raw) : null;
  if (based) {
    at += based[0].length;
    raw = raw.slice(based[0].length);
  }
  // "Chief Executive Officer of Quillfeather": after a title and "of" comes the organisation.
  const titled = raw.includes(' of ') ? TITLE_OF.exec(raw) : null;
  if (titled) {
    at += titled[0].length;
    raw = raw.slice(titled[0].length);
  }
  // "Business Insider" keeps the word that opens it elsewhere ("Business leaders"); "The Times" loses "The".
  const whole = (OUTLET_SET.has(raw) || PLACES.has(raw)) && !/^(?:The|A|An)\s/.test(raw);
  const kept = whole ? raw.split(/\s+/) : stripTicker(stripLeading(raw.split(/\s+/)));
  if (kept.length === 0) return;
  let name = kept.join(' ');
  if (SUFFIX_ONLY.test(name) || BASED_SUFFIX.test(name)) return;
  const start = at + raw.indexOf(name);
  if (sentence[start + name.length] === '.' && PLACES.has(name + '.')) name += '.';
  const end = start + name.length;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end + (possessive ? 2 : 0), end + 60);
  if (TITLE_START.test(raw.slice(raw.indexOf(kept[0] ?? '')))) {
    out.push({ name: name.replace(TITLE_START, ''), start, end, kind: 'person', possessive });
    return;
  }
  const phraseWords = wordsBefore(before);
  const runPhraseWords =
    runStart === start ? phraseWords : wordsBefore(sentence.slice(Math.max(0, runStart - 40), runStart));
  const opensSentence =
    start === 0 || (OPENING.test(sentence) && OPENER.test(sentence.slice(0, start).trim()));
  const kind = endsWithPhrase(runPhraseWords, INTRODUCERS)
    ? 'outlet'
    : STATE_AFTER.test(after) || name.endsWith('-area')
      ? 'place'
      : classify(name, before, phraseWords, after, opensSentence, isKnown);
  if (!kind) return;
  const mention: NameMention = {
    name,
    start,
    end,
    kind: kind === 'org' && BYLINE.test(sentence) ? 'person' : kind,
    possessive,
  };
  if (opensSentence) mention.opensSentence = true;
  out.push(mention);
}

const TITLE_WORDS_IN_RUN =
  'Prime Minister|Executive Editor|Managing Editor|Editor|Executive|Chief Executive|Chief|CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Founder|Spokesman|Spokeswoman|Spokesperson|Director|Senator|Governor|Mayor|Secretary|Minister';
const TITLE_START = new RegExp(String.raw`^(?:Prime Minister|Minister|${TITLE_WORDS_IN_RUN})\s+`);
const RUN_SPLIT = new RegExp(
  String.raw`(?<=['’]s?)\s|\s(?=(?:${TITLE_WORDS_IN_RUN})(?:\s|$))|\s(?=The\s|An?\s[A-Z])`,
);

/** How a list of teams ends ("and Admin teams"); only a sentence with one is searched for the list. */
const TEAM_LIST_END = /(?:and|&)\s+[A-Z][\w&-]*\s+(?:teams|divisions|departments|units|groups|functions)\b/;
/** "across our Business, Content, Tech and Admin teams": capitalised words listing teams, not companies. */
const TEAM_LIST =
  /(?<![\w&-],\s+)(?:[A-Z][\w&-]*,\s+)+(?:[A-Z][\w&-]*,?\s+)?(?:and|&)\s+[A-Z][\w&-]*\s+(?:teams|divisions|departments|units|groups|functions)\b/g;

/** The US law behind layoff notices, whose name reads like two organisations. */
const WARN_ACT_NAME = /\bWorker Adjustment and Retraining Notification(?: \(WARN\))?(?: Act)?/g;
/** "Department of Labor and Workforce Development": the part after "and" belongs to the department. */
const DEPARTMENT_AND =
  /\b(?:Department|Ministry|Office|Bureau|Agency) of [A-Z][\w&]*(?: [A-Z][\w&]*)*(?:,? and [A-Z][\w&]*(?: [A-Z][\w&]*)*)+/g;

/**
 * Stretches of capitals whose names are no companies: a cheap test that a sentence may hold one, the
 * pattern, and whether the name opening the stretch stays (the department itself does).
 */
const NOT_NAME_SPANS: readonly { mayHold: RegExp; pattern: RegExp; keepsFirstName: boolean }[] = [
  { mayHold: TEAM_LIST_END, pattern: TEAM_LIST, keepsFirstName: false },
  { mayHold: /Retraining/, pattern: WARN_ACT_NAME, keepsFirstName: false },
  { mayHold: / of /, pattern: DEPARTMENT_AND, keepsFirstName: true },
];

/** Proper names of a sentence, in order; a possessive ends a name ("Australia's Qantas" is two). */
export function findNames(sentence: string, isKnown: IsKnownCompany = () => false): NameMention[] {
  const names = findNameRuns(sentence, isKnown);
  if (names.length < 2) return names;
  const spans: [number, number][] = [];
  for (const { mayHold, pattern, keepsFirstName } of NOT_NAME_SPANS) {
    if (!mayHold.test(sentence)) continue;
    for (const m of matchesIn(pattern, sentence))
      spans.push([m.index + (keepsFirstName ? 1 : 0), m.index + m[0].length]);
  }
  if (spans.length === 0) return names;
  return names.filter((n) => !spans.some(([from, to]) => n.start >= from && n.end <= to));
}

function findNameRuns(sentence: string, isKnown: IsKnownCompany): NameMention[] {
  const out: NameMention[] = [];
  for (const m of matchesIn(NAME_RE, sentence)) {
    let at = m.index;
    // A possessive, a title ("Los Angeles Times Executive Editor Kevin Merida") or a mid-run "The" splits a run.
    for (const part of RUN_SPLIT.test(m[0]) ? m[0].split(RUN_SPLIT) : [m[0]]) {
      pushName(sentence, part, at, out, isKnown);
      at += part.length + 1;
    }
  }
  return out;
}
