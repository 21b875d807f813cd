// Table-driven cases for the eval scoring rules (LABELS.md "About the texts and the scores").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction, LayoffEvent } from '../src/domain/index.js';
import { dateAgrees, headcountAgrees, percentAgrees, scoreArticle } from './eval-score.js';
import { aggregate, belowFloors, FLOORS, formatScores } from './eval-summary.js';
import type { Label } from './eval-score.js';

function event(company: string, overrides: Partial<LayoffEvent> = {}): LayoffEvent {
  return {
    company,
    aliases: [],
    parent: null,
    headcount: null,
    percent: null,
    percentDetail: null,
    workforce: null,
    functions: [],
    locations: [],
    announced: null,
    effective: null,
    status: 'announced',
    kind: 'layoff',
    reason: null,
    sources: [],
    confidence: 1,
    evidence: {},
    ...overrides,
  };
}

const labelEvent = (company: string, aliases: string[] = []) => ({
  company,
  aliases,
  headcount: { exact: null, min: 200, max: 999 },
  percent: null,
  announced: '2024-04-03',
});
const label = (events: Label['events']): Label => ({
  published: null,
  is_layoff_report: events.length > 0,
  events,
});
const got = (events: LayoffEvent[]): Extraction => ({ isLayoffReport: events.length > 0, events });
const hundreds = { exact: null, min: 200, max: 999, text: 'hundreds' };

const articles: { name: string; label: Label; got: Extraction; company?: boolean; headcount?: boolean }[] = [
  {
    name: 'suffixes, case and punctuation are ignored',
    label: label([labelEvent('Amazon Web Services, Inc.')]),
    got: got([event('amazon web services', { headcount: hundreds, announced: '2024-04-04' })]),
    company: true,
    headcount: true,
  },
  {
    name: 'an alias on either side counts',
    label: label([labelEvent('Amazon Web Services', ['AWS'])]),
    got: got([event('AWS', { headcount: hundreds })]),
    company: true,
    headcount: true,
  },
  {
    name: 'the main event must come first',
    label: label([labelEvent('Alphabet')]),
    got: got([event('Microsoft'), event('Alphabet', { headcount: hundreds })]),
    company: false,
    headcount: true,
  },
  {
    name: 'in a round-up the main company need only be found',
    label: label([labelEvent('Alphabet'), labelEvent('Microsoft'), labelEvent('Meta')]),
    got: got([event('Microsoft'), event('Alphabet')]),
    company: true,
    headcount: false,
  },
  {
    name: 'no event at all misses every field',
    label: label([labelEvent('Alphabet')]),
    got: got([]),
    company: false,
    headcount: false,
  },
  { name: 'a negative article counts only for the report score', label: label([]), got: got([]) },
];

for (const article of articles) {
  test(`scoreArticle: ${article.name}`, () => {
    const score = scoreArticle(article.label, article.got);
    assert.equal(score.company, article.company);
    assert.equal(score.headcount, article.headcount);
  });
}

const agreements: [string, boolean, boolean][] = [
  ['headcount: both null', headcountAgrees(null, null), true],
  ['headcount: one null', headcountAgrees(null, { exact: 5, min: 5, max: 5 }), false],
  [
    'headcount: ranges overlap',
    headcountAgrees({ exact: null, min: 200, max: 999 }, { exact: null, min: 300, max: 999 }),
    true,
  ],
  [
    'headcount: exact label needs exact',
    headcountAgrees({ exact: 340, min: 340, max: 340 }, { exact: null, min: 300, max: 400 }),
    false,
  ],
  [
    'headcount: exact equal',
    headcountAgrees({ exact: 340, min: 340, max: 340 }, { exact: 340, min: 340, max: 340 }),
    true,
  ],
  ['percent: within 0.5', percentAgrees(12, 12.5), true],
  ['percent: beyond 0.5', percentAgrees(12, 12.6), false],
  ['percent: one null', percentAgrees(12, null), false],
  ['announced: one day apart', dateAgrees('2024-04-03', '2024-04-04'), true],
  ['announced: two days apart', dateAgrees('2024-04-03', '2024-04-05'), false],
  ['announced: both null', dateAgrees(null, null), true],
];

for (const [name, actual, expected] of agreements) test(name, () => assert.equal(actual, expected));

test('aggregate: report precision/recall/F1 and shares', () => {
  const scores = aggregate(articles.map((article) => scoreArticle(article.label, article.got)));
  assert.equal(scores.reportPrecision, 1);
  assert.equal(scores.reportRecall, 4 / 5);
  assert.equal(scores.company, 3 / 5);
  assert.equal(scores.events, 5 / 7);
  assert.match(
    formatScores(scores),
    /^eval: report P=1\.000 R=0\.800 F1=0\.889 \| company 0\.600 \| events 0\.714/,
  );
});

test('belowFloors names every score under its floor', () => {
  const scores = { ...FLOORS, reportF1: 0.5, company: 0.9 };
  assert.deepEqual(belowFloors(scores, { ...FLOORS, reportF1: 0.95, company: 0.9 }), ['reportF1']);
  assert.deepEqual(belowFloors(FLOORS), []);
  assert.deepEqual(belowFloors({ ...FLOORS, headcount: FLOORS.headcount - 0.01 }), ['headcount']);
});
