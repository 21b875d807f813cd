// Finds the words in a sentence that report a job cut, and whether they are denied or only rumoured.
import {
  CLOSURE_TRIGGERS,
  PASSIVE_CLOSURE_TRIGGERS,
  CUT_VERBS,
  DENIAL_CUES,
  JOB_NOUNS,
  RUMOUR_CUES,
  STRONG_TRIGGERS,
} from './lexicon.js';
import { matchesIn, wordsPattern } from '../lib/regexp.js';

export type TriggerKind = 'layoff' | 'cut' | 'closure' | 'furlough' | 'buyout';

export interface Trigger {
  start: number;
  end: number;
  text: string;
  kind: TriggerKind;
  /** "10,000 at Verizon": the company doing the cut is named after the trigger, not before. */
  objectFirst?: boolean;
}

/**
 * A sentence reports a handful of cuts at most; junk (one endless "sentence" of cut words) must not make
 * the work per sentence grow with the square of its length.
 */
export const MAX_TRIGGERS_PER_SENTENCE = 20;

/** How many words may stand between a cut verb and its job noun ("cut about 3.5% of its workforce"). */
export const MAX_WORDS_VERB_TO_NOUN = 7;

const STRONG_RE = new RegExp(wordsPattern(STRONG_TRIGGERS).source, 'gi');
const CUT_RE = new RegExp(
  String.raw`\b(?:${CUT_VERBS.join('|')})\s+(?:(?!(?:no|not|says|said|plans?)\s)[^\s;]+\s+){0,${MAX_WORDS_VERB_TO_NOUN}}?(?:${JOB_NOUNS.join('|')})\b`,
  'gi',
);
const CLOSURE_RE = new RegExp(wordsPattern(CLOSURE_TRIGGERS).source, 'gi');
const PASSIVE_CLOSURE_RE = new RegExp(wordsPattern(PASSIVE_CLOSURE_TRIGGERS).source, 'gi');
const DENIAL_RE = wordsPattern(DENIAL_CUES);
const RUMOUR_RE = wordsPattern(RUMOUR_CUES);
const DENIAL_ALL = wordsPattern(DENIAL_CUES, 'gi');
const RUMOUR_ALL = wordsPattern(RUMOUR_CUES, 'gi');

function kindOf(text: string): TriggerKind {
  const t = text.toLowerCase();
  if (t.startsWith('furlough')) return 'furlough';
  if (t.startsWith('buyout') || t.startsWith('voluntary')) return 'buyout';
  return 'layoff';
}

/** Word stems every trigger contains: a sentence without one skips the trigger patterns (most sentences). */
export const TRIGGER_STEMS =
  /\b(?:lay|laid|job|cut|slash|elimin|shed|axe?[ds]?\b|axing|trim|reduc|redundan|furlough|let go|los[et]|warn|pink slip|buyout|voluntar|downsiz|stellen|entlass|licenzi|esuber|tagli|despid|recort|suppr|licenci|clos|shut|sack|scrap|drop|rid of|affect|impact|perdit|abbau|streich|goodbye|ways with)/i;

const FIGURE_AT_NAME =
  /\b\d[\d,.]*\s+(?:(?:jobs|cuts|layoffs|positions|workers|employees)\s+)?at\s+(?=[A-Z])/g;
