// Table-driven cases for matchEvent and companyKey.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companyKey, matchEvent } from './index.js';
import type { EventCandidate, EventKey } from './index.js';

const stored: EventCandidate = {
  id: 7,
  company: 'Northwind Robotics Inc.',
  announced: '2025-03-04',
  headcount: { min: 340, max: 340 },
};

const cases: { name: string; mention: EventKey; expected: number | null }[] = [
  {
    name: 'same company and day',
    mention: { company: 'Northwind Robotics', announced: '2025-03-04', headcount: null },
    expected: 7,
  },
  {
    name: 'same company, overlapping headcount',
    mention: { company: 'northwind robotics', announced: null, headcount: { min: 300, max: 399 } },
    expected: 7,
  },
  {
    name: 'same company, another round',
    mention: { company: 'Northwind Robotics', announced: '2025-09-01', headcount: { min: 50, max: 50 } },
    expected: null,
  },
  {
    name: 'same company, nothing to compare',
    mention: { company: 'Northwind Robotics', announced: null, headcount: null },
    expected: null,
  },
  {
    name: 'another company, same day',
    mention: { company: 'Contoso', announced: '2025-03-04', headcount: null },
    expected: null,
  },
];

for (const { name, mention, expected } of cases) {
  test(`matchEvent: ${name}`, () => {
    assert.equal(matchEvent(mention, [stored])?.id ?? null, expected);
  });
}

const keys: [string, string][] = [
  ['Amazon.com, Inc.', 'amazoncom'],
  ['The Walt Disney Co.', 'waltdisney'],
  ['Procter & Gamble', 'procterandgamble'],
  ['Nestlé Holdings PLC', 'nestle'],
];

for (const [name, key] of keys) {
  test(`companyKey: ${name}`, () => assert.equal(companyKey(name), key));
}
