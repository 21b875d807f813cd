// Finds the places a cut is said to affect: "City, State" pairs and known states, countries and cities.
import { CITIES, COUNTRIES, US_STATES } from './places.js';
import { escapeRegExp, matchesIn } from '../lib/regexp.js';

const STATE_BY_ABBR = new Map(US_STATES.map(([name, abbr]) => [abbr, name]));
const STATE_WORDS = US_STATES.flatMap(([name, abbr]) => [name, abbr]);
const KNOWN = [...new Set([...CITIES, ...STATE_WORDS, ...COUNTRIES.filter((c) => c.length > 3)])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const STATE_ALT = STATE_WORDS.sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const CITY_STATE = new RegExp(
  String.raw`\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s(${STATE_ALT})(?![\w])`,
  'g',
);
const KNOWN_RE = new RegExp(String.raw`(?<![\w])(${KNOWN})(?![\w])`, 'g');

/** Places named in the sentence, "City, State" written out in full. */
export function findLocations(sentence: string): string[] {
  const found: string[] = [];
  const taken: [number, number][] = [];
  for (const m of matchesIn(CITY_STATE, sentence)) {
    const state = STATE_BY_ABBR.get(m[2] ?? '') ?? m[2];
    found.push(`${m[1]}, ${state}`);
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesIn(KNOWN_RE, sentence)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const place = STATE_BY_ABBR.get(m[1] ?? '') ?? m[1] ?? '';
    if (!found.includes(place)) found.push(place);
  }
  return found;
}
