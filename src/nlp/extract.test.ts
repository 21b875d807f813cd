import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPlainText } from '../read/index.js';
import { extractLayoffs } from './extract.js';
import type { LayoffEvent } from '../domain/index.js';

function extract(name: string, published: string | null = null) {
  const path = new URL(`./testdata/${name}`, import.meta.url);
  return extractLayoffs(readPlainText(name, readFileSync(path, 'utf8')), { published });
}

interface Case {
  name: string;
  file: string;
  published?: string;
  report: boolean;
  check?: (events: LayoffEvent[]) => void;
}

const cases: Case[] = [
  {
    name: 'an acronym defined in parentheses, a parent from the short name, a vague size, teams, a weekday',
    file: 'cloud-unit-vague.txt',
    published: '2025-03-06',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Northwind Cloud Services');
      assert.ok(e?.aliases.includes('NCS'));
      assert.equal(e?.parent, 'Northwind');
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [200, 999]);
      assert.ok(e?.functions.includes('sales') && e.functions.includes('support'));
      assert.equal(e?.announced, '2025-03-04');
      assert.ok(e?.sources.includes('The Ledger'));
      assert.equal(e?.reason, 'simplify');
      assert.equal(e?.percentDetail?.derived, true, 'the share comes from the stated workforce');
    },
  },
  { name: 'a denial is no report', file: 'denial.txt', report: false },
  {
    name: 'a plan to cut jobs that was called off is no report, though the plan was announced before',
    file: 'plan-scrapped.txt',
    published: '2025-03-28',
    report: false,
  },
  {
    name: 'a denied report from unnamed sources is no report, all its cut words included',
    file: 'denied-report.txt',
    published: '2025-06-12',
    report: false,
  },
  {
    name: 'rumours the company has not confirmed are no report ("has not announced any job cuts")',
    file: 'rumour-only.txt',
    report: false,
  },
  {
    name: 'a list of employers that are hiring "despite the layoff headlines" is no report',
    file: 'hiring-despite-layoffs.txt',
    published: '2025-07-19',
    report: false,
  },
  {
    name: 'a hiring headline is no report, even with an old cut in the text',
    file: 'hiring.txt',
    report: false,
  },
  { name: 'advice about layoffs in general is no report', file: 'advice.txt', report: false },
  { name: 'statistics from a research firm are no report', file: 'stats.txt', report: false },
  {
    name: 'a monthly count of announced cuts is no report',
    file: 'stats-headline.txt',
    published: '2025-06-05',
    report: false,
  },
  {
    name: 'a product launch that recalls a cut "four months after" is no report',
    file: 'product-launch.txt',
    published: '2025-05-21',
    report: false,
  },
  { name: 'a column about layoffs in general is no report', file: 'column.txt', report: false },
  { name: 'an explainer of redundancy rights is no report', file: 'explainer.txt', report: false },
  {
    name: "a rival's cuts told in passing, with no size or day, are no report",
    file: 'passing-mention.txt',
    published: '2025-04-09',
    report: false,
  },
  {
    name: "a research group's forecast of lost jobs is no report",
    file: 'forecast.txt',
    report: false,
  },
  {
    name: 'a word the article also writes in lower case is no company where it opens a sentence',
    file: 'lowercase-elsewhere.txt',
    published: '2024-05-07',
    report: true,
    check: (events) =>
      assert.deepEqual(
        events.map((e) => e.company),
        ['Pellham Tools'],
      ),
  },
  {
    name: 'a denied rumour is no report, even with an earlier round told as background',
    file: 'denial-background.txt',
    report: false,
  },
  {
    name: 'a list of other cuts, one line a company',
    file: 'list-roundup.txt',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.exact]),
        [
          ['Brellin Motors', 4000],
          ['Tamsin', 1500],
          ['Orrin Steel', 900],
          ['Keld Logistics', 350],
        ],
      );
    },
  },
  {
    name: 'a cut told only as background to other news is no report',
    file: 'background-cut.txt',
    report: false,
  },
  {
    name: 'a furlough: kind, reason, teams and states',
    file: 'furlough.txt',
    published: '2025-06-12',
    report: true,
    check: ([e]) => {
      assert.equal(e?.kind, 'furlough');
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [990, 1210]);
      assert.equal(e?.announced, '2025-06-09');
      assert.ok(e?.functions.includes('administrative'));
      assert.deepEqual(e?.locations, ['Wisconsin', 'Illinois']);
      assert.equal(e?.reason, 'a drop in elective procedures');
    },
  },
  {
    name: 'a share from a memo seen by an outlet, with the workforce before the cuts',
    file: 'memo-percent.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Pellucid');
      assert.equal(e?.percent, 22);
      assert.equal(e?.workforce, 640);
      assert.ok(e?.sources.includes('TechBeat'));
      assert.ok(!e?.sources.includes('TechBeat.'));
    },
  },
  {
    name: 'a mill closure with a WARN notice',
    file: 'mill-closure.txt',
    published: '2025-06-12',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Granite Paper');
      assert.equal(e?.headcount?.exact, 260);
      assert.ok(e?.locations.includes('Millinocket, Maine'));
      assert.ok(e?.sources.includes('WARN notice'));
    },
  },
  {
    name: 'buyouts: kind and a stated workforce',
    file: 'buyout.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.kind, 'buyout');
      assert.equal(e?.workforce, 48000);
    },
  },
  {
    name: 'a round-up gives one event per company, "-based" places dropped',
    file: 'roundup.txt',
    published: '2025-12-05',
    report: true,
    check: (events) => {
      const byName = new Map(events.map((e) => [e.company, e]));
      assert.equal(byName.get('Pembrook Stores')?.headcount?.exact, 420);
      assert.equal(byName.get('Larkspur Outfitters')?.headcount?.exact, 85);
      assert.equal(byName.get('Larkspur Outfitters')?.announced, '2025-12-02');
      assert.deepEqual(
        [byName.get('Cascade Home')?.headcount?.min, byName.get('Cascade Home')?.headcount?.max],
        [540, 660],
      );
    },
  },
  {
    name: 'a stated percentage wins over one derived from the workforce',
    file: 'percent-derived.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.percent, 15);
      assert.equal(e?.percentDetail?.derived, false);
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [405, 495]);
      assert.equal(e?.workforce, 3000);
    },
  },
  {
    name: 'German: a European thousands separator and a German cut verb',
    file: 'german.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Hessler');
      assert.ok(e?.headcount && e.headcount.min <= 1200 && e.headcount.max >= 1200);
    },
  },
  {
    name: 'a lead that names the company only in the next sentence',
    file: 'cataphora.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Kestrel Air');
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [1500, 1599]);
    },
  },
  {
    name: 'a product named by its maker points to the maker',
    file: 'product-of-maker.txt',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Ninefold Games');
      assert.equal(e?.headcount?.exact, 60);
    },
  },
  {
    name: 'everyday words opening a list item or shouted in capitals are no companies',
    file: 'ordinary-words.txt',
    published: '2024-05-03',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => e.company),
        ['Larkspur Analytics'],
      );
      assert.equal(events[0]?.percent, 20);
    },
  },
  {
    name: 'a name right before a cut verb is the subject, even after the cut words',
    file: 'relative-clause.txt',
    published: '2024-05-03',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Brightwell Software');
      assert.equal(e?.headcount?.exact, 2400, 'the planned cut, not the part already done');
    },
  },
  {
    name: 'the day a notice was given dates the cut, not the dateline; "but Acme" is a subject',
    file: 'dateline-notice.txt',
    published: '2024-03-08',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => e.company),
        ['Harbor Forge'],
      );
      assert.equal(events[0]?.announced, '2024-03-05');
    },
  },
  {
    name: 'a rival named in passing stays a minor event; an outlet can be an employer',
    file: 'rival-outlet.txt',
    published: '2024-05-03',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.exact ?? null, e.percent]),
        [
          ['Orrin Media', 140, 12],
          ['Business Insider', null, 8],
        ],
      );
    },
  },
  {
    name: 'the company closing a site is the subject, not the site; the WARN law is no company',
    file: 'warn-local.txt',
    published: '2024-10-02',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.exact]),
        [['Harlow Freight', 186]],
      );
    },
  },
  {
    name: 'a lead that describes the company before naming it, after a byline',
    file: 'lead-after-byline.txt',
    published: '2025-03-04',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Maravel Trucks');
      assert.equal(e?.headcount?.exact, 900);
      assert.equal(e?.announced, '2025-03-04');
    },
  },
  {
    name: 'a word for the kind of company opening the headline is no part of its name',
    file: 'descriptor-opener.txt',
    published: '2025-09-09',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Orrin Ridge');
      assert.equal(e?.headcount?.exact, 400);
      assert.equal(e?.announced, '2025-09-08', 'the day it disclosed the plan');
    },
  },
  {
    name: 'a count of stores closed is no headcount',
    file: 'store-closures.txt',
    published: '2025-01-10',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Hollis & Vane');
      assert.equal(e?.headcount?.exact, 1940);
    },
  },
  {
    name: 'British usage: jobs "at risk", "lost" in a consultation; the day staff were told',
    file: 'jobs-at-risk.txt',
    published: '2025-03-12',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Brackwell Foods');
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [1, 380]);
      assert.equal(e?.announced, '2025-03-11');
    },
  },
  {
    name: 'a headline and a lead that describe the company; a section label and a byline are no companies',
    file: 'descriptor-headline.txt',
    published: '2025-06-04',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.min, e.headcount?.max]),
        [['Parcelwise', 1170, 1430]],
      );
    },
  },
  {
    name: 'a CEO saying goodbye to colleagues cuts jobs; sites and apposition are no companies',
    file: 'goodbye-quote.txt',
    published: '2025-07-16',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.min, e.headcount?.max]),
        [['Tallyworks Technologies', 540, 660]],
      );
    },
  },
  {
    name: 'a revised cut "up from" the earlier figure is the size',
    file: 'revised-cut.txt',
    published: '2024-11-15',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Corbel Steel');
      assert.equal(e?.headcount?.exact, 1900);
    },
  },
  {
    name: '"the company told the ASX": the exchange is no employer, the share is the company\'s',
    file: 'told-exchange.txt',
    published: '2024-07-05',
    report: true,
    check: (events) => {
      assert.deepEqual(
        events.map((e) => [e.company, e.headcount?.exact, e.percent]),
        [['Ironbark Mining', 400, 12]],
      );
    },
  },
  {
    name: 'a round-up with a heading for each company',
    file: 'roundup-headings.txt',
    published: '2025-08-08',
    report: true,
    check: (events) => {
      assert.deepEqual(events.map((e) => [e.company, e.headcount?.min]).sort(), [
        ['Marlow Health', 270],
        ['Quenford', 140],
        ['Tessick Freight', 212],
      ]);
    },
  },
  {
    name: 'an aside after the name is skipped; a year far from the cut words does not make it background',
    file: 'aside-and-old-year.txt',
    published: '2022-11-17',
    report: true,
    check: ([e]) => {
      assert.equal(e?.company, 'Brackenridge Robotics');
      assert.deepEqual([e?.headcount?.min, e?.headcount?.max], [300, 999]);
    },
  },
];

for (const c of cases) {
  test(`extractLayoffs: ${c.name}`, () => {
    const result = extract(c.file, c.published ?? null);
    assert.equal(result.isLayoffReport, c.report);
    if (!c.report) assert.deepEqual(result.events, []);
    c.check?.(result.events);
  });
}

test('extractLayoffs: every fact carries the sentence it came from', () => {
  const text = readFileSync(new URL('./testdata/percent-derived.txt', import.meta.url), 'utf8');
  const [e] = extractLayoffs(readPlainText('x', text), { published: null }).events;
  for (const evidence of Object.values(e?.evidence ?? {})) {
    if (evidence.start >= 0) assert.equal(text.trim().slice(evidence.start, evidence.end), evidence.sentence);
  }
  assert.ok(e?.evidence.headcount?.sentence.includes('roughly 450 jobs'));
});
