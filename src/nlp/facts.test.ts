// Sources, teams, places and reasons read from one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSources } from './sources.js';
import { findFunctions } from './functions.js';
import { findLocations } from './locations.js';
import { findReason } from './reason.js';

const sourceCases: [string, string, string[]][] = [
  ['"per" an outlet', "Per GeekWire's reporting, the cuts hit sales.", ['GeekWire']],
  [
    'a memo obtained by an outlet',
    'In an internal e-mail obtained by The Ledger, the CEO said so.',
    ['The Ledger', 'internal memo'],
  ],
  ['a dateline credit', '(CBS NEWS) — Employees awaited word of layoffs.', ['CBS News']],
  ['"told" a known outlet', 'A spokesman told Reuters the plant would close.', ['Reuters']],
  ['a filing', 'The company disclosed the cuts in an SEC filing.', ['SEC filing']],
  ['the company itself is no source', 'According to Acme, the cuts are final.', []],
];
for (const [name, sentence, expected] of sourceCases) {
  test(`findSources: ${name}`, () => assert.deepEqual(findSources(sentence, 'Acme'), expected));
}

const functionCases: [string, string, string[]][] = [
  [
    'a list before a team noun',
    'the cuts will affect sales, marketing and global services teams',
    ['sales', 'marketing', 'global services'],
  ],
  [
    '"tech" is technology',
    'primarily impacting tech, sales, and marketing positions',
    ['technology', 'sales', 'marketing'],
  ],
  [
    'roles involved with a function',
    'particularly roles involved with training and certification',
    ['training and certification'],
  ],
  [
    'a named team',
    "Staff in AWS' Physical Stores Technology team will also be affected.",
    ['Physical Stores Technology'],
  ],
  ['no team noun, no team', 'Sales fell in the quarter.', []],
];
for (const [name, sentence, expected] of functionCases) {
  test(`findFunctions: ${name}`, () => assert.deepEqual(findFunctions(sentence), expected));
}

const locationCases: [string, string, string[]][] = [
  [
    'a city with an AP state abbreviation',
    'offices in Mayport, Fla.; Norfolk, Va.; and San Diego',
    ['Mayport, Florida', 'Norfolk, Virginia', 'San Diego'],
  ],
  ['states and countries', 'plants in Ohio and Mexico', ['Ohio', 'Mexico']],
];
for (const [name, sentence, expected] of locationCases) {
  test(`findLocations: ${name}`, () => assert.deepEqual(findLocations(sentence), expected));
}

const reasonCases: [string, string, string | null][] = [
  ['in an effort to', 'it plans to lay off hundreds of staff in an effort to "streamline."', 'streamline'],
  [
    'citing',
    'BAE issued layoff notices, citing uncertainty in the federal budget.',
    'uncertainty in the federal budget',
  ],
  ['to cut costs', 'The retailer will close stores to cut costs.', 'to cut costs'],
  ['none stated', 'Acme will lay off 40 people.', null],
];
for (const [name, sentence, expected] of reasonCases) {
  test(`findReason: ${name}`, () => assert.equal(findReason(sentence), expected));
}
