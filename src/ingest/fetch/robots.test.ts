import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RobotsPolicy, type RobotsFile } from './robots.js';
import { fakeClock } from './testdata/test-server.js';

function policy(files: RobotsFile[] | (() => Promise<RobotsFile>)) {
  const clock = fakeClock(0);
  const loads: string[] = [];
  const robots = new RobotsPolicy({
    userAgent: 'pinkslip/0.1 (+https://github.com/pinkslip/pinkslip)',
    clock,
    ttlMs: 1000,
    errorTtlMs: 100,
    load: async (url) => {
      loads.push(url);
      if (typeof files === 'function') return files();
      return files.shift() ?? { kind: 'none' };
    },
  });
  return { robots, loads, clock };
}

const rules = (body: string): RobotsFile => ({ kind: 'rules', body });

const verdictCases: { name: string; file: RobotsFile; path: string; allowed: boolean }[] = [
  {
    name: 'Disallow for everyone',
    file: rules('User-agent: *\nDisallow: /news'),
    path: '/news/a',
    allowed: false,
  },
  {
    name: 'other paths allowed',
    file: rules('User-agent: *\nDisallow: /news'),
    path: '/jobs',
    allowed: true,
  },
  {
    name: 'our own group beats *',
    file: rules('User-agent: *\nDisallow: /\n\nUser-agent: pinkslip\nAllow: /'),
    path: '/x',
    allowed: true,
  },
  {
    name: 'a group for another bot does not bind us',
    file: rules('User-agent: otherbot\nDisallow: /'),
    path: '/x',
    allowed: true,
  },
  { name: 'wildcards', file: rules('User-agent: *\nDisallow: /*.pdf$'), path: '/report.pdf', allowed: false },
  { name: 'no robots.txt (4xx)', file: { kind: 'none' }, path: '/x', allowed: true },
  {
    name: 'unreachable (5xx)',
    file: { kind: 'unreachable', reason: 'HTTP 503' },
    path: '/x',
    allowed: false,
  },
];

for (const c of verdictCases) {
  test(`RobotsPolicy: ${c.name}`, async () => {
    const { robots } = policy([c.file]);
    const verdict = await robots.check(new URL(`https://site.test${c.path}`));
    assert.equal(verdict.allowed, c.allowed);
  });
}

test('RobotsPolicy: concurrent checks share one load; cached per origin until the TTL', async () => {
  const { robots, loads, clock } = policy(() => Promise.resolve(rules('User-agent: *\nAllow: /')));
  await Promise.all([1, 2, 3].map((n) => robots.check(new URL(`https://site.test/${n}`))));
  await robots.check(new URL('http://site.test/other-scheme'));
  assert.deepEqual(loads, ['https://site.test/robots.txt', 'http://site.test/robots.txt']);
  clock.advance(1001);
  await robots.check(new URL('https://site.test/4'));
  assert.equal(loads.length, 3);
});

test('RobotsPolicy: "unreachable" is remembered for the shorter error TTL', async () => {
  const { robots, loads, clock } = policy([{ kind: 'unreachable', reason: 'HTTP 500' }, rules('')]);
  assert.equal((await robots.check(new URL('https://site.test/a'))).allowed, false);
  clock.advance(50);
  assert.equal((await robots.check(new URL('https://site.test/a'))).allowed, false);
  clock.advance(60);
  assert.equal((await robots.check(new URL('https://site.test/a'))).allowed, true);
  assert.equal(loads.length, 2);
});

test('RobotsPolicy: a failed load is not cached', async () => {
  let calls = 0;
  const { robots } = policy(async () => {
    calls += 1;
    if (calls === 1) throw new Error('ECONNRESET');
    return { kind: 'none' };
  });
  await assert.rejects(robots.check(new URL('https://site.test/a')), /ECONNRESET/);
  assert.equal((await robots.check(new URL('https://site.test/a'))).allowed, true);
});

test('RobotsPolicy: Crawl-delay comes back in milliseconds', async () => {
  const { robots } = policy([rules('User-agent: *\nCrawl-delay: 2.5')]);
  assert.deepEqual(await robots.check(new URL('https://site.test/')), { allowed: true, crawlDelayMs: 2500 });
});