/** A line of a list of cuts: "Home Depot - 7,000", "Pfizer/Wyeth - 20,000". */
const LIST_LINE =
  /^(?:[-•*]\s+)?[A-Z][A-Za-z&.'’/ -]{1,60}?(?:\s[-–—:]|:)\s(?:about\s|around\s|roughly\s|nearly\s|more than\s|over\s|at least\s|up to\s)?\d[\d,.]*(?:\s(?:jobs|staff|workers|employees|positions|roles))?\.?$/;
/** Where a list line's figure starts: after its dash or colon. */
const LIST_SEPARATOR = /\s[-–—:]\s|:\s/;

/** Every trigger in the sentence, in order. */
export function findTriggers(sentence: string): Trigger[] {
  if (LIST_LINE.test(sentence)) {
    const dash = LIST_SEPARATOR.exec(sentence);
    return dash
      ? [{ start: dash.index, end: sentence.length, text: sentence.slice(dash.index), kind: 'layoff' }]
      : [];
  }
  if (!TRIGGER_STEMS.test(sentence)) return [];
  const out: Trigger[] = [];
  for (const m of matchesIn(STRONG_RE, sentence)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: kindOf(m[0]) });
  }
  for (const m of matchesIn(CUT_RE, sentence)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'cut' });
  }
  for (const m of [...matchesIn(CLOSURE_RE, sentence), ...matchesIn(PASSIVE_CLOSURE_RE, sentence)]) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'closure' });
  }
  if (out.length) {
    // "16,000 cuts at Lucent Technologies; 10,000 at Verizon": each "N at Name" after a cut is one more.
    for (const m of matchesIn(FIGURE_AT_NAME, sentence)) {
      if (!out.some((t) => m.index < t.end && t.start < m.index + m[0].length)) {
        const text = m[0].replace(/\s*at\s+$/, '');
        out.push({ start: m.index, end: m.index + text.length, text, kind: 'layoff', objectFirst: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start).slice(0, MAX_TRIGGERS_PER_SENTENCE);
}

/** How far before a trigger a denial or rumour cue reaches, in characters. */
export const CUE_WINDOW = 110;
/** Words after which a denial no longer holds ("denies 100,000 but admits it will lay off thousands"). */
const CONTRAST = /\b(?:but|however|yet|admits?|admitted|acknowledg\w+|confirm\w*)\b/gi;

/** Where the last match of a global pattern starts in the text, or -1. */
function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of matchesIn(re, text)) last = m.index;
  return last;
}

function cueHolds(cue: RegExp, cueAll: RegExp, sentence: string, trigger: Trigger): boolean {
  const window = sentence.slice(Math.max(0, trigger.start - CUE_WINDOW), trigger.start);
  const at = lastIndex(cueAll, window);
  if (at < 0) return cue.test(sentence.slice(trigger.end, trigger.end + 40));
  return at > lastIndex(CONTRAST, window);
}

/** A negation right before the cut words: "it is not eliminating any jobs", "says no layoffs". */
const NEGATED_BEFORE = /\b(?:not|no|never|n['’]t)\s+(?:\w+\s+)?$/i;
const HEDGED = /\b(?:could|may|might)\b/i;
/** A yes-no question about a cut is speculation: "Will the merger mean job cuts?" */
const SPECULATIVE_QUESTION = /^\W*(?:will|would|could|can|is|are|does|do|should|might|may)\b[^.!?]*\?/i;

/** Does a "but", "however" or "admits" stand between two places of the sentence? */
export function contrastBetween(sentence: string, from: number, to: number): boolean {
  return lastIndex(CONTRAST, sentence.slice(from, to)) >= 0;
}

/** Is this trigger denied ("Apple denied reports of layoffs")? */
export function isDeniedAt(sentence: string, trigger: Trigger): boolean {
  const before = sentence.slice(Math.max(0, trigger.start - 20), trigger.start);
  return NEGATED_BEFORE.test(before) || cueHolds(DENIAL_RE, DENIAL_ALL, sentence, trigger);
}

/** Is this trigger only a rumour ("reports surfaced claiming that Apple was laying off")? */
export function isRumourAt(sentence: string, trigger: Trigger): boolean {
  // "900 jobs could be at risk": the cut words themselves hedge.
  if (HEDGED.test(trigger.text)) return true;
  const question = SPECULATIVE_QUESTION.exec(sentence);
  if (question && trigger.end <= question[0].length) return true;
  return cueHolds(RUMOUR_RE, RUMOUR_ALL, sentence, trigger);
}
