// Joins the extraction steps: sentences → cut mentions → one event per company, main event first.
import type { Article, Extraction, LayoffEvent } from '../domain/index.js';
import { splitSentences } from './segment.js';
import type { Sentence } from './segment.js';
import { analyseSentence, findCutMentions } from './mentions.js';
import type { AnalysedSentence, CutMention } from './mentions.js';
import { groupCompanies, stripSuffix } from './company.js';
import type { Company } from './company.js';
import { BACKGROUND_CUES, buildEvent, NEWS_WORDS } from './event.js';
import { sentenceFacts } from './sentence-facts.js';
import {
  dropDescriptorOpeners,
  dropOrdinaryHeadlineWords,
  dropOrdinaryWords,
  isTitleCase,
  keepKnownFormsInTitleCase,
  markSurnames,
  restorePossessives,
} from './name-fixes.js';
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

/** How far from the cut words (in characters) a "last year" makes the cut background. */
const BACKGROUND_REACH = 80;

function isBackgroundOnly(headline: AnalysedSentence, mentions: readonly CutMention[]): boolean {
  const nearTrigger = (m: CutMention) =>
    m.sentence.text.slice(Math.max(0, m.trigger.start - BACKGROUND_REACH), m.trigger.end + BACKGROUND_REACH);
  return headline.triggers.length === 0 && mentions.every((m) => BACKGROUND_CUES.test(nearTrigger(m)));
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
