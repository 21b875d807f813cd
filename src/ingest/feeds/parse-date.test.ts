import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedDate } from './parse-date.js';

const cases: { name: string; input: string | null; expected: string | null }[] = [
  { name: 'RFC 822 with GMT', input: 'Wed, 02 Oct 2002 13:00:00 GMT', expected: '2002-10-02T13:00:00.000Z' },
  {
    name: 'RFC 822 numeric zone',
    input: 'Wed, 02 Oct 2002 15:00:00 +0200',
    expected: '2002-10-02T13:00:00.000Z',
  },
  {
    name: 'RFC 822 named US zone',
    input: 'Tue, 01 Oct 2002 20:00:00 EST',
    expected: '2002-10-02T01:00:00.000Z',
  },
  {
    name: 'RFC 822 no weekday, no seconds',
    input: '2 Oct 2002 13:00 GMT',
    expected: '2002-10-02T13:00:00.000Z',
  },
  {
    name: 'RFC 822 two-digit year',
    input: 'Wed, 02-Oct-02 13:00:00 GMT',
    expected: '2002-10-02T13:00:00.000Z',
  },
  {
    name: 'RFC 822 full month name',
    input: 'Wednesday, 2 October 2002 13:00:00 UT',
    expected: '2002-10-02T13:00:00.000Z',
  },
  {
    name: 'RFC 822 without zone is UTC',
    input: 'Wed, 02 Oct 2002 13:00:00',
    expected: '2002-10-02T13:00:00.000Z',
  },
  { name: 'RFC 3339 Z', input: '2024-04-03T10:20:30Z', expected: '2024-04-03T10:20:30.000Z' },
  {
    name: 'RFC 3339 offset + fraction',
    input: '2024-04-03T10:20:30.5-05:00',
    expected: '2024-04-03T15:20:30.500Z',
  },
  { name: 'ISO date only', input: '2024-04-03', expected: '2024-04-03T00:00:00.000Z' },
  { name: 'ISO with space, no zone', input: '2024-04-03 10:20', expected: '2024-04-03T10:20:00.000Z' },
  { name: 'impossible day', input: '2024-02-30T00:00:00Z', expected: null },
  { name: 'impossible month', input: '02 Foo 2024 10:00 GMT', expected: null },
  { name: 'words', input: 'yesterday', expected: null },
  { name: 'empty', input: '  ', expected: null },
  { name: 'null', input: null, expected: null },
];

for (const c of cases) {
  test(`parseFeedDate: ${c.name}`, () => assert.equal(parseFeedDate(c.input), c.expected));
}
