// Finds the cut mentions of an article: each sentence that reports a cut, with the company it is about.
import { matchesIn } from '../lib/regexp.js';
import { findNames } from './names.js';
import type { IsKnownCompany, NameMention } from './names.js';
import { contrastBetween, findTriggers, isDeniedAt, isRumourAt } from './triggers.js';
import type { Trigger } from './triggers.js';
import type { Sentence } from './segment.js';

export interface AnalysedSentence extends Sentence {
  names: NameMention[];
  triggers: Trigger[];
  isHeadline: boolean;
}

/** "rival Business Insider": a company named as another's competitor is not the one the article is about. */
const RIVAL_BEFORE = /\b(?:rival|rivals|competitor|competitors|peer|peers)\s+$/i;

/** Is this name introduced as a rival of the company the article is about? */
function isRival(s: Sentence, name: NameMention): boolean {
  return RIVAL_BEFORE.test(s.text.slice(Math.max(0, name.start - 20), name.start));
}

/** Says "it", "the company" or "the cuts": may be about the article's main company without naming it. */
export function refersBack(s: AnalysedSentence): boolean {
  return ANAPHORA.test(s.text) || CUT_ANAPHORA.test(s.text);
}

export interface CutMention {
  sentence: AnalysedSentence;
  trigger: Trigger;
  /** The surface form of the company named as doing the cutting. */
  subject: string | null;
  /** For "it", "the company", "we": the organisation named just before, which they most likely mean. */
  antecedent: string | null;
  denied: boolean;
  rumoured: boolean;
}

export const DESCRIPTORS =
  'giant|maker|retailer|chain|bank|carrier|airline|automaker|carmaker|startup|start-up|publisher|network|manufacturer|provider|platform|developer|studio|operator|lender|insurer|conglomerate|brand|outlet|newspaper|paper|company|firm|group|system|producer|processor|contractor|supplier|employer|business|organi[sz]ation|corporation|unit|division|subsidiary|arm';

/** Words that stand for a company named elsewhere: pronouns, "the company", "Australia's largest airline". */
export const ANAPHORA = new RegExp(
  String.raw`\b(?:it|its|we|our|the (?:[\w'’-]+ ){0,2}(?:${DESCRIPTORS})|[A-Z][\w]*['’]s (?:[\w-]+ ){0,2}(?:${DESCRIPTORS}))\b`,
  'i',
);
/** Words that refer back to the article's cut itself ("The cuts represent around 15% of ..."). */
export const CUT_ANAPHORA =
  /\b(?:the|these|those|its) (?:[\w-]+ )?(?:cuts|layoffs|lay-offs|job cuts|reductions?|job losses|redundancies|furloughs|buyouts|closures?|move|downsizing|restructuring)\b/i;
const AFTER_TRIGGER = /^\s*(?:\S+\s+){0,3}?(?:at|by|from|of|in)\s+$/i;
/** A name after these words is an object or a modifier, not the subject that "it" points back to. */
const MODIFIER_BEFORE =
  /\b(?:its|their|his|her|of|with|from|to|for|against|than)\s+(?:(?!(?:but|and|or|while|as|after|when)\s)[^\s,;.]+\s+){0,3}$/i;
/** Between a name and a cut, these words make the name a researcher or a reporter, not the employer. */
const REPORTER_BETWEEN =
  /\b(?:found|finds|find|study|survey|analysis|reported that|reports that|data shows?|projected|projects|predicted|predicts|forecast|forecasts|estimated that|estimates that)\b/i;
/** "Acme estimated that it would cut": the name is still the employer when a pronoun follows. */
const OWN_PRONOUN = /\b(?:it|its|the company)\b/i;
/** "Fast Company says the company admits it will lay off": the speaker is not the one cutting. */
const SPEAKER_BEFORE_PRONOUN = /^\s*(?:says|said|reports|reported|told)\b.*\b(?:the company|the firm)\b/i;
/** How many sentences back an antecedent for "it" or "the company" is looked for. */
export const ANTECEDENT_SENTENCES = 2;

/** Cuts a name where a trigger starts inside it ("Meta Lays Off More Than" → "Meta"). */
function trimAtTriggers(names: NameMention[], triggers: readonly Trigger[]): NameMention[] {
  if (triggers.length === 0) return names;
  // "Ascension is closing Ascension St. Vincent Dunn": the site a closure names is not a company form.
  const closures = triggers.filter((t) => t.kind === 'closure');
  const out: NameMention[] = [];
  for (const n of names) {
    if (closures.some((t) => n.start > t.start && n.end <= t.end)) continue;
    const inside = triggers.find((t) => t.start > n.start && t.start < n.end);
    if (!inside) {
      out.push(n);
      continue;
    }
    const name = n.name.slice(0, inside.start - n.start).trim();
    if (name) out.push({ ...n, name, end: n.start + name.length });
  }
  return out;
}

