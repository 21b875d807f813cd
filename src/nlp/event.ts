// Builds one event from a company's cut mentions: size, share, dates, teams, places, sources, status.
import type { Evidence, EventKind, EventStatus, Headcount, LayoffEvent, Percent } from '../domain/index.js';
import type { Company } from './company.js';
import { refersBack } from './mentions.js';
import type { AnalysedSentence, CutMention } from './mentions.js';
import type { Quantity } from './quantity.js';
import { withoutCompany } from './sources.js';
import type { SentenceFacts } from './sentence-facts.js';
import type { DateMention } from './dates.js';

export interface EventContext {
  published: string | null;
  /** What a sentence states, each fact read once per extraction. */
  factsOf: (s: AnalysedSentence) => SentenceFacts;
  /** Sentences that may date the news when no cut sentence does ("Wednesday's news signals a decrease"). */
  newsSentences: readonly AnalysedSentence[];
  sentences: readonly AnalysedSentence[];
  isMain: boolean;
}

/** Words near a figure that make it a running total or an earlier round, not this cut. */
export const CUMULATIVE_CUES =
  /\b(?:so far|in total this year|bringing (?:the|its) total|total of more than|since (?:the start|january|last)|earlier this year|last year|previous(?:ly)?|already|in \d{4}|announced in|the \d[\d,]* (?:it|layoffs)|cumulative)\b/i;
/** "Last year the company cut 1,200 jobs": a cut told only as background to other news. */
export const BACKGROUND_CUES =
  /\b(?:last year|earlier this year|in (?:19|20)\d\d|previously|in the past|a year ago|years ago|last (?:spring|summer|fall|autumn|winter)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+) (?:weeks?|months?|years?) (?:after|since|ago|earlier))\b/i;
/** "2,400 jobs, up from the 1,800 it announced": the figure is the revised cut, the one after is the old. */
const REVISED_AFTER = /^[,\s]*(?:\S+\s+){0,2}?(?:up|down) from\b/i;
/** Words before a figure that make it money or a share price. */
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const MONEY_BEFORE = /[$£€¥]\s*$|\b(?:USD|EUR|GBP|Rs\.?)\s*$/;
/** Sentences that may date the news when no cut sentence does ("Wednesday's news signals a decrease"). */
/** A day or month named, even when the year is unknown ("on Oct. 19"). */
const DATE_WORDS =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
export const NEWS_WORDS =
  /\b(?:news|announce\w*|said|told|confirmed|disclosed|informed|notified|revealed|unveiled|filed|cuts?|decrease|reduction|layoffs?)\b/i;
const CONFIDENCE = { subject: 0.9, anaphor: 0.6, headlineOnly: 0.5 } as const;
const PAST_CUT = /\b(?:laid off|has cut|have cut|had cut|cut|eliminated|slashed|shed|axed|closed)\b/i;
const FUTURE_CUT =
  /\b(?:will|plans? to|planning to|set to|to cut|to lay off|is to|are to|intends? to|expects? to|would)\b/i;
const REPORTED =
  /\b(?:reportedly|according to (?:a |the )?(?:report|sources|people)|sources said|people familiar)\b/i;

/** What follows a dateline's date: "Dec. 5, 2019—General Motors will", "Dec. 5 (Reuters) -". */
const AFTER_DATELINE = /^\s*(?:[—–-]|\((?:AP|Reuters|AFP|Bloomberg|UPI|PTI|dpa)\))/;
/** How far into a sentence a dateline's date may stand ("WASHINGTON, Dec. 5, 2019 —"). */
const DATELINE_REACH = 30;

function isDateline(d: DateMention, text: string): boolean {
  return d.start <= DATELINE_REACH && AFTER_DATELINE.test(text.slice(d.end, d.end + 20));
}

