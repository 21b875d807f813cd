// Joins the extraction steps: sentences → cut mentions → one event per company, main event first.
import type { Article, Extraction, LayoffEvent } from '../domain/index.js';
import { splitSentences } from './segment.js';
import type { Sentence } from './segment.js';
import { analyseSentence, DESCRIPTORS, findCutMentions } from './mentions.js';
import type { AnalysedSentence, CutMention } from './mentions.js';
import { groupCompanies, stripSuffix } from './company.js';
import type { Company } from './company.js';
import { BACKGROUND_CUES, buildEvent, NEWS_WORDS } from './event.js';
import { sentenceFacts } from './sentence-facts.js';
import { ORDINARY_WORDS } from './ordinary-words.js';
import { escapeRegExp, matchesIn } from '../lib/regexp.js';
import { CAPITAL_OR_DIGIT_AHEAD, LETTER, UPPER } from './names.js';
import type { IsKnownCompany, NameMention } from './names.js';
import { GENERAL_TOPIC_CUES, HIRING_CUES } from './lexicon.js';
import { wordsPattern } from '../lib/regexp.js';

const HIRING_HEADLINE = wordsPattern(HIRING_CUES);
const GENERAL_HEADLINE = wordsPattern(GENERAL_TOPIC_CUES);

export interface ExtractContext {
  /** Publication date (YYYY-MM-DD) used to resolve "Wednesday", "last month"; overrides the page's own. */
  published: string | null;
  /** Names of known companies (data/companies.txt), which help tell an employer from other names. */
  knownCompanies?: ReadonlySet<string>;
}

/** Salience weights that pick an article's main company. */
export const SALIENCE = {
  inHeadline: 4,
  subjectOfCut: 2,
  subjectOfLeadCut: 2,
  knownCompany: 1.5,
  /** A cut said of "it" or "the company" counts this much toward the company named just before. */
  antecedentShare: 0.5,
  mention: 0.25,
} as const;

/** Extraction reads this much of an article: reports of a cut come early, and junk must not take long. */
export const MAX_EXTRACT_CHARS = 60_000;

/** At most this many events per article (round-ups list a dozen at most; junk lists thousands). */
export const MAX_EVENTS = 30;

/** The news is dated from a sentence among the first ones when no cut sentence gives the day. */
export const MAX_NEWS_SENTENCES = 25;

/** Paragraphs counted as the lead of an article (a headline line in the text is the first). */
export const LEAD_PARAGRAPHS = 4;

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

function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w) && !TITLE_CASE_EXCEPTIONS.has(w));
  return (
    words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE
  );
}

