// Finds the teams and functions a cut affects ("sales, marketing and global services teams").
import { matchesIn } from '../lib/regexp.js';

/** Function words and the name they are reported under. */
export const FUNCTION_TERMS: readonly [string, string][] = [
  ['tech', 'technology'],
  ['technology', 'technology'],
  ['technical', 'technology'],
  ['engineering', 'engineering'],
  ['engineers', 'engineering'],
  ['sales', 'sales'],
  ['marketing', 'marketing'],
  ['quality assurance', 'quality assurance'],
  ['global services', 'global services'],
  ['training and certification', 'training and certification'],
  ['recruiting', 'recruiting'],
  ['recruitment', 'recruiting'],
  ['human resources', 'human resources'],
  ['hr', 'human resources'],
  ['customer service', 'customer service'],
  ['customer support', 'customer support'],
  ['support', 'support'],
  ['operations', 'operations'],
  ['manufacturing', 'manufacturing'],
  ['production', 'production'],
  ['factory', 'manufacturing'],
  ['editorial', 'editorial'],
  ['newsroom', 'newsroom'],
  ['finance', 'finance'],
  ['legal', 'legal'],
  ['product', 'product'],
  ['design', 'design'],
  ['research', 'research'],
  ['r&d', 'research and development'],
  ['retail', 'retail'],
  ['corporate', 'corporate'],
  ['management', 'management'],
  ['administrative', 'administrative'],
  ['white-collar', 'white-collar'],
  ['hourly', 'hourly'],
  ['salaried', 'salaried'],
  ['content moderation', 'content moderation'],
  ['trust and safety', 'trust and safety'],
  ['advertising', 'advertising'],
  ['hardware', 'hardware'],
  ['software', 'software'],
  ['cloud', 'cloud'],
  ['gaming', 'gaming'],
  ['stores', 'stores'],
  ['warehouse', 'warehouse'],
  ['logistics', 'logistics'],
  ['shipyard', 'shipyard'],
  ['clinical', 'clinical'],
  ['nonclinical', 'nonclinical'],
];

const TERM_MAP = new Map(FUNCTION_TERMS);
const TERMS = FUNCTION_TERMS.map(([t]) => t.replace('&', '\\&'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const LIST = String.raw`((?:(?:${TERMS})(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:${TERMS}))`;
/** A list of function words that qualifies a team noun or a job noun. */
const QUALIFIED = new RegExp(
  String.raw`\b${LIST}\s+(?:[\w-]+\s+)?(?:teams?|roles?|positions?|staff|employees|workers|jobs|departments?|divisions?|units?|functions?|organi[sz]ations?)\b`,
  'gi',
);
/** "roles involved with training and certification", "jobs in engineering" */
const INVOLVED = new RegExp(
  String.raw`\b(?:roles|jobs|positions|staff)\s+(?:involved\s+with|in|within)\s+${LIST}\b`,
  'gi',
);
/** A named team: "AWS' Physical Stores Technology team" */
const NAMED_TEAM = /\b((?:[A-Z][\w&-]*\s){1,4})(?:team|division|unit|group)\b/g;

/** Every pattern here ends in or names one of these nouns. */
const TEAM_HINT =
  /team|role|position|staff|employee|worker|job|department|division|unit|function|organi[sz]ation|group/i;

/** Function names mentioned as affected in the sentence. */
export function findFunctions(sentence: string): string[] {
  if (!TEAM_HINT.test(sentence)) return [];
  const found = new Set<string>();
  for (const re of [QUALIFIED, INVOLVED]) {
    for (const m of matchesIn(re, sentence)) {
      if (/[A-Z][\w&-]*\s$/.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
      for (const term of (m[1] ?? '')
        .toLowerCase()
        .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?!certification|safety)/)) {
        const name = TERM_MAP.get(term.trim());
        if (name) found.add(name);
      }
    }
  }
  for (const m of matchesIn(NAMED_TEAM, sentence)) {
    const team = (m[1] ?? '').trim();
    if (team.split(' ').length >= 2 && !/^(?:The|A|An|Our|Its)\b/.test(team)) found.add(team);
  }
  return [...found];
}