export function analyseSentence(
  sentence: Sentence,
  isHeadline: boolean,
  isKnown?: IsKnownCompany,
): AnalysedSentence {
  const triggers = findTriggers(sentence.text);
  return {
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    paragraph: sentence.paragraph,
    names: trimAtTriggers(findNames(sentence.text, isKnown), triggers),
    triggers,
    isHeadline,
  };
}

/** A cut verb, after its auxiliaries, right after a name ("Salesforce plans to cut", "Acme is cutting"). */
const CUT_VERB_AFTER =
  /^\s+(?:(?:is|was|has|had|will|would|plans to|planned to|is planning to|intends to|expects to|wants to|aims to)\s+)*(?:cut|cuts|cutting|lay off|lays off|laying off|laid off|eliminat(?:e|es|ed|ing)|shed|sheds|shedding|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing))\b/i;

/** Words before a name that make it the object of a verb or a preposition, not a subject. */
const OBJECT_BEFORE =
  /\b(?:in|at|on|near|off|from|of|with|into|across|outside|to|close|closes|closing|shut|shuts|shutting|shutter|acquire|acquired|acquiring|buy|bought|joined|left|told|informed|notified)\s+(?:(?:the|its|their|a)\s+)?$/i;

/** "jobs at risk at Preston aerospace plant": a name before a kind of site names the place. */
const FACILITY_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}(?:plant|factory|site|facility|mill|warehouse|depot|centre|center|store|office|hospital|mine|works|yard|campus)\b/;

/** Cut words that say what a move does rather than who makes it. */
const INDIRECT_TRIGGER = /^(?:affect|affects|affecting|impact|impacting)\b/i;
/** Returned when a researcher or outlet, not an employer, stands before the cut ("Pew found that ..."). */
const REPORTED_BY_OTHERS = Symbol('reported by others');

