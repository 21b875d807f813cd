import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchShingles, scorePages, shingles, tokenize } from './shingle-score.js';

test('tokens are runs of letters, digits and underscores in any script', () => {
  assert.deepEqual(tokenize('Hello, wörld! 42_x — 日本語 café'), [
    'Hello',
    'wörld',
    '42_x',
    '日本語',
    'café',
  ]);
});

test('a short text gives one shorter shingle, an empty text none', () => {
  assert.equal(shingles('one two').size, 1);
  assert.equal(shingles('').size, 0);
  assert.equal(shingles('a b c d e').size, 2);
});

test('shingles are a multiset', () => {
  assert.equal(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0001')), 2);
});

test('counts are normalised by their sum', () => {
  const counts = matchShingles('a b c d e f', 'a b c d e x');
  // truth: abcd bcde cdef; predicted: abcd bcde cdex → tp 2, fp 1, fn 1
  assert.deepEqual(counts, { tp: 0.5, fp: 0.25, fn: 0.25 });
});

test('precision and recall are averaged over pages, F1 is taken of the means', () => {
  const score = scorePages([
    { tp: 1, fp: 0, fn: 0 },
    { tp: 0.5, fp: 0.5, fn: 0 },
    { tp: 0, fp: 0, fn: 1 }, // predicted nothing: counts for recall only
  ]);
  assert.equal(score.precision, 0.75);
  assert.equal(score.recall, 2 / 3);
  assert.equal(score.f1, (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
});

test('an identical page scores 1 everywhere', () => {
  assert.deepEqual(scorePages([matchShingles('a b c d e', 'a b c d e')]), { precision: 1, recall: 1, f1: 1 });
});