/** Words right before the day a cut was made known: "said on Tuesday", "provided notice of the layoffs Tuesday". */
const ANNOUNCED_BEFORE =
  /\b(?:said|says|announced|announces|confirmed|confirms|told|notified|informed|filed|disclosed|revealed|unveiled|notice(?: of [\w\s-]{0,24}?)?)\s+(?:on\s+|late\s+|early\s+|this\s+|last\s+)?$/i;

function isAnnouncementDay(d: DateMention, text: string): boolean {
  return ANNOUNCED_BEFORE.test(text.slice(Math.max(0, d.start - 50), d.start));
}

function evidence(s: AnalysedSentence): Evidence {
  return { sentence: s.text, start: s.start, end: s.end };
}

/** Sites counted after a bare figure: "48 of its 212 stores", "12 U.S. plants". */
const SITES_AFTER =
  /^\s+(?:of\s+(?:its|the|their)\s+(?:[\d,]+\s+)?)?(?:[\w.-]+\s+)?(?:stores|plants|factories|locations|branches|offices|sites|restaurants|outlets|hospitals|clinics|mills|warehouses|centers|centres|facilities|shops)\b/i;

function isHeadcountCandidate(
  q: Quantity,
  m: CutMention,
  workforce: readonly { start: number; end: number }[],
): boolean {
  const text = m.sentence.text;
  if (MONEY_BEFORE.test(text.slice(Math.max(0, q.start - 5), q.start))) return false;
  if (/^\s*(?:million|billion|bn|mn)\b/i.test(text.slice(q.end, q.end + 10)) && !q.noun) return false;
  if (workforce.some((w) => q.start < w.end && w.start < q.end)) return false;
  if (q.exact !== null && q.exact >= 1900 && q.exact <= 2100 && !q.noun) return false;
  if (q.noun) return true;
  if (q.exact === null ? q.max < 10 : q.exact < 10 || !/\d/.test(q.text)) return false;
  // A bare figure is a date ("Nov. 16"), a span ("16 months") or a count of something else ("52 stores").
  if (MONTH_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start))) return false;
  if (
    /^\s+(?!(?:in|at|by|from|across|this|next|over|on|as|and|or|to|of|workers|jobs)\b)[a-z]/i.test(
      text.slice(q.end, q.end + 15),
    )
  ) {
    return false;
  }
  // "close 48 of its 212 stores": a count of sites.
  if (SITES_AFTER.test(text.slice(q.end, q.end + 40))) return false;
  // A bare figure counts when it is the object of the cut ("cut 10,000", "Pfizer/Wyeth - 20,000").
  const gap =
    q.start >= m.trigger.end ? text.slice(m.trigger.end, q.start) : text.slice(q.end, m.trigger.start);
  return (
    gap.length <= MAX_BARE_GAP && gap.trim().split(/\s+/).filter(Boolean).length <= 2 && !/[.;]/.test(gap)
  );
}

/** A figure further than this from the words of the cut (in characters) is about something else. */
export const MAX_FIGURE_DISTANCE = 300;
/** A bare figure ("cut 10,000") stands at most this close to the cut words. */
const MAX_BARE_GAP = 30;

function pickHeadcount(
  mentions: readonly CutMention[],
  factsOf: (s: AnalysedSentence) => SentenceFacts,
): { headcount: Headcount; from: AnalysedSentence } | null {
  let fallback: { headcount: Headcount; from: AnalysedSentence } | null = null;
  // Headlines round ("Over 800 Workers" for 814): the body's figure comes first.
  const ordered = [
    ...mentions.filter((m) => !m.sentence.isHeadline),
    ...mentions.filter((m) => m.sentence.isHeadline),
  ];
  for (const m of ordered) {
    const facts = factsOf(m.sentence);
    if (m.denied || facts.quantities.length === 0) continue;
    const workforce = facts.workforce;
    // The figure nearest the words of the cut: "Dell announced 1,700 layoffs; 10,000 at Verizon".
    const distance = (q: Quantity) =>
      q.end <= m.trigger.start
        ? m.trigger.start - q.end
        : q.start >= m.trigger.end
          ? q.start - m.trigger.end
          : 0;
    const candidates = facts.quantities
      .filter((q) => distance(q) <= MAX_FIGURE_DISTANCE && isHeadcountCandidate(q, m, workforce))
      .sort((a, b) => distance(a) - distance(b));
    for (const q of candidates) {
      const around = m.sentence.text.slice(Math.max(0, q.start - 40), q.end + 40);
      const headcount = { exact: q.exact, min: q.min, max: q.max, text: q.text };
      const revised = REVISED_AFTER.test(m.sentence.text.slice(q.end, q.end + 30));
      if (revised || !CUMULATIVE_CUES.test(around)) return { headcount, from: m.sentence };
      fallback ??= { headcount, from: m.sentence };
    }
  }
  return fallback;
}

