import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupCompanies, stripSuffix } from './company.js';
import { findNames } from './names.js';
import { splitSentences } from './segment.js';

/** The companies of a text: name, other forms, parent. */
function companies(text: string): [string, string[], string | null][] {
  const names = splitSentences(text).flatMap((s) => findNames(s.text));
  const unique = [...new Set(groupCompanies(text, names).values())];
  return unique.map((c) => [c.name, [...c.forms].filter((f) => f !== c.name).sort(), c.parent]);
}

const cases: [string, string, [string, string[], string | null][]][] = [
  [
    'an acronym defined in parentheses; a unit of a company named alone is its child',
    'Northwind Cloud Services (NCS) will cut jobs. Northwind reported profits.',
    [
      ['Northwind Cloud Services', ['NCS'], 'Northwind'],
      ['Northwind', [], null],
    ],
  ],
  ['a ticker after the name', 'Apple (AAPL) denied it. Apple said so.', [['Apple', ['AAPL'], null]]],
  ['a renamed company', 'Facebook, which is now known as Meta, cut jobs.', [['Meta', ['Facebook'], null]]],
  [
    'a product named by its maker',
    'Starfall developer Ninefold Games cut jobs.',
    [['Ninefold Games', ['Starfall'], null]],
  ],
  [
    'a company tail word: the same company',
    'Tyson Foods will close plants. Tyson said so.',
    [['Tyson Foods', ['Tyson'], null]],
  ],
  [
    'a unit whose owner is named: its short form is the unit, the owner its parent',
    "Orrin's cloud unit Kelvane cuts jobs. Kelvane Cloud, the cloud computing unit of Orrin Systems, said so.",
    [
      ['Kelvane Cloud', ['Kelvane'], 'Orrin Systems'],
      ['Orrin Systems', [], null],
    ],
  ],
  [
    'a short form is the head of a longer name before it is the tail of another',
    'Kestrel Orrin praised the staff of Orrin News. Orrin will cut jobs.',
    [
      ['Kestrel Orrin', [], null],
      ['Orrin News', ['Orrin'], null],
    ],
  ],
  [
    'a short form of a name joined by "&"',
    'Hollister Valve & Fitting Co. will close its foundry. Hollister Valve said so.',
    [['Hollister Valve & Fitting', ['Hollister Valve', 'Hollister Valve & Fitting Co'], null]],
  ],
  [
    'another word after the name: not the same company',
    'Ascension is closing Ascension Memorial. Ascension said so.',
    [
      ['Ascension Memorial', [], null],
      ['Ascension', [], null],
    ],
  ],
  [
    'initials of a longer name',
    'General Motors will cut jobs. GM said so.',
    [['General Motors', ['GM'], null]],
  ],
  [
    'the tail of a longer name',
    'The Los Angeles Times will cut jobs. The Times said so.',
    [['Los Angeles Times', ['Times'], null]],
  ],
];

for (const [name, text, expected] of cases) {
  test(`groupCompanies: ${name}`, () => assert.deepEqual(companies(text), expected));
}

test('stripSuffix drops corporate suffixes', () => {
  assert.deepEqual(['Whirlpool Corp.', 'Acme, Inc.', 'Nissan Motor Co', 'Corp'].map(stripSuffix), [
    'Whirlpool',
    'Acme',
    'Nissan Motor',
    'Corp',
  ]);
});
