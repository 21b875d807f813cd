import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNames } from './names.js';

const cases: [string, string, [string, string][]][] = [
  [
    'an organisation defining its acronym, and a person after a title',
    'Amazon Web Services (AWS) has confirmed it, and AWS senior vice president Matt Garman wrote.',
    [
      ['Amazon Web Services', 'org'],
      ['AWS', 'org'],
      ['AWS', 'org'],
      ['Matt Garman', 'person'],
    ],
  ],
  [
    'an outlet after "per" and a possessive',
    "Per GeekWire, the cuts will affect AWS' sales teams.",
    [
      ['GeekWire', 'outlet'],
      ['AWS', 'org'],
    ],
  ],
  [
    'a sentence-opening common word is no name',
    'Tech got a bracing kick as Salesforce said Wednesday that it is slashing jobs.',
    [
      ['Salesforce', 'org'],
      ['Wednesday', 'time'],
    ],
  ],
  [
    'capitalised team names listed before "teams" are no companies',
    'Orrin Media is cutting jobs across its Business, Content, Tech and Admin teams.',
    [['Orrin Media', 'org']],
  ],
  [
    'a thank-you opening a quote is no part of the name',
    "Thanks Orrin Media, what a ride,' she wrote.",
    [['Orrin Media', 'org']],
  ],
  [
    'a time zone before a date, a region and the word that ends a law are no companies',
    'Published 6:10 a.m. ET Oct. 2 under the WARN Act, the cuts hit North America.',
    [
      ['Oct', 'time'],
      ['North America', 'place'],
    ],
  ],
  [
    'after a title and "of" comes the organisation',
    '"We are acting on that," said Dana Kells, Chief Executive Officer of Orrin Media.',
    [
      ['Dana Kells', 'person'],
      ['Orrin Media', 'org'],
    ],
  ],
  [
    'a byline names people',
    'By Renata Okoye and Tom Birchall',
    [
      ['Renata Okoye', 'person'],
      ['Tom Birchall', 'person'],
    ],
  ],
  [
    'a province keeps its first word; "-headquartered" before a noun is no name; a title ends a run',
    'The Mumbai-headquartered company said Tallyworks CEO Raj Mehta would visit British Columbia and IT teams.',
    [
      ['Tallyworks', 'org'],
      ['Raj Mehta', 'person'],
      ['British Columbia', 'place'],
    ],
  ],
  [
    '"Every", "Rival" and a credit line run into the next sentence are no part of names',
    'Every Friday, Rival Clearstride cut jobs, said Jane Park / Courier & Press A Whirlpool worker.',
    [
      ['Friday', 'time'],
      ['Clearstride', 'org'],
      ['Jane Park', 'person'],
      ['Courier & Press', 'org'],
      ['Whirlpool', 'org'],
    ],
  ],
  [
    'the part of a department after "and" is no company; a city is a place',
    'It filed notice with the Department of Labor and Workforce Development and closed its Lisbon office.',
    [
      ['Department of Labor', 'org'],
      ['Lisbon', 'place'],
    ],
  ],
  ['people by their role are no names', 'CEOs keep blaming AI for layoffs, Analysts say.', []],
  [
    'a short dateline city in capitals; a regional adjective',
    'OSLO (Reuters) — Halden Bank said it is focusing on the Nordic market.',
    [
      ['OSLO', 'place'],
      ['Reuters', 'outlet'],
      ['Halden Bank', 'org'],
    ],
  ],
  [
    'the WARN law named with "Act" is no company',
    'The notice, required under the Worker Adjustment and Retraining Notification Act, says 31 will go.',
    [],
  ],
  [
    'economic acronyms are no names',
    'The cuts could shave 0.2 percent off GDP before the IPO, Orrin Bank said.',
    [['Orrin Bank', 'org']],
  ],
  [
    'names joined by "of" and "&"',
    'Bank of America and Procter & Gamble cut jobs.',
    [
      ['Bank of America', 'org'],
      ['Procter & Gamble', 'org'],
    ],
  ],
  [
    'a title in quotes is a work, not an employer',
    'Lumenfield, the studio behind the "Skyhollow" series, cut jobs.',
    [['Lumenfield', 'org']],
  ],
  [
    'an accented capital starts a name',
    'studio head Étienne Marchand said so',
    [['Étienne Marchand', 'person']],
  ],
  [
    'places',
    'Offices in Florida and Mayport, Fla. close.',
    [
      ['Florida', 'place'],
      ['Mayport', 'place'],
      ['Fla.', 'place'],
    ],
  ],
];

for (const [name, sentence, expected] of cases) {
  test(`findNames: ${name}`, () => {
    assert.deepEqual(
      findNames(sentence).map((n) => [n.name, n.kind]),
      expected,
    );
  });
}
