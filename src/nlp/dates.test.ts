import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const cases: [string, string, string | null, string[]][] = [
  [
    'a weekday is the last one on or before publication',
    "Wednesday's news signals a decrease",
    '2024-04-04',
    ['2024-04-03'],
  ],
  [
    'the same weekday as publication is that day',
    'Salesforce said Wednesday it is cutting',
    '2023-01-04',
    ['2023-01-04'],
  ],
  ['a weekday without a publication date stays unknown', 'Salesforce said Wednesday it is cutting', null, []],
  [
    'month and day take the year of publication',
    'Tower Health on Nov. 16 laid off 52 employees',
    '2022-12-01',
    ['2022-11-16'],
  ],
  ['a month and day after publication is last year', 'on Dec. 20 it cut jobs', '2023-01-05', ['2022-12-20']],
  [
    'a month and day a few weeks ahead is this year',
    'layoffs will begin Nov. 15',
    '2024-09-18',
    ['2024-11-15'],
  ],
  ['a full date needs no publication date', 'On March 17, 2009, Caterpillar said', null, ['2009-03-17']],
  ['yesterday', 'The company said yesterday it would cut jobs', '2020-06-25', ['2020-06-24']],
  [
    'a German weekday',
    'Der Konzern teilte am Dienstag mit, 1.800 Stellen zu streichen.',
    '2025-01-09',
    ['2025-01-07'],
  ],
  [
    'a French weekday',
    'Le groupe a annoncé lundi la suppression de 640 postes.',
    '2025-01-09',
    ['2025-01-06'],
  ],
  [
    'a Spanish weekday after a word an English month could open',
    'La empresa anunció el martes 300 despidos.',
    '2025-01-09',
    ['2025-01-07'],
  ],
  ['an Italian weekday', 'La società ha annunciato martedì 3.500 esuberi.', '2025-01-09', ['2025-01-07']],
];

for (const [name, sentence, published, expected] of cases) {
  test(`findDates: ${name}`, () => {
    assert.deepEqual(
      findDates(sentence, published).map((d) => d.date),
      expected,
    );
  });
}
