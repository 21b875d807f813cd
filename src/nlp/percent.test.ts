import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPercents } from './percent.js';
import { findWorkforce } from './workforce.js';

const percentCases: [string, string, number[]][] = [
  ['percent of its workforce', 'it is slashing 10% of its workforce, or roughly 8,000 jobs', [10]],
  ['workforce by a percentage', 'the decision to reduce our workforce by 3.5% to become leaner', [3.5]],
  ['half of a stated staff', 'about half of Twitter’s 7,500 employees will be let go', [50]],
  ['half its editorial staff', 'it is cutting half its editorial staff', [50]],
  ['a tenth', 'Vodafone would axe a tenth of its staff', [10]],
  [
    'percent of a named company staff',
    "account for 13 percent of Tower Health's corporate management staff",
    [13],
  ],
  ['a share-price move is no cut', 'Microsoft shares closed 0.5% higher at $240.35', []],
  ['a profit drop is no cut', 'it reported a 12% drop in profits', []],
  ['a share in words, of a division', 'it plans to lay off around ten percent of its news division', [10]],
  [
    "a share of a common noun's staff, with its size",
    "The cuts amount to about 1.5% of the system's roughly 16,000 employees.",
    [1.5],
  ],
  [
    'a share of a "68,000-strong workforce"',
    'cut 5,500 jobs, about 8 per cent of its 68,000-strong workforce',
    [8],
  ],
  [
    'a share of total employment',
    'reduce its workforce by 230 positions, or about 9 percent of total employment',
    [9],
  ],
  ['a share of the journalists', 'laid off 23 newsroom employees, about 18% of its journalists', [18]],
  ['an upper bound states no share', 'it is cutting 10,000 jobs, less than 5 percent of its workforce', []],
];
for (const [name, sentence, expected] of percentCases) {
  test(`findPercents: ${name}`, () => {
    assert.deepEqual(
      findPercents(sentence).map((p) => p.value),
      expected,
    );
  });
}

const workforceCases: [string, string, number[]][] = [
  ['had N employees', 'Salesforce had about 79,000 employees as of early 2022.', [79000]],
  ['headcount was', 'At that time, AWS headcount was around 60,000 people.', [60000]],
  ['employs', 'The tech giant employs more than 200,000 workers', [200000]],
  ['of its N staff', 'about half of Twitter’s 7,500 employees will be let go', [7500]],
  ['workforce of', 'is out of a current workforce of 130,000', [130000]],
  ['a cut is not a workforce', 'It will cut 1,200 jobs.', []],
];
for (const [name, sentence, expected] of workforceCases) {
  test(`findWorkforce: ${name}`, () => {
    assert.deepEqual(
      findWorkforce(sentence).map((w) => w.value),
      expected,
    );
  });
}
