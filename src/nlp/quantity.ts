// Finds the sizes a sentence gives: figures with their modifier and noun, vague sizes, and ranges.
import {
  DIGITS_PATTERN,
  NUMBER_WORD_PATTERN,
  applyScale,
  parseDigits,
  parseNumberWords,
  roundingStep,
} from './numbers.js';
import { MODIFIERS, VAGUE_SIZES } from './quantity-words.js';
import type { RangeRule } from './quantity-words.js';
import { JOB_NOUNS } from './lexicon.js';
import { escapeRegExp, matchesIn } from '../lib/regexp.js';

export interface Quantity {
  exact: number | null;
  min: number;
  max: number;
  /** The words read, from modifier to noun. */
  text: string;
  start: number;
  end: number;
  /** The job noun that follows ("jobs", "employees"), if any. */
  noun: string | null;
}

const MODIFIER_RULES = new Map(MODIFIERS.map(([w, r]) => [w, r]));
const MODIFIER_PATTERN = MODIFIERS.map(([w]) => escapeRegExp(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
const SCALE = String.raw`(?:\s?(million|mn|m|k|thousand|hundred)\b)?`;
const WORDS = String.raw`(?:(?:${NUMBER_WORD_PATTERN})(?:[\s-]+(?:and\s+)?(?:${NUMBER_WORD_PATTERN}|hundred|thousand))*)`;
const FIGURE = String.raw`(?:(${DIGITS_PATTERN})${SCALE}|\b(${WORDS})\b)`;
const NOUN_TAIL = String.raw`(?:\s+(?:of\s+)?(?:(?:its|the|their|our|his|her|[A-Z][\w&.]*['’]s?)\s+)?(?:[\w-]+(?:,|\s+and|\s+or)?\s+){0,3}?(${JOB_NOUNS.join('|')})\b)?`;

/** A size starts at a word or at a digit: the look-ahead spares the long pattern every other position. */
const FIGURE_RE = new RegExp(
  String.raw`(?:\b|(?=\d))(?:\b(${MODIFIER_PATTERN})\s+)?(?:(?:between|from)\s+${FIGURE}\s+(?:and|to)\s+|${FIGURE}\s*(?:to|-|–|—)\s*(?=\d))?${FIGURE}(?![\d%])(?!\s*(?:%|percent|per cent|por ciento|per cento|prozent))${NOUN_TAIL}`,
  'gi',
);
const VAGUE_RE = new RegExp(
  String.raw`\b(${VAGUE_SIZES.map((v) => escapeRegExp(v.words)).join('|')})\b${NOUN_TAIL}`,
  'gi',
);
const VAGUE_RANGES = new Map(VAGUE_SIZES.map((v) => [v.words, v]));

function readFigure(digits: string | undefined, scale: string | undefined, words: string | undefined) {
  if (digits) {
    const n = parseDigits(digits);
    return n === null ? null : applyScale(n, scale);
  }
  return words ? parseNumberWords(words) : null;
}

/** The next round figure above x at the precision x is given in: 4600 → 4700, 115 → 120. */
function nextRoundFigure(x: number): number {
  const step = roundingStep(x);
  return Math.ceil((x + 1) / step) * step;
}

/** The range a modifier gives a figure (corpus/LABELS.md conventions). */
export function rangeFor(rule: RangeRule, x: number): { exact: number | null; min: number; max: number } {
  switch (rule) {
    case 'about':
      return { exact: null, min: Math.round(x * 0.9), max: Math.round(x * 1.1) };
    case 'nearly':
      return { exact: null, min: Math.round(x * 0.9), max: x - 1 };
    case 'more-than':
      return { exact: null, min: x + 1, max: nextRoundFigure(x) - 1 };
    case 'at-least':
      return { exact: null, min: x, max: nextRoundFigure(x) - 1 };
    case 'up-to':
      return { exact: null, min: 1, max: x };
    case 'less-than':
      return { exact: null, min: 1, max: x - 1 };
    case 'exact':
      return { exact: x, min: x, max: x };
  }
}

function figureQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesIn(FIGURE_RE, sentence)) {
    const [text, modifier, d1, s1, w1, d2, s2, w2, d3, s3, w3, noun] = m;
    const last = readFigure(d3, s3, w3);
    if (last === null || !Number.isInteger(last) || last <= 0) continue;
    const first = readFigure(d1 ?? d2, s1 ?? s2, w1 ?? w2);
    const isFromTo = /^(?:\w+\s+)?from\b/i.test(text);
    let range;
    if (first !== null && isFromTo && first > last)
      range = { exact: first - last, min: first - last, max: first - last };
    else if (first !== null && first < last) range = { exact: null, min: first, max: last };
    else range = rangeFor(MODIFIER_RULES.get(modifier?.toLowerCase() ?? '') ?? 'exact', last);
    out.push({
      exact: range.exact,
      min: range.min,
      max: range.max,
      text: text.trim(),
      start: m.index,
      end: m.index + text.length,
      noun: noun ?? null,
    });
  }
  return out;
}

function vagueQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesIn(VAGUE_RE, sentence)) {
    const size = VAGUE_RANGES.get((m[1] ?? '').toLowerCase());
    if (!size) continue;
    out.push({
      exact: null,
      min: size.min,
      max: size.max,
      text: m[0].trim(),
      start: m.index,
      end: m.index + m[0].length,
      noun: m[2] ?? null,
    });
  }
  return out;
}

/** A sentence without a digit or a number word holds no size. */
const SIZE_HINT = new RegExp(
  String.raw`\d|hundred|thousand|dozen|handful|migliaia|centinaia|miles|cientos|tausende|hunderte|\b(?:eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b`,
  'i',
);

/** Every size in the sentence, in reading order. */
export function findQuantities(sentence: string): Quantity[] {
  if (!SIZE_HINT.test(sentence)) return [];
  return [...figureQuantities(sentence), ...vagueQuantities(sentence)].sort((a, b) => a.start - b.start);
}
