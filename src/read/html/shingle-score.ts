// The article-extraction benchmark's metric: 4-gram shingles over \w+ tokens, multiset overlap, means of P and R.

/** Python's `\w+` in Unicode mode: letters, numbers and the underscore (combining marks are not word characters). */
const TOKEN_PATTERN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export interface ShingleCounts {
  /** Normalised by tp + fp + fn so that every page weighs the same. */
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

/** Multiset of n-gram shingles; a text with fewer than n tokens gives one shorter shingle, none when empty. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(truth: string, predicted: string, size = SHINGLE_SIZE): ShingleCounts {
  const expected = shingles(truth, size);
  const got = shingles(predicted, size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, want] of expected) {
    const have = got.get(key) ?? 0;
    tp += Math.min(want, have);
    fn += Math.max(0, want - have);
  }
  for (const [key, have] of got) fp += Math.max(0, have - (expected.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Precision over pages that predicted something, recall over pages that expected something; F1 of the means. */
export function scorePages(pages: readonly ShingleCounts[]): ShingleScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
