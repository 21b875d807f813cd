// Finds the reason given for a cut ("to cut costs", "in an effort to streamline", "citing weak demand").

/** Phrases that introduce a reason; the reason is the words after them up to the end of the clause. */
export const REASON_INTRODUCERS: readonly string[] = [
  'in an effort to',
  'in a bid to',
  'as part of',
  'as it seeks to',
  'as it looks to',
  'as the company seeks to',
  'in order to',
  'due to',
  'because of',
  'citing',
  'cited',
  'amid',
  'blaming',
  'to cut costs',
  'to reduce costs',
];

const REASON_RE = new RegExp(String.raw`\b(${REASON_INTRODUCERS.join('|')})\s*["“]?([^,.;:"”]{0,80})`, 'i');
const MAX_REASON_WORDS = 10;

/** The stated reason in the sentence, or null. */
export function findReason(sentence: string): string | null {
  const m = REASON_RE.exec(sentence);
  if (!m) return null;
  const intro = (m[1] ?? '').toLowerCase();
  if (intro.startsWith('to ')) return intro;
  const words = (m[2] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_REASON_WORDS);
  return words.length ? words.join(' ') : null;
}
