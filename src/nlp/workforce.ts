// Finds the size of a whole workforce ("had about 79,000 employees"), which is not a cut but gives a share.
import { matchesIn } from '../lib/regexp.js';
import { DIGITS_PATTERN } from './numbers.js';
import { parseDigits, applyScale } from './numbers.js';

export interface WorkforceMention {
  value: number;
  start: number;
  end: number;
}

const APPROX = String.raw`(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|over|just over|a total of)\s+)?`;
const FIG = String.raw`(${DIGITS_PATTERN})(?:\s?(million|thousand))?`;
const STAFF = String.raw`(?:[\w-]+\s+){0,2}?(?:employees|workers|staff(?:ers)?|people|personnel|jobs)`;

/** Patterns whose first group is the workforce figure. */
export const WORKFORCE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bemploy(?:s|ed|ing)?\s+${APPROX}${FIG}`, 'gi'),
  new RegExp(
    String.raw`\b(?:workforce|headcount|staff)\s+(?:was|is|of|stood at|totals?|totalled|numbers?)\s+${APPROX}${FIG}`,
    'gi',
  ),
  new RegExp(String.raw`\b(?:had|has|have)\s+${APPROX}${FIG}\s+${STAFF}`, 'gi'),
  new RegExp(
    String.raw`\b(?:of|among|from)\s+(?:its|the company['’]s|their|[A-Z][\w&.]*['’]s?)\s+${APPROX}${FIG}\s+${STAFF}`,
    'gi',
  ),
  new RegExp(String.raw`\b${FIG}[- ](?:strong|person|employee|member)\s+(?:workforce|company|staff)`, 'gi'),
];

/** Every workforce size stated in the sentence. */
export function findWorkforce(sentence: string): WorkforceMention[] {
  if (!/\d/.test(sentence)) return [];
  const out: WorkforceMention[] = [];
  for (const pattern of WORKFORCE_PATTERNS) {
    for (const m of matchesIn(pattern, sentence)) {
      const n = parseDigits(m[1] ?? '');
      if (n === null) continue;
      const figureAt = m.index + m[0].indexOf(m[1] ?? '');
      out.push({ value: applyScale(n, m[2]), start: figureAt, end: m.index + m[0].length });
    }
  }
  return out.filter((w) => w.value >= 10);
}
