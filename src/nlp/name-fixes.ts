// Article-level corrections of the names found sentence by sentence: what a whole article shows about them.
import type { AnalysedSentence } from './mentions.js';
import { DESCRIPTORS } from './mentions.js';
import type { IsKnownCompany, NameMention } from './names.js';
import { ORDINARY_WORDS } from './ordinary-words.js';

/** A headline in Title Case has capitals on most words, so its runs of capitals are no names. */
export const TITLE_CASE_SHARE = 0.8;
/** Short words that Title Case leaves in lower case. */
const TITLE_CASE_EXCEPTIONS = new Set([
  'with',
  'from',
  'that',
  'into',
  'over',
  'than',
  'this',
  'upon',
  'onto',
]);

export function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w) && !TITLE_CASE_EXCEPTIONS.has(w));
  return (
    words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE
  );
}

/** A heading has at least this many words of four letters or more ("Home Depot - 7,000" is a list line). */
const HEADING_MIN_WORDS = 3;

/** In a line written in Title Case (a heading) only names also written in ordinary sentences count. */
export function keepKnownFormsInTitleCase(sentences: AnalysedSentence[]): void {
  const headings = new Set(
    sentences.filter(
      (s) =>
        s.names.length &&
        !/[.!?]["'”’]?$/.test(s.text) &&
        s.text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w)).length >= HEADING_MIN_WORDS &&
        isTitleCase(s.text),
    ),
  );
  if (headings.size === 0) return;
  const forms = new Set(sentences.filter((s) => !headings.has(s)).flatMap((s) => s.names.map((n) => n.name)));
  for (const s of headings) s.names = s.names.filter((n) => forms.has(n.name));
}

/** An everyday English word, or one the article also writes in lower case ("Tariffs ... tariffs"). */
function isEverydayWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  return ORDINARY_WORDS.has(lower) || wordIn(text, lower);
}

/** A lone, unknown everyday word where its sentence opens ("Fear has been growing"). */
function isEverydayOpener(n: NameMention, text: string, isKnown: IsKnownCompany): boolean {
  return (
    n.opensSentence === true &&
    /^[A-Z][a-z]*(?:-[a-z]+)*$/.test(n.name) &&
    !isKnown(n.name) &&
    isEverydayWord(n.name, text)
  );
}

/**
 * Everyday words taken for names. One seen only where sentences open, never in the headline, never
 * capitalised inside a sentence and not on the list of companies, when it is an everyday English word
 * or the article also writes it in lower case ("Fear has been growing among staff", "Tariffs ... tariffs";
 * a rarer word there is kept: "Qantas has announced a plan"); and one shouted in capitals that no listed
 * company is called ("Are the layoffs done or NOT?").
 */
export function dropOrdinaryWords(
  sentences: AnalysedSentence[],
  text: string,
  title: string,
  isKnown: IsKnownCompany,
  isListed: IsKnownCompany,
): void {
  const inside = new Set<string>();
  for (const s of sentences) for (const n of s.names) if (!n.opensSentence) inside.add(n.name);
  const opensOnly = (n: NameMention) =>
    isEverydayOpener(n, text, isKnown) && !inside.has(n.name) && !wordIn(title, n.name);
  const shouted = (n: NameMention) =>
    /^[A-Z]{3,}$/.test(n.name) && ORDINARY_WORDS.has(n.name.toLowerCase()) && !isListed(n.name);
  const isOrdinary = (n: NameMention) => n.kind === 'org' && (opensOnly(n) || shouted(n));
  for (const s of sentences) {
    // An everyday word alone on its line is a section label ("TECH", "Business"), a rarer one a heading
    // of a round-up ("Norvane").
    const label = (n: NameMention) =>
      !n.name.includes(' ') &&
      n.name === s.text.trim() &&
      (/^[A-Z]+$/.test(n.name) || isEverydayWord(n.name, text));
    if (s.names.some((n) => isOrdinary(n) || label(n)))
      s.names = s.names.filter((n) => !isOrdinary(n) && !label(n));
  }
}

/** The headline's everyday words taken for names ("E-commerce giant to cut 2,300 jobs"). */
export function dropOrdinaryHeadlineWords(
  headline: AnalysedSentence,
  text: string,
  isKnown: IsKnownCompany,
): void {
  headline.names = headline.names.filter((n) => !(n.kind === 'org' && isEverydayOpener(n, text, isKnown)));
}

/** A word for a kind of company ("Chipmaker", "Retailer", "Automaker"). */
const DESCRIPTOR_WORD = new RegExp(`^[A-Z][a-z]*(?:${DESCRIPTORS})$`);

/**
 * "Chipmaker Fenwick Ridge to cut jobs": a word for a kind of company opening a sentence, which the article
 * also writes in lower case ("the chipmaker"), is no part of the name after it.
 */
export function dropDescriptorOpeners(
  sentences: AnalysedSentence[],
  text: string,
  isListed: IsKnownCompany,
): void {
  for (const s of sentences) {
    for (const n of s.names) {
      const space = n.name.indexOf(' ');
      if (n.kind !== 'org' || !n.opensSentence || space < 0 || n.name.includes(' of ')) continue;
      const first = n.name.slice(0, space);
      if (!DESCRIPTOR_WORD.test(first) || isListed(n.name) || !wordIn(text, first.toLowerCase())) continue;
      n.name = n.name.slice(space + 1);
      n.start += space + 1;
    }
  }
}

/** Does the text hold the word, whole? */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}

/** A lone word that is the last name of a person named elsewhere is that person ("Ortberg's message"). */
export function markSurnames(sentences: AnalysedSentence[]): void {
  const surnames = new Set<string>();
  for (const s of sentences)
    for (const n of s.names)
      if (n.kind === 'person' && !n.name.includes(' of ')) surnames.add(n.name.split(' ').at(-1) ?? '');
  for (const s of sentences)
    for (const n of s.names) if (n.kind === 'org' && surnames.has(n.name)) n.kind = 'person';
}

/** After a name's own "'s" comes a verb or a small word, not the noun of a possessive ("Macy's on Thursday said"). */
const AFTER_OWN_APOSTROPHE_S =
  /^\s*(?:[,.;:)]|$|(?:on|said|says|is|was|has|had|will|would|to|and|in|at|plans|announced|reported|confirmed|cut|cuts|laid|also|which|who)\b)/;

/** Keeps a possessive ending that belongs to the name ("Macy's") when the bare form never stands alone. */
export function restorePossessives(sentences: AnalysedSentence[]): void {
  const bare = new Set<string>();
  for (const s of sentences) for (const n of s.names) if (!n.possessive) bare.add(n.name);
  const own = new Set<string>();
  for (const s of sentences) {
    for (const n of s.names) {
      if (n.possessive && AFTER_OWN_APOSTROPHE_S.test(s.text.slice(n.end + 2, n.end + 20))) own.add(n.name);
    }
  }
  for (const s of sentences) {
    for (const n of s.names) {
      if (n.possessive && !bare.has(n.name) && own.has(n.name)) {
        const apostrophe = s.text.slice(n.end, n.end + 2);
        if (/^['’]s$/.test(apostrophe)) {
          n.name += apostrophe;
          n.end += 2;
          n.possessive = false;
        }
      }
    }
  }
}
