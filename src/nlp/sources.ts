// Finds the outlets and documents an article credits for the news ("per GeekWire", "told Reuters").
import { DOCUMENT_SOURCES, OUTLETS, SOURCE_INTRODUCERS } from './lexicon.js';
import { escapeRegExp, matchesIn } from '../lib/regexp.js';

const NAME = String.raw`((?:The\s)?[A-Z][\w.&'’-]*(?:\s(?:of\s)?[A-Z][\w.&'’-]*){0,4})`;
/** Introducers at a sentence start are capitalised; the name after them must be (no 'i' flag on it). */
const anyCaseFirst = (phrase: string) =>
  `[${phrase[0]?.toUpperCase()}${phrase[0]}]${escapeRegExp(phrase.slice(1))}`;
const INTRODUCED = new RegExp(
  String.raw`\b(?:${SOURCE_INTRODUCERS.map(anyCaseFirst).join('|')})\s+${NAME}`,
  'g',
);
const REPORTED = new RegExp(
  String.raw`${NAME}\s+(?:reported|reports|first reported|was first to report)\b`,
  'g',
);
const DATELINE = /^\(([A-Z][A-Za-z .]{1,30})\)\s*[—–-]/;
const OUTLET_RE = new RegExp(`(?<![\\w])(${OUTLETS.map(escapeRegExp).join('|')})(?![\\w])`, 'g');
const OUTLET_KEYS = new Map(OUTLETS.map((o) => [o.toLowerCase(), o]));
const DOCUMENTS = DOCUMENT_SOURCES.map((d) => ({ re: new RegExp(`\\b${d.pattern}\\b`, 'i'), name: d.name }));
const NOT_SOURCES = /^(?:The Company|It|He|She|They|We|Employees|Staff|Workers|Data|Sources?|People)$/i;

function canonicalOutlet(name: string): string {
  const clean = name
    .replace(/['’]s$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  const known = OUTLET_KEYS.get(clean.toLowerCase());
  if (known) return known;
  if (/^[A-Z .]+$/.test(clean) && clean.length > 3)
    return clean.replace(/\b(\w)(\w*)/g, (_, a, b) => a + b.toLowerCase());
  return clean;
}

/** The first words of the introducers: a sentence with none of them credits nobody that way. */
const INTRODUCER_HINT = new RegExp(
  `\\b(?:${[...new Set(SOURCE_INTRODUCERS.map((p) => p.split(' ')[0]))].join('|')})\\b`,
  'i',
);

/** The credits other than the company itself ("according to Acme" credits no outlet). */
export function withoutCompany(sources: readonly string[], company: string | null): string[] {
  const own = company?.toLowerCase();
  return sources.filter((s) => s.toLowerCase() !== own);
}

/** Outlets and documents credited in one sentence, the company itself left out. */
export function findSources(sentence: string, company: string | null = null): string[] {
  const found: string[] = [];
  const add = (name: string) => {
    const clean = canonicalOutlet(name);
    if (!clean || NOT_SOURCES.test(clean)) return;
    if (!found.includes(clean)) found.push(clean);
  };
  const dateline = DATELINE.exec(sentence);
  if (dateline?.[1]) add(dateline[1]);
  for (const m of INTRODUCER_HINT.test(sentence) ? matchesIn(INTRODUCED, sentence) : []) {
    const name = m[1] ?? '';
    if (OUTLET_KEYS.has(name.replace(/['’]s$/, '').toLowerCase()) || /^[A-Z]/.test(name)) add(name);
  }
  for (const m of /\breport/.test(sentence) ? matchesIn(REPORTED, sentence) : []) {
    if (OUTLET_KEYS.has((m[1] ?? '').toLowerCase())) add(m[1] ?? '');
  }
  for (const m of matchesIn(OUTLET_RE, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:by|to|told|per|according to|from|in|with)\s+(?:the\s+)?$/i.test(before)) add(m[1] ?? '');
  }
  for (const d of DOCUMENTS) if (d.re.test(sentence)) add(d.name);
  return withoutCompany(found, company);
}
