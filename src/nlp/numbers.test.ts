import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigits, parseNumberWords, roundingStep } from './numbers.js';

const digitCases: [string, number | null][] = [
  ['1,200', 1200],
  ['9.000', 9000], // European thousands separator (German, Italian, Spanish news)
  ['1.100', 1100],
  ['12 000', 12000],
  ['1.5', 1.5],
  ['3,5', 3.5], // decimal comma
  ['115', 115],
];
for (const [raw, expected] of digitCases) {
  test(`parseDigits: ${raw}`, () => assert.equal(parseDigits(raw), expected));
}

const wordCases: [string, number | null][] = [
  ['two hundred', 200],
  ['forty-five', 45],
  ['a dozen', 12],
  ['three thousand', 3000],
  ['sixty five thousand two hundred', 65200],
  ['several', null],
];
for (const [raw, expected] of wordCases) {
  test(`parseNumberWords: ${raw}`, () => assert.equal(parseNumberWords(raw), expected));
}

const stepCases: [number, number][] = [
  [4600, 100], // "more than 4,600" → 4601–4699
  [800, 100],
  [10000, 10000],
  [115, 10], // "at least 115" → 115–119
];
for (const [value, expected] of stepCases) {
  test(`roundingStep: ${value}`, () => assert.equal(roundingStep(value), expected));
}
