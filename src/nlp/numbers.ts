// Reads numbers written as digits ("1,200", European "9.000", "1.5 million") or words ("two hundred").

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
};

const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  mn: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
};

/** Number words for the finder's pattern (longest first so "seventeen" wins over "seven"). */
export const NUMBER_WORD_PATTERN = Object.keys(UNITS)
  .filter((w) => w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Digits with optional thousands separators (comma, European dot, thin space) and decimals. */
export const DIGITS_PATTERN = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?`;

/** Parses "1,200", "9.000" (European thousands), "12 000", "1.5", "3,5" (decimal comma). */
export function parseDigits(raw: string): number | null {
  const s = raw.replace(/[\u00a0\u202f ]/g, ',');
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(s)) return Number(s.replace(/[,.]/g, ''));
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/** Parses a number in words: "two hundred", "forty-five", "a dozen", "three thousand". */
export function parseNumberWords(raw: string): number | null {
  const words = raw
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const unit = UNITS[word];
    const scale = SCALES[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (scale !== undefined && seen) {
      if (scale < 1_000) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else return null;
  }
  return seen ? total + current : null;
}

/** Applies a scale word after a figure: ("1.5", "million") → 1500000. */
export function applyScale(value: number, scaleWord: string | undefined): number {
  if (!scaleWord) return value;
  const scale = SCALES[scaleWord.toLowerCase()];
  return scale ? Math.round(value * scale) : value;
}

/** The step of the next round figure at the precision a number is given: 4600 → 100, 115 → 10. */
export function roundingStep(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
  return Math.max(step, 10);
}
