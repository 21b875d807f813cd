import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FETCHER_SETTINGS, resolveSettings } from './settings.js';
import { isPinkslipError } from '../../domain/errors.js';

test('defaults: the polite ones the brief asks for', () => {
  const s = DEFAULT_FETCHER_SETTINGS;
  assert.equal(s.userAgent, 'pinkslip/0.1 (+https://github.com/pinkslip/pinkslip)');
  assert.equal(s.maxBodyBytes, 5 * 1024 * 1024);
  assert.equal(s.maxRedirects, 5);
  assert.equal(s.allowPrivate, false);
  assert.equal(s.robotsForFeeds, false);
});

test('resolveSettings: overrides win, undefined overrides do not erase defaults', () => {
  const s = resolveSettings({ timeoutMs: 5, maxAttempts: undefined });
  assert.equal(s.timeoutMs, 5);
  assert.equal(s.maxAttempts, DEFAULT_FETCHER_SETTINGS.maxAttempts);
});

const bad: { name: string; overrides: Parameters<typeof resolveSettings>[0] }[] = [
  { name: 'zero timeout', overrides: { timeoutMs: 0 } },
  { name: 'negative redirects', overrides: { maxRedirects: -1 } },
  { name: 'NaN cap', overrides: { maxBodyBytes: Number.NaN } },
  { name: 'zero concurrency', overrides: { perHostConcurrency: 0 } },
  { name: 'empty user agent', overrides: { userAgent: ' ' } },
];

for (const c of bad) {
  test(`resolveSettings rejects ${c.name}`, () => {
    assert.throws(
      () => resolveSettings(c.overrides),
      (e: unknown) => isPinkslipError(e) && e.code === 'usage' && e.message.startsWith('fetch: '),
    );
  });
}
