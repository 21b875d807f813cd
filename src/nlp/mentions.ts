// Finds the cut mentions of an article: each sentence that reports a cut, with the company it is about.
import { findNames } from './names.js';
import type { IsKnownCompany, NameMention } from './names.js';
import { findTriggers, isDenial, isRumour } from './triggers.js';
import type { Trigger } from './triggers.js';
import type { Sentence } from './segment.js';

export interface AnalysedSentence extends Sentence {
  names: NameMention[];
  triggers: Trigger[];
  isHeadline: boolean;
}

export interface CutMention {
  sentence: AnalysedSentence;
  trigger: Trigger;
  /** The surface form of the company doing the cutting, or null when the sentence says "it", "the company". */
  subject: string | null;
  denied: boolean;
  rumoured: boolean;
}

/** Words that stand for the article's main company. */
export const ANAPHORA =
  /\b(?:it|its|the company|the firm|the group|the business|the organi[sz]ation|the employer|the (?:[\w-]+ ){0,2}(?:giant|maker|retailer|chain|bank|carrier|airline|automaker|startup|publisher|network|manufacturer|provider|platform|developer|studio|operator|lender|insurer|conglomerate|brand|outlet|newspaper|paper|company|firm|group|system))\b/i;
/** Words that refer back to the article's cut itself ("The cuts represent around 15% of ..."). */
export const CUT_ANAPHORA =
  /\b(?:the|these|those|its) (?:[\w-]+ )?(?:cuts|layoffs|lay-offs|job cuts|reductions?|job losses|redundancies|move|downsizing|restructuring)\b/i;
const AFTER_TRIGGER = /^\s*(?:\S+\s+){0,3}?(?:at|by|from|of|in)\s+$/i;

export function analyseSentence(
  sentence: Sentence,
  isHeadline: boolean,
  isKnown?: IsKnownCompany,
): AnalysedSentence {
  return {
    ...sentence,
    names: findNames(sentence.text, isKnown),
    triggers: findTriggers(sentence.text),
    isHeadline,
  };
}

function subjectOf(s: AnalysedSentence, trigger: Trigger, isOrg: (form: string) => boolean): string | null {
  const before = s.names.filter((n) => n.end <= trigger.start && n.kind === 'org' && isOrg(n.name));
  const last = before.at(-1);
  if (last) {
    const between = s.text.slice(last.end, trigger.start);
    // "X said Y would cut" / "X, which bought Y, cut": the nearest organisation before the verb wins,
    // unless a pronoun for the main company stands between them in a later clause.
    if (
      !/\b(?:that|which|who|as|after|while)\b[^,]*\b(?:it|the company)\b/i.test(between) ||
      between.length < 40
    ) {
      return last.name;
    }
  }
  const after = s.names.find(
    (n) =>
      n.start >= trigger.end &&
      n.kind === 'org' &&
      isOrg(n.name) &&
      AFTER_TRIGGER.test(s.text.slice(trigger.end, n.start)),
  );
  if (after) return after.name;
  return null;
}

/** The cut mentions of the sentences, one per sentence (its first trigger that has a subject). */
export function findCutMentions(
  sentences: readonly AnalysedSentence[],
  isOrg: (form: string) => boolean,
): CutMention[] {
  const out: CutMention[] = [];
  for (const s of sentences) {
    if (s.triggers.length === 0) continue;
    let chosen: CutMention | null = null;
    for (const trigger of s.triggers) {
      const subject = subjectOf(s, trigger, isOrg);
      const anaphoric = ANAPHORA.test(s.text.slice(0, trigger.start)) || CUT_ANAPHORA.test(s.text);
      if (subject || (!chosen && anaphoric)) {
        chosen = { sentence: s, trigger, subject, denied: isDenial(s.text), rumoured: isRumour(s.text) };
        if (subject) break;
      }
    }
    if (!chosen && s.isHeadline) {
      chosen = {
        sentence: s,
        trigger: s.triggers[0]!,
        subject: null,
        denied: isDenial(s.text),
        rumoured: isRumour(s.text),
      };
    }
    if (chosen) out.push(chosen);
  }
  return out;
}
