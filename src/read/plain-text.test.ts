import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPlainText, trimPlainText } from './plain-text.js';

const BODY =
  'Acme Corp said on Monday it will cut 300 jobs at its plant in Dayton, Ohio, as orders slow.\n\n';

const trimCases: [string, string, string][] = [
  ['"About the Author" ends the article', `${BODY}About the Author\n\nJo Doe covers industry.`, BODY.trim()],
  ['"Featured" ends the article', `${BODY}Featured\n\nOther story about Helix`, BODY.trim()],
  ['"Related stories:" ends the article', `${BODY}Related stories:\n\nOther story`, BODY.trim()],
  [
    'a heading too early is kept (little article before it)',
    `Related\n\n${BODY}`,
    `Related\n\n${BODY.trim()}`,
  ],
  ['an ad label line is dropped', `${BODY}Advertisement\n\nMore text here.`, `${BODY}More text here.`],
  ['a menu line with bars is dropped', `UK | World | Business | Opinion\n\n${BODY}`, BODY.trim()],
  ['a menu line with wide gaps is dropped', `Home  News  Sport  Business  Sign in\n\n${BODY}`, BODY.trim()],
  [
    'a table row of cuts is kept',
    `${BODY}Acme Corp  Dayton  120  Jan. 5`,
    `${BODY}Acme Corp  Dayton  120  Jan. 5`,
  ],
];
for (const [name, text, expected] of trimCases) {
  test(`trimPlainText: ${name}`, () => assert.equal(trimPlainText(text), expected));
}

const titleCases: [string, string, string | null][] = [
  [
    'the first headline-like line',
    'Acme to cut 300 jobs in Ohio\n\nAcme said so.',
    'Acme to cut 300 jobs in Ohio',
  ],
  [
    'section labels before it are skipped',
    'Business\n\nAcme to cut 300 jobs in Ohio\n\nAcme said so.',
    'Acme to cut 300 jobs in Ohio',
  ],
  [
    'a menu above the headline is no title',
    'UK | World | Business | Money | Opinion | Lifestyle\n\nAcme To Close 14 Stores, Putting 900 Jobs At Risk\n\nAcme said so.',
    'Acme To Close 14 Stores, Putting 900 Jobs At Risk',
  ],
  [
    'a heading after the body has begun is no title',
    'Acme said Friday it will lay off about 10% of its global workforce as the strike drags on.\n\nWhat You Need To Know\n\nMore.',
    null,
  ],
  [
    'a banner in capitals above the headline is no title',
    'THE WEEK IN GAMES BUSINESS\nLayoffs hit Acme, Brill and Corvel studios\n\nAcme said so.',
    'Layoffs hit Acme, Brill and Corvel studios',
  ],
  [
    'a headline in capitals is the title when no other follows',
    'ACME CORP ANNOUNCES STRATEGIC REALIGNMENT\n\nAcme Corp said on Monday it will cut 300 jobs in Ohio as orders slow down.',
    'ACME CORP ANNOUNCES STRATEGIC REALIGNMENT',
  ],
  [
    'a first line that is a sentence is no title',
    'Acme said on Monday it will cut 300 jobs in Ohio.\n\nMore.',
    null,
  ],
];
for (const [name, text, expected] of titleCases) {
  test(`readPlainText title: ${name}`, () => assert.equal(readPlainText('x', text).title, expected));
}

const publishedCases: [string, string, string | null][] = [
  [
    'an "updated" line at the top',
    'Page last updated at 09:12 GMT, Tuesday, 3 March 2015\n\nAcme to cut 300 jobs\n\nAcme said so.',
    '2015-03-03',
  ],
  [
    'a photo caption that says when it was taken',
    'This photo taken on Sept. 4, 2023 shows the Acme plant in Dayton.\nAcme said Monday it will cut 300 jobs.',
    '2023-09-04',
  ],
  [
    'a line that is only a date, under a byline',
    'Acme to cut 340 jobs as orders slow\n\nBy Dana Whitfield\nMarch 4, 2025\n\nAcme said on Tuesday it will cut 340 jobs.',
    '2025-03-04',
  ],
  [
    'a date in the story is no page date',
    'Acme to cut 300 jobs\n\nAcme said on March 3, 2015 that it would cut 300 jobs.',
    null,
  ],
];
for (const [name, text, expected] of publishedCases) {
  test(`readPlainText published: ${name}`, () => assert.equal(readPlainText('x', text).published, expected));
}

test('readPlainText published: the date given by the caller wins', () =>
  assert.equal(
    readPlainText('x', 'Posted Jan. 2, 2020\nAcme cuts jobs.', '2020-01-05').published,
    '2020-01-05',
  ));
