// Finds proper names in a sentence (runs of capitalised words) and tells people, places, outlets and dates apart.
import { NON_NAME_WORDS, OUTLETS, PERSON_TITLES, SOURCE_INTRODUCERS } from './lexicon.js';
import { CITIES, COUNTRIES, US_STATES } from './places.js';

export type NameKind = 'org' | 'person' | 'place' | 'outlet' | 'time';

export interface NameMention {
  /** The name as written, without a possessive ending. */
  name: string;
  start: number;
  end: number;
  kind: NameKind;
  /** Written with a possessive ending ("Twitter's"). */
  possessive: boolean;
}

const WORD = String.raw`(?:[A-Z][\p{L}\d&'’.-]*[\p{L}\d]|[A-Z]|\d+[A-Za-z][\p{L}\d]*)`;
const CONNECTOR = String.raw`(?:\s(?:of|de|del|la|le|du|für)\s|\s|-|\s?&\s?|\/)`;
const NAME_RE = new RegExp(`${WORD}(?:${CONNECTOR}${WORD}){0,6}(?:['’]s?)?`, 'gu');

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
const TITLE_BEFORE = new RegExp(
  `\\b(?:${PERSON_TITLES.map((t) => t.replace('.', '\\.')).join('|')})\\s*,?\\s*$`,
  'i',
);
const SOURCE_BEFORE = new RegExp(`\\b(?:${SOURCE_INTRODUCERS.join('|')})\\s+$`, 'i');
const PERSON_AFTER = /^,?\s+(?:said|says|wrote|writes|added|told|explained|noted|who|, who)\b/;
const LOWER_JOINERS = /^(?:of|de|del|la|le|du|für)$/;

function stripLeading(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (NON_NAME.has(words[i] ?? '') || LOWER_JOINERS.test(words[i] ?? ''))) i++;
  let j = words.length;
  while (j > i && LOWER_JOINERS.test(words[j - 1] ?? '')) j--;
  return words.slice(i, j);
}

function classify(
  name: string,
  before: string,
  after: string,
  firstWordStartsSentence: boolean,
): NameKind | null {
  if (TIME_WORDS.has(name) || /^(?:19|20)\d\d$/.test(name)) return 'time';
  if (PLACES.has(name)) return 'place';
  if (OUTLET_SET.has(name) || SOURCE_BEFORE.test(before)) return 'outlet';
  if (TITLE_BEFORE.test(before)) return 'person';
  if (/\s/.test(name) && PERSON_AFTER.test(after) && !/\b(?:Inc|Corp|Co|Group|Systems)\b/.test(name))
    return 'person';
  if (firstWordStartsSentence && !/\s/.test(name) && /^[A-Z][a-z]+$/.test(name) && /^\s+[a-z]/.test(after)) {
    // A lone ordinary word opening a sentence ("Tech got a kick") is no name unless seen elsewhere.
    return null;
  }
  return 'org';
}

/** Proper names of a sentence, in order. */
export function findNames(sentence: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of sentence.matchAll(NAME_RE)) {
    let raw = m[0];
    const possessive = /['’]s?$/.test(raw) && !/^[A-Z]+['’]s$/.test(raw) ? /['’]s?$/.test(raw) : false;
    if (possessive) raw = raw.replace(/['’]s?$/, '');
    const words = raw.split(/\s+/);
    const kept = stripLeading(words);
    if (kept.length === 0) continue;
    let name = kept.join(' ');
    const start = m.index + raw.indexOf(name);
    if (sentence[start + name.length] === '.' && PLACES.has(name + '.')) name += '.';
    const end = start + name.length;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const after = sentence.slice(end + (possessive ? 2 : 0), end + 30);
    const kind = classify(
      name,
      before,
      after,
      start === 0 || /^["“‘(]$/.test(sentence.slice(0, start).trim()),
    );
    if (kind) out.push({ name, start, end, kind, possessive });
  }
  return out;
}