function headlineSentence(
  title: string,
  bodyNames: readonly NameMention[],
  isKnown: IsKnownCompany,
): AnalysedSentence {
  const base = analyseSentence({ text: title, start: -1, end: -1, paragraph: -1 }, true, isKnown);
  if (!isTitleCase(title)) return base;
  const forms = [...new Set(bodyNames.filter((n) => n.kind === 'org').map((n) => n.name))];
  // Headlines shorten names ("Northwind Cloud" for "Northwind Cloud Services"): the form sharing the most
  // leading words with the headline at a position wins, if it shares all its words or at least two.
  const best = new Map<number, { form: string; words: number; length: number }>();
  const titleWords = new Set(title.split(/\s+/).map((w) => w.replace(/['’]s?$|[,:;]$/g, '')));
  for (const form of forms) {
    const words = form.split(' ');
    if (!titleWords.has(words[0] ?? '')) continue;
    for (const m of matchesIn(new RegExp(`(?<![\\w])${escapeRegExp(words[0] ?? '')}(?![\\w])`, 'g'), title)) {
      const titleWords = title.slice(m.index).split(/\s+/);
      let shared = 0;
      while (shared < words.length && titleWords[shared]?.replace(/['’]s?$|[,:;]$/g, '') === words[shared])
        shared++;
      if (shared < words.length && shared < 2) continue;
      const length = titleWords
        .slice(0, shared)
        .join(' ')
        .replace(/['’]s?$|[,:;]$/g, '').length;
      const current = best.get(m.index);
      if (
        !current ||
        shared > current.words ||
        (shared === current.words && words.length < form.split(' ').length)
      ) {
        best.set(m.index, { form, words: shared, length });
      }
    }
  }
  const names: NameMention[] = [...best.entries()].map(([start, b]) => ({
    name: b.form,
    start,
    end: start + b.length,
    kind: 'org',
    possessive: false,
  }));
  return { ...base, names: names.sort((a, b) => a.start - b.start) };
}

const MID_SENTENCE_CAPITAL = new RegExp(
  `(?<=[a-zß-öø-ÿ]\\s)${CAPITAL_OR_DIGIT_AHEAD}[${UPPER}][${LETTER}\\d&'’-]+`,
  'g',
);

/** Words written with a capital inside a sentence, which makes them names where they open one. */
function capitalisedMidSentence(text: string): Set<string> {
  return new Set(text.match(MID_SENTENCE_CAPITAL) ?? []);
}

/** A heading has at least this many words of four letters or more ("Home Depot - 7,000" is a list line). */
const HEADING_MIN_WORDS = 3;

/** In a line written in Title Case (a heading) only names also written in ordinary sentences count. */
function keepKnownFormsInTitleCase(sentences: AnalysedSentence[]): void {
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

/**
 * Everyday words taken for names. One seen only where sentences open, never in the headline, never
 * capitalised inside a sentence and not on the list of companies, when it is an everyday English word
 * or the article also writes it in lower case ("Fear has been growing among staff", "Tariffs ... tariffs";
 * a rarer word there is kept: "Qantas has announced a plan"); and one shouted in capitals that no listed
 * company is called ("Are the layoffs done or NOT?").
 */
function dropOrdinaryWords(
  sentences: AnalysedSentence[],
  text: string,
  title: string,
  isKnown: IsKnownCompany,
  isListed: IsKnownCompany,
): void {
  const inside = new Set<string>();
  for (const s of sentences) for (const n of s.names) if (!n.opensSentence) inside.add(n.name);
  const opensOnly = (n: NameMention) =>
    n.opensSentence === true &&
    /^[A-Z][a-z]*(?:-[a-z]+)*$/.test(n.name) &&
    (ORDINARY_WORDS.has(n.name.toLowerCase()) || wordIn(text, n.name.toLowerCase())) &&
    !inside.has(n.name) &&
    !isKnown(n.name) &&
    !wordIn(title, n.name);
  const shouted = (n: NameMention) =>
    /^[A-Z]{3,}$/.test(n.name) && ORDINARY_WORDS.has(n.name.toLowerCase()) && !isListed(n.name);
  const isOrdinary = (n: NameMention) => n.kind === 'org' && (opensOnly(n) || shouted(n));
  for (const s of sentences) {
    // An everyday word alone on its line is a section label ("TECH", "Business"), a rarer one a heading
    // of a round-up ("Norvane").
    const label = (n: NameMention) =>
      !n.name.includes(' ') &&
      n.name === s.text.trim() &&
      (/^[A-Z]+$/.test(n.name) ||
        ORDINARY_WORDS.has(n.name.toLowerCase()) ||
        wordIn(text, n.name.toLowerCase()));
    if (s.names.some((n) => isOrdinary(n) || label(n)))
      s.names = s.names.filter((n) => !isOrdinary(n) && !label(n));
  }
}

/** The headline's everyday words taken for names ("E-commerce giant to cut 2,300 jobs"). */
function dropOrdinaryHeadlineWords(headline: AnalysedSentence, text: string, isKnown: IsKnownCompany): void {
  headline.names = headline.names.filter(
    (n) =>
      !(
        n.kind === 'org' &&
        n.opensSentence === true &&
        /^[A-Z][a-z]*(?:-[a-z]+)*$/.test(n.name) &&
        !isKnown(n.name) &&
        (ORDINARY_WORDS.has(n.name.toLowerCase()) || wordIn(text, n.name.toLowerCase()))
      ),
  );
}

/** A word for a kind of company ("Chipmaker", "Retailer", "Automaker"). */
const DESCRIPTOR_WORD = new RegExp(`^[A-Z][a-z]*(?:${DESCRIPTORS})$`);

/**
 * "Chipmaker Fenwick Ridge to cut jobs": a word for a kind of company opening a sentence, which the article
 * also writes in lower case ("the chipmaker"), is no part of the name after it.
 */
function dropDescriptorOpeners(sentences: AnalysedSentence[], text: string, isListed: IsKnownCompany): void {
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
function markSurnames(sentences: AnalysedSentence[]): void {
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
function restorePossessives(sentences: AnalysedSentence[]): void {
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

function mainCompany(
  mentions: readonly CutMention[],
  companyOf: (form: string) => Company | undefined,
  headline: AnalysedSentence,
  body: readonly AnalysedSentence[],
  isKnown: IsKnownCompany,
): Company | null {
  const scores = new Map<Company, number>();
  const bump = (c: Company | undefined, by: number) => c && scores.set(c, (scores.get(c) ?? 0) + by);
  for (const m of mentions) {
    const form = m.subject ?? m.antecedent;
    if (!form) continue;
    const weight = m.subject ? 1 : SALIENCE.antecedentShare;
    const company = companyOf(form);
    bump(company, SALIENCE.subjectOfCut * weight);
    if (m.sentence.isHeadline || m.sentence.paragraph < LEAD_PARAGRAPHS) {
      bump(company, SALIENCE.subjectOfLeadCut * weight);
    }
  }
  if (scores.size === 0) return null;
  for (const company of scores.keys()) {
    if ([...company.forms].some(isKnown)) bump(company, SALIENCE.knownCompany);
  }
  for (const n of headline.names) {
    if (scores.has(companyOf(n.name)!)) bump(companyOf(n.name), SALIENCE.inHeadline);
  }
  for (const s of body) {
    for (const n of s.names) {
      if (n.kind === 'org' && scores.has(companyOf(n.name)!)) bump(companyOf(n.name), SALIENCE.mention);
    }
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function isBackgroundOnly(headline: AnalysedSentence, mentions: readonly CutMention[]): boolean {
  return headline.triggers.length === 0 && mentions.every((m) => BACKGROUND_CUES.test(m.sentence.text));
}

/** A cut the headline does not report and the body gives no size, share or day for is told in passing. */
function isPassingMention(headline: AnalysedSentence, event: LayoffEvent): boolean {
  return (
    headline.text !== '' &&
    headline.triggers.length === 0 &&
    event.headcount === null &&
    event.percentDetail === null &&
    event.announced === null
  );
}

/** Headlines about hiring or about layoffs in general (advice, opinion) introduce no specific cut. */
function isOffTopicHeadline(
  headline: AnalysedSentence,
  mentions: readonly CutMention[],
  main: Company,
): boolean {
  const headlineCut = mentions.some((m) => m.sentence === headline && m.subject && main.forms.has(m.subject));
  if (headlineCut) return false;
  if (GENERAL_HEADLINE.test(headline.text)) return true;
  return HIRING_HEADLINE.test(headline.text) && !mentions.some((m) => m.sentence === headline && m.subject);
}

export function extractLayoffs(article: Article, ctx: ExtractContext): Extraction {
  const published = ctx.published ?? article.published;
  const known = ctx.knownCompanies;
  const text = article.text.slice(0, MAX_EXTRACT_CHARS);
  const midSentence = capitalisedMidSentence(text);
  const isListed: IsKnownCompany = (name) => known?.has(stripSuffix(name)) ?? false;
  const knownCache = new Map<string, boolean>();
  const isKnown: IsKnownCompany = (name) => {
    let answer = knownCache.get(name);
    if (answer === undefined) {
      answer = midSentence.has(name) || isListed(name);
      knownCache.set(name, answer);
    }
    return answer;
  };
  const raw: Sentence[] = splitSentences(text);
  const factsOf = sentenceFacts<AnalysedSentence>(published);
  const body = raw.filter((s) => s.text !== article.title).map((s) => analyseSentence(s, false, isKnown));
  markSurnames(body);
  dropOrdinaryWords(body, text, article.title ?? '', isKnown, isListed);
  keepKnownFormsInTitleCase(body);
  const headline = headlineSentence(
    article.title ?? '',
    body.flatMap((s) => s.names),
    isKnown,
  );
  dropOrdinaryHeadlineWords(headline, text, isKnown);
  restorePossessives([headline, ...body]);
  dropDescriptorOpeners([headline, ...body], text, isListed);
  const bodyNames = body.flatMap((s) => s.names);
  const companies = groupCompanies(text, [...headline.names, ...bodyNames]);
  const companyOf = (form: string) => companies.get(form);
  const sentences = article.title ? [headline, ...body] : body;
  const newsSentences = sentences.slice(0, MAX_NEWS_SENTENCES).filter((s) => NEWS_WORDS.test(s.text));
  const mentions = findCutMentions(sentences, (form) => companies.has(form));
  const main = mainCompany(mentions, companyOf, headline, body, isKnown);
  if (!main) return { isLayoffReport: false, events: [] };

  const byCompany = new Map<Company, CutMention[]>();
  for (const m of mentions) {
    const form = m.subject ?? m.antecedent;
    const company = (form && companyOf(form)) || main;
    if (!company) continue;
    byCompany.set(company, [...(byCompany.get(company) ?? []), m]);
  }
  const events = [...byCompany.entries()]
    .sort(([a], [b]) => Number(b === main) - Number(a === main))
    .slice(0, MAX_EVENTS)
    .map(([company, ms]) =>
      buildEvent(company, ms, {
        published,
        factsOf,
        newsSentences,
        sentences,
        isMain: company === main,
      }),
    )
    .filter((e) => e !== null)
    .sort((a, b) => Number(b.company === main.name) - Number(a.company === main.name));
  const first = events[0];
  const isLayoffReport =
    first !== undefined &&
    first.company === main.name &&
    first.status !== 'denied' &&
    first.status !== 'rumoured' &&
    !isOffTopicHeadline(headline, mentions, main) &&
    !isBackgroundOnly(headline, byCompany.get(main) ?? []) &&
    !isPassingMention(headline, first);
  return { isLayoffReport, events: isLayoffReport ? events : [] };
}