function statusOf(
  mentions: readonly CutMention[],
  factsOf: (s: AnalysedSentence) => SentenceFacts,
): EventStatus {
  const lead = mentions[0];
  if (!lead) return 'announced';
  const confirmed = () =>
    mentions.some(
      (m) =>
        !m.denied &&
        !m.rumoured &&
        !REPORTED.test(m.sentence.text) &&
        !BACKGROUND_CUES.test(m.sentence.text) &&
        factsOf(m.sentence).quantities.some((q) => q.noun !== null || q.exact === null),
    );
  if ((lead.denied && !confirmed()) || mentions.every((m) => m.denied)) return 'denied';
  if (mentions.every((m) => m.rumoured || m.denied)) return 'rumoured';
  const text = lead.sentence.text;
  if (REPORTED.test(text)) return 'reported';
  if (FUTURE_CUT.test(text)) return 'planned';
  if (PAST_CUT.test(text)) return 'completed';
  return 'announced';
}

function kindOf(mentions: readonly CutMention[]): EventKind {
  const kinds = mentions.map((m) => m.trigger.kind);
  if (kinds.includes('furlough') && !kinds.includes('layoff')) return 'furlough';
  if (kinds.includes('buyout') && !kinds.includes('layoff')) return 'buyout';
  if (kinds.includes('closure') && !kinds.includes('layoff') && !kinds.includes('cut')) return 'closure';
  return 'layoff';
}

function mentionsCompany(s: AnalysedSentence, company: Company): boolean {
  return s.names.some((n) => company.forms.has(n.name));
}

/** An event reads at most this many of its mentions and of the sentences about its company. */
/** Sources and teams are looked for in the cut sentences and this many more about the company. */
export const MAX_SOURCE_SENTENCES = 20;
export const MAX_EVENT_MENTIONS = { main: 40, other: 10 } as const;
export const MAX_EVENT_SENTENCES = { main: 60, other: 10 } as const;

/** The first thing `find` finds, in sentence order, with its sentence. */
function firstHit<T>(
  sentences: readonly AnalysedSentence[],
  find: (s: AnalysedSentence) => readonly T[],
): { value: T; sentence: AnalysedSentence } | undefined {
  for (const sentence of sentences) {
    const [value] = find(sentence);
    if (value !== undefined) return { value, sentence };
  }
  return undefined;
}

