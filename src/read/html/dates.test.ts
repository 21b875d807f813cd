import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, parseDate } from './dates.js';

const DATES: readonly [string, string | null][] = [
  ['2024-04-03T14:05:00-07:00', '2024-04-03'],
  ['2024-04-03T23:30:00Z', '2024-04-03'],
  ['20240403', '2024-04-03'],
  ['2024/4/3', '2024-04-03'],
  ['April 3, 2024', '2024-04-03'],
  ['Apr. 3rd, 2024 at 5:00 PM', '2024-04-03'],
  ['Published Wednesday, April 3, 2024 8:22AM EST', '2024-04-03'],
  ['3 April 2024', '2024-04-03'],
  ['Wed, 03 Apr 2024 14:05:00 GMT', '2024-04-03'],
  ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22'],
  ['3. März 2024', '2024-03-03'],
  ['04/03/2024', '2024-04-03'],
  ['25/12/2023', '2023-12-25'],
  ['2024-02-30', null],
  ['1970-01-01', null],
  ['tomorrow', null],
  ['', null],
];

for (const [input, expected] of DATES) {
  test(`parseDate: ${JSON.stringify(input)}`, () => assert.equal(parseDate(input), expected));
}

const URLS: readonly [string, string | null][] = [
  ['https://example.com/2024/04/03/acme-cuts/', '2024-04-03'],
  ['https://example.com/news/2024-04-03-acme-cuts', '2024-04-03'],
  ['https://example.com/news/20240403/acme', '2024-04-03'],
  ['https://example.com/news/1077343476-acme', null],
  ['https://example.com/2019/nov/18/acme', '2019-11-18'],
  ['https://example.com/2019/news/18/acme', null],
];

for (const [url, expected] of URLS) {
  test(`dateFromUrl: ${url}`, () => assert.equal(dateFromUrl(url), expected));
}
