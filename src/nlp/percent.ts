// Finds the share of a workforce a sentence says is cut: "10% of its workforce", "half its staff".
import { FRACTIONS, WORKFORCE_NOUNS } from './quantity-words.js';
import { escapeRegExp, matchesIn } from '../lib/regexp.js';
import { NUMBER_WORD_PATTERN, parseNumberWords } from './numbers.js';

export interface PercentMention {
  value: number;
  text: string;
  start: number;
  end: number;
}

const NOUNS = WORKFORCE_NOUNS.map(escapeRegExp).join('|');
const OWNER = String.raw`(?:(?:(?:its|the|their|our)(?:\s[\w-]+['’]s)?|[A-Z][\w&.]*(?:\s[A-Z][\w&.]*)*['’]s?)\s+)?`;
/** A few words between the owner and the noun: "the system's roughly 16,000 employees". */
const FILLER = String.raw`(?:(?:[\w-]+|\d[\d,.]*(?:-\w+)?)\s+){0,3}?`;
/** A share in digits or in words ("15%", "ten percent", "twenty-five per cent"). */
const PERCENT = String.raw`(\d+(?:[.,]\d+)?|\b(?:${NUMBER_WORD_PATTERN})(?:[\s-](?:${NUMBER_WORD_PATTERN}))?)\s*(?:%|percent|per cent|por ciento|per cento|prozent|pour cent)`;
const FRACTION = `(${FRACTIONS.map(([w]) => escapeRegExp(w)).join('|')})`;
const FRACTION_VALUES = new Map(FRACTIONS);

/** "10% of its workforce", "3% of staff", "13 percent of Tower Health's corporate management staff" */
const OF = String.raw`(?:of|della|dello|del|de la|de los|de|der|des|du)`;
/** "a quarter of the jobs in the entire county": a share of a place, not of the employer. */
const NOT_EMPLOYER = String.raw`(?!\s+in\s+(?:the\s+)?(?:entire\s+|whole\s+)?(?:county|city|state|region|area|country|industry|sector|town|nation))`;
const PERCENT_OF = new RegExp(
  String.raw`${PERCENT}\s+(?:${OF}\s+)?${OWNER}${FILLER}(?:${NOUNS})\b${NOT_EMPLOYER}`,
  'gi',
);
/** "will be cut by 15 percent" */
const CUT_BY_PERCENT = new RegExp(
  String.raw`\b(?:cut|reduced?|shrink|shrunk|trimmed|slashed)\s+(?:[\w-]+\s+){0,3}?by\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|some\s+|nearly\s+)?${PERCENT}`,
  'gi',
);
/** "reduce its workforce by 3.5%", "staff by about 10 percent" */
const BY_PERCENT = new RegExp(
  String.raw`\b(?:${NOUNS})\s+(?:by\s+)(?:about\s+|roughly\s+|approximately\s+|around\s+|some\s+|nearly\s+)?${PERCENT}`,
  'gi',
);
/** "half of its 7,500 staff", "a tenth of its staff", "half its editorial staff" */
const FRACTION_OF = new RegExp(
  String.raw`\b${FRACTION}\s+(?:of\s+)?${OWNER}(?:[\d,.]+\s+)?${FILLER}(?:${NOUNS})\b${NOT_EMPLOYER}`,
  'gi',
);

/** A sentence without one of these words states no share. */
const SHARE_HINT =
  /%|percent|per cent|por ciento|per cento|prozent|pour cent|half|third|quarter|fifth|tenth/i;

function toNumber(raw: string): number {
  return /\d/.test(raw) ? Number(raw.replace(',', '.')) : (parseNumberWords(raw) ?? 0);
}

/** "less than 5 percent of its workforce" bounds the share without stating it. */
const UPPER_BOUND = /\b(?:less than|fewer than|under|below)\s+\d[\d.,]*\s*(?:%|percent|per cent)/i;

function isUpperBound(sentence: string, p: PercentMention): boolean {
  return UPPER_BOUND.test(sentence.slice(Math.max(0, p.start - 16), p.end));
}

/** Every stated share of a workforce in the sentence. */
export function findPercents(sentence: string): PercentMention[] {
  if (!SHARE_HINT.test(sentence)) return [];
  const out: PercentMention[] = [];
  for (const m of matchesIn(PERCENT_OF, sentence)) {
    out.push({ value: toNumber(m[1] ?? ''), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of [...matchesIn(BY_PERCENT, sentence), ...matchesIn(CUT_BY_PERCENT, sentence)]) {
    out.push({ value: toNumber(m[1] ?? ''), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesIn(FRACTION_OF, sentence)) {
    const value = FRACTION_VALUES.get((m[1] ?? '').toLowerCase());
    if (value !== undefined) out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const sorted = out
    .filter((p) => p.value > 0 && p.value <= 100 && !isUpperBound(sentence, p))
    .sort((a, b) => a.start - b.start);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => q.start < p.end && p.start < q.end));
}
