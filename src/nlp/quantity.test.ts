import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './quantity.js';

const cases: { name: string; sentence: string; expected: [number | null, number, number, string | null] }[] =
  [
    { name: 'a stated number', sentence: 'It will cut 1,200 jobs.', expected: [1200, 1200, 1200, 'jobs'] },
    { name: 'about: ±10 %', sentence: 'about 1,500 jobs', expected: [null, 1350, 1650, 'jobs'] },
    {
      name: 'nearly: 90 % to X−1',
      sentence: 'almost 1,700 employees',
      expected: [null, 1530, 1699, 'employees'],
    },
    {
      name: 'more than: to the next round figure',
      sentence: 'more than 4,600 workers',
      expected: [null, 4601, 4699, 'workers'],
    },
    { name: 'over a hundreds figure', sentence: 'over 800 workers', expected: [null, 801, 899, 'workers'] },
    { name: 'at least', sentence: 'at least 115 people', expected: [null, 115, 119, 'people'] },
    {
      name: 'up to',
      sentence: 'up to 14,000 factory and white-collar workers',
      expected: [null, 1, 14000, 'workers'],
    },
    { name: 'less than', sentence: 'less than 500 employees', expected: [null, 1, 499, 'employees'] },
    {
      name: 'between X and Y',
      sentence: 'between 40,000 and 55,000 jobs',
      expected: [null, 40000, 55000, 'jobs'],
    },
    {
      name: 'X to Y',
      sentence: 'an estimated 100 to 500 employees',
      expected: [null, 100, 500, 'employees'],
    },
    {
      name: 'from X to Y is a cut of the difference',
      sentence: 'staff from 150 to 50',
      expected: [100, 100, 100, null],
    },
    { name: 'hundreds', sentence: 'lay off hundreds of staff', expected: [null, 200, 999, 'staff'] },
    { name: 'several hundred', sentence: 'by several hundred', expected: [null, 300, 999, null] },
    {
      name: 'tens of thousands',
      sentence: 'tens of thousands of positions',
      expected: [null, 20000, 99999, 'positions'],
    },
    { name: 'number words', sentence: 'two hundred workers', expected: [200, 200, 200, 'workers'] },
    { name: 'European separator', sentence: 'rund 9.000 Stellen', expected: [null, 8100, 9900, 'Stellen'] },
    {
      name: 'modifiers between figure and noun',
      sentence: '3,500 shipyard employees',
      expected: [3500, 3500, 3500, 'employees'],
    },
  ];

for (const { name, sentence, expected } of cases) {
  test(`findQuantities: ${name}`, () => {
    const [q] = findQuantities(sentence);
    assert.ok(q, 'a quantity');
    assert.deepEqual([q.exact, q.min, q.max, q.noun], expected);
  });
}

test('findQuantities: a percentage is not a headcount', () => {
  assert.deepEqual(findQuantities('cut 10% of its workforce'), []);
});