/** A relative clause or an apposition between commas (", which purchased the Daily News in September,"). */
const ASIDE =
  /,\s(?:which|who|whose|a|an|the|best known|known|once|formerly|founded|owned|acquired|based|[A-Z][\w&-]*['’]s)\b[^,]*,/g;

/** Spans of relative clauses and appositions. */
function asideSpans(text: string): [number, number][] {
  return matchesIn(ASIDE, text).map((m) => [m.index, m.index + m[0].length]);
}

function subjectOf(
  s: AnalysedSentence,
  trigger: Trigger,
  isOrg: (form: string) => boolean,
): string | null | typeof REPORTED_BY_OTHERS {
  if (trigger.objectFirst) {
    const named = s.names.find((n) => n.start >= trigger.end && n.kind === 'org' && isOrg(n.name));
    if (named && AFTER_TRIGGER.test(s.text.slice(trigger.end, named.start))) return named.name;
  }
  const asides = asideSpans(s.text.slice(0, trigger.start));
  const before = s.names.filter(
    (n) =>
      n.end <= trigger.start &&
      n.kind === 'org' &&
      isOrg(n.name) &&
      !asides.some(([a, b]) => n.start > a && n.end < b),
  );
  // "X is closing Y and Z, a move that will affect 133 employees": an indirect verb points at the sentence's subject.
  // Otherwise the nearest name in a subject's place ("Acme to close Erie plant, lay off 212": not Erie).
  const subjects = before.filter(
    (n) => !OBJECT_BEFORE.test(s.text.slice(Math.max(0, n.start - 25), n.start)),
  );
  // With only objects before the cut, a pronoun or "the company" opening the sentence is its subject.
  const pronounFirst = before[0] !== undefined && ANAPHORA.test(s.text.slice(0, before[0].start));
  const last = INDIRECT_TRIGGER.test(trigger.text)
    ? before[0]
    : (subjects.at(-1) ?? (pronounFirst ? undefined : before.at(-1)));
  if (last) {
    const between = s.text.slice(last.end, trigger.start);
    // The nearest organisation before the verb wins, unless a later clause has its own pronoun subject.
    const ownClause = /\b(?:that|which|who|as|after|while)\b[^,]*\b(?:it|the company)\b/i.test(between);
    if (REPORTER_BETWEEN.test(between) && !OWN_PRONOUN.test(between)) return REPORTED_BY_OTHERS;
    if (SPEAKER_BEFORE_PRONOUN.test(between)) return null;
    if (!ownClause || between.length < 40) return last.name;
  }
  const after = s.names.find(
    (n) =>
      n.start >= trigger.end &&
      n.kind === 'org' &&
      isOrg(n.name) &&
      AFTER_TRIGGER.test(s.text.slice(trigger.end, n.start)) &&
      !FACILITY_AFTER.test(s.text.slice(n.end, n.end + 40)),
  );
  if (after) return after.name;
  // "the 8,000 employees Salesforce plans to cut": a name right before a cut verb is its subject.
  const verbSubject = s.names.find(
    (n) =>
      n.kind === 'org' &&
      isOrg(n.name) &&
      CUT_VERB_AFTER.test(s.text.slice(n.end + (n.possessive ? 2 : 0), n.end + 60)),
  );
  return verbSubject?.name ?? null;
}

function antecedentOf(
  sentences: readonly AnalysedSentence[],
  index: number,
  trigger: Trigger,
  isOrg: (form: string) => boolean,
): string | null {
  // Only a name before the pronoun can be what it stands for ("The Perth-based company told the ASX").
  const text = sentences[index]!.text;
  const pronounAt = ANAPHORA.exec(text.slice(0, trigger.start))?.index ?? trigger.start;
  const here = sentences[index]!.names.filter((n) => n.end <= pronounAt && n.kind === 'org' && isOrg(n.name));
  if (here.length) return here[0]!.name;
  for (let i = index - 1; i >= Math.max(0, index - ANTECEDENT_SENTENCES); i--) {
    const s = sentences[i]!;
    if (s.isHeadline) break;
    const orgs = s.names.filter(
      (n) =>
        n.kind === 'org' &&
        isOrg(n.name) &&
        !MODIFIER_BEFORE.test(s.text.slice(Math.max(0, n.start - 30), n.start)) &&
        !isRival(s, n),
    );
    if (orgs.length) return orgs[0]!.name;
  }
  // A lead may name the company only after describing it: "Australia's largest airline plans ... Qantas has";
  // the lead is where no organisation has been named yet (a headline and a byline may stand before it).
  const isOrgName = (n: NameMention) => n.kind === 'org' && isOrg(n.name);
  const named = sentences.slice(0, index).some((s) => !s.isHeadline && s.names.some(isOrgName));
  if (named || sentences[index]!.isHeadline) return null;
  const next = sentences[index + 1];
  return next?.names.find((n) => n.kind === 'org' && isOrg(n.name))?.name ?? null;
}

function mentionAt(
  sentences: readonly AnalysedSentence[],
  index: number,
  trigger: Trigger,
  subject: string | null,
  isOrg: (form: string) => boolean,
): CutMention {
  const s = sentences[index]!;
  return {
    sentence: s,
    trigger,
    subject,
    antecedent: subject ? null : antecedentOf(sentences, index, trigger, isOrg),
    denied: isDeniedAt(s.text, trigger),
    rumoured: isRumourAt(s.text, trigger),
  };
}

/**
 * The cut mentions of the sentences: per sentence, one for each company and denial status its triggers
 * have ("denies 100,000 ... admits it will lay off several thousand" gives a denied and a confirmed one).
 */
export function findCutMentions(
  sentences: readonly AnalysedSentence[],
  isOrg: (form: string) => boolean,
): CutMention[] {
  const out: CutMention[] = [];
  sentences.forEach((s, index) => {
    const here: CutMention[] = [];
    for (const trigger of s.triggers) {
      const found = subjectOf(s, trigger, isOrg);
      if (found === REPORTED_BY_OTHERS) continue;
      const subject = found;
      const anaphoric = ANAPHORA.test(s.text.slice(0, trigger.start)) || CUT_ANAPHORA.test(s.text);
      if (!subject && !anaphoric && !(s.isHeadline && here.length === 0)) continue;
      const mention = mentionAt(sentences, index, trigger, subject, isOrg);
      // A pronoun later in a sentence that already named who cuts points back to that company,
      // unless it turns a denial into an admission.
      const sameStance = (m: CutMention) => m.denied === mention.denied && m.rumoured === mention.rumoured;
      if (!subject && here.some((m) => m.subject && sameStance(m))) continue;
      // A sentence that tells a rumour or a denial about a company tells it of all its cuts of that company.
      const company = mention.subject ?? mention.antecedent;
      for (const m of here) {
        if ((m.subject ?? m.antecedent) !== company) continue;
        if (contrastBetween(s.text, m.trigger.end, trigger.start)) continue;
        mention.rumoured ||= m.rumoured;
        mention.denied ||= m.denied;
      }
      const key = (m: CutMention) => `${m.subject ?? m.antecedent}|${m.denied}|${m.rumoured}`;
      if (!here.some((m) => key(m) === key(mention))) here.push(mention);
    }
    out.push(...here);
  });
  return out;
}
