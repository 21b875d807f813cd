// Splits article text into sentences with their character offsets.
import { matchesIn } from '../lib/regexp.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block between blank lines or line breaks) holding it. */
  paragraph: number;
}

/** Abbreviations whose period does not end a sentence (lower-cased, without the final period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'lt',
  'col',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
]);

const SENTENCE_END = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted abbreviations: "J.", "N.C.", "U.S."
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  let from = 0;
  for (const match of matchesIn(SENTENCE_END, text)) {
    const dot = match.index;
    if (match[0].startsWith('.') && endsWithAbbreviation(text, dot)) continue;
    const to = dot + match[0].length;
    pushTrimmed(text, from, to, offset, paragraph, out);
    from = to;
  }
  pushTrimmed(text, from, text.length, offset, paragraph, out);
}

function pushTrimmed(
  text: string,
  from: number,
  to: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
) {
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (to > from) out.push({ text: text.slice(from, to), start: offset + from, end: offset + to, paragraph });
}

/** Sentences of the text in order; every line break ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) splitParagraph(line, offset, paragraph++, out);
    offset += line.length + 1;
  }
  return out;
}