export function buildEvent(
  company: Company,
  allMentions: readonly CutMention[],
  ctx: EventContext,
): LayoffEvent | null {
  const role = ctx.isMain ? 'main' : 'other';
  const mentions = allMentions.slice(0, MAX_EVENT_MENTIONS[role]);
  const cutSentences = mentions.map((m) => m.sentence);
  // A minor event of a round-up is read from its own cut sentences; the main one from all about it.
  const about = ctx.isMain
    ? ctx.sentences
        .filter(
          (s) =>
            mentionsCompany(s, company) ||
            (s.names.every((n) => n.kind !== 'org' || company.forms.has(n.name)) && refersBack(s)),
        )
        .slice(0, MAX_EVENT_SENTENCES.main)
    : cutSentences.slice(0, MAX_EVENT_SENTENCES.other);
  const facts = ctx.factsOf;
  const picked = pickHeadcount(mentions, facts);
  const percentFound = firstHit(cutSentences.concat(about), (s) => facts(s).percents);
  const percentHit = percentFound && { p: percentFound.value, s: percentFound.sentence };
  const workforce = firstHit(about, (s) => facts(s).workforce)?.value.value ?? null;
  const firstDate = (
    sentences: readonly AnalysedSentence[],
    future: boolean,
    accept: (d: DateMention, s: AnalysedSentence) => boolean = () => true,
  ) => {
    for (const s of sentences) {
      const d = facts(s).dates.find((date) => date.future === future && accept(date, s));
      if (d) return { d, s };
    }
    return undefined;
  };
  // The day a cut was said or filed ("the company said on Tuesday") dates it best; a dateline dates the page.
  const announcedHit =
    firstDate(cutSentences, false, (d, s) => isAnnouncementDay(d, s.text)) ??
    firstDate(cutSentences, false, (d, s) => !isDateline(d, s.text)) ??
    firstDate(cutSentences, false) ??
    firstDate(ctx.newsSentences, false);
  const effectiveHit = firstDate(cutSentences, true);
  const headcount = picked?.headcount ?? null;
  // Another company's cut is an event when its size or its date is given (corpus/LABELS.md).
  const givesDate = () => cutSentences.some((s) => DATE_WORDS.test(s.text));
  if (!ctx.isMain && !headcount && !percentHit && !announcedHit && !givesDate()) return null;

  let percentDetail: Percent | null = null;
  if (percentHit)
    percentDetail = {
      value: percentHit.p.value,
      min: percentHit.p.value,
      max: percentHit.p.value,
      derived: false,
    };
  else if (headcount && workforce && workforce > headcount.max) {
    const min = (headcount.min / workforce) * 100;
    const max = (headcount.max / workforce) * 100;
    percentDetail = { value: Math.round(((min + max) / 2) * 10) / 10, min, max, derived: true };
  }
  const creditSentences = cutSentences.concat(about.slice(0, MAX_SOURCE_SENTENCES));
  const sources = withoutCompany(
    [...new Set(creditSentences.flatMap((s) => facts(s).sources))],
    company.name,
  );
  const functions = [...new Set(creditSentences.flatMap((s) => facts(s).functions))];
  const locations = [...new Set(cutSentences.flatMap((s) => facts(s).locations))];
  const reasonFound = firstHit(cutSentences.concat(about), (s) => {
    const reason = facts(s).reason;
    return reason ? [reason] : [];
  });
  const reasonHit = reasonFound && { r: reasonFound.value, s: reasonFound.sentence };
  const lead = mentions[0]!;
  const ev: LayoffEvent['evidence'] = { company: evidence(lead.sentence) };
  if (picked) ev.headcount = evidence(picked.from);
  if (percentHit) ev.percent = evidence(percentHit.s);
  if (announcedHit) ev.announced = evidence(announcedHit.s);
  if (effectiveHit) ev.effective = evidence(effectiveHit.s);
  if (reasonHit) ev.reason = evidence(reasonHit.s);
  return {
    company: company.name,
    aliases: company.aliases,
    parent: company.parent,
    headcount,
    percent: percentDetail && !percentDetail.derived ? percentDetail.value : null,
    percentDetail,
    workforce,
    functions,
    locations,
    announced: announcedHit?.d.date ?? null,
    effective: effectiveHit?.d.date ?? null,
    status: statusOf(mentions, facts),
    kind: kindOf(mentions),
    reason: reasonHit?.r ?? null,
    sources,
    confidence: lead.subject
      ? CONFIDENCE.subject
      : lead.sentence.isHeadline
        ? CONFIDENCE.headlineOnly
        : CONFIDENCE.anaphor,
    evidence: ev,
  };
}
