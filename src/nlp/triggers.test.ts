import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers, isDeniedAt, isRumourAt } from './triggers.js';

const triggerCases: [string, string, string[]][] = [
  ['a layoff verb', 'Acme will lay off 300 workers.', ['lay off']],
  ['a cut verb needs a job noun', 'Acme will cut 300 jobs and cut costs.', ['cut 300 jobs']],
  ['costs alone are no cut', 'Acme will cut costs.', []],
  ['a closure counts the site', 'Acme will close two plants in Ohio.', ['close two plants']],
  ['a closure told from the site', 'Four chicken plants will be closing.', ['plants will be closing']],
  ['German', 'Hessler streicht rund 1.200 Stellen.', ['streicht rund 1.200 Stellen']],
  ['Spanish', 'Whirlpool planea eliminar unos 5.000 empleos.', ['eliminar unos 5.000 empleos']],
  [
    'each "N at Name" after a cut',
    'Those cuts come after 16,000 cuts at Lucent; 10,000 at Verizon; and 3,000 at Gateway.',
    ['cuts come after 16,000 cuts', '10,000', '3,000'],
  ],
  ['a list line of a round-up', 'Home Depot - 7,000', [' - 7,000']],
  [
    'a CEO parting ways with colleagues',
    'Today we are parting ways with 350 of our colleagues.',
    ['parting ways with 350 of our colleagues'],
  ],
  ['a bulleted list line with a colon', '- Northgate Mutual: more than 500 jobs', [': more than 500 jobs']],
  ['a line of scores is no list of cuts', 'Palm Bay 18 22 13 17 — 70', []],
  ['"tax" is no axe', 'The tax bill will raise prices.', []],
];
for (const [name, sentence, expected] of triggerCases) {
  test(`findTriggers: ${name}`, () => {
    assert.deepEqual(
      findTriggers(sentence).map((t) => t.text),
      expected,
    );
  });
}

const stanceCases: [string, string, { denied: boolean; rumoured: boolean }][] = [
  [
    'a denial before the cut',
    'Apple on Thursday denied reports of layoffs in its stores.',
    { denied: true, rumoured: false },
  ],
  [
    'an admission after a denial holds',
    'IBM denies the rumor, but the company admits it will lay off several thousand employees.',
    { denied: false, rumoured: false },
  ],
  [
    'a rumour',
    'Reports surfaced claiming that Apple was laying off retail staff.',
    { denied: false, rumoured: true },
  ],
  ['a plain report', 'Acme said it will lay off 40 people.', { denied: false, rumoured: false }],
  [
    'a negation right before the cut words',
    'The airline stressed that it is not eliminating any jobs.',
    { denied: true, rumoured: false },
  ],
  [
    '"no plans for"',
    '"Acme has no plans for layoffs," a spokesperson said.',
    { denied: true, rumoured: false },
  ],
  ['"neither company has"', 'Neither company has announced any job cuts.', { denied: true, rumoured: false }],
  [
    'a yes-no question is speculation',
    'Will the Acme-Brill merger mean job cuts? What analysts are watching',
    { denied: false, rumoured: true },
  ],
  [
    'cut words that hedge',
    'A union warned that up to 900 jobs could be at risk.',
    { denied: false, rumoured: true },
  ],
  [
    'a plan called off',
    'Acme scraps plan to cut 300 jobs at Saskatoon plant',
    { denied: true, rumoured: false },
  ],
  [
    'analysts saying a company could be forced to cut',
    'Acme could be forced to trim staff after two delayed releases, analysts said.',
    { denied: false, rumoured: true },
  ],
  [
    'plans called off',
    'Acme has called off plans to lay off about 300 workers at its mill.',
    { denied: true, rumoured: false },
  ],
  [
    'cuts ruled out',
    'Brisa Air defers jet deliveries but rules out job cuts',
    { denied: true, rumoured: false },
  ],
  [
    'a German rejection',
    'Kaltwasser weist Bericht über Abbau von 2.000 Stellen zurück',
    { denied: true, rumoured: false },
  ],
  [
    'unnamed sources',
    'The report cited unnamed sources who said Acme would cut 2,000 jobs.',
    { denied: false, rumoured: true },
  ],
];
for (const [name, sentence, expected] of stanceCases) {
  test(`isDeniedAt / isRumourAt: ${name}`, () => {
    const triggers = findTriggers(sentence);
    const trigger = triggers.at(-1);
    assert.ok(trigger);
    assert.deepEqual(
      { denied: isDeniedAt(sentence, trigger), rumoured: isRumourAt(sentence, trigger) },
      expected,
    );
  });
}
