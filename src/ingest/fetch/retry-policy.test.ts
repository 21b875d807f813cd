import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, isRetryableNetworkError, isRetryableStatus, parseRetryAfter } from './retry-policy.js';

const NOW = Date.UTC(2024, 3, 4, 12, 0, 0);

const retryAfterCases: { name: string; value: string | undefined; expected: number | null }[] = [
  { name: 'seconds', value: '120', expected: 120_000 },
  { name: 'zero', value: '0', expected: 0 },
  { name: 'HTTP date in the future', value: 'Thu, 04 Apr 2024 12:01:30 GMT', expected: 90_000 },
  { name: 'HTTP date in the past', value: 'Thu, 04 Apr 2024 11:00:00 GMT', expected: 0 },
  { name: 'missing', value: undefined, expected: null },
  { name: 'garbage', value: 'soon', expected: null },
  { name: 'negative', value: '-5', expected: null },
];

for (const c of retryAfterCases) {
  test(`parseRetryAfter: ${c.name}`, () => assert.equal(parseRetryAfter(c.value, NOW), c.expected));
}

test('backoffDelay doubles from the base and stops at the cap', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, 1000, 30_000)),
    [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000],
  );
});

test('retryable statuses: 429 and transient 5xx, not 4xx, 501 or 505', () => {
  for (const s of [429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(s), String(s));
  for (const s of [400, 401, 403, 404, 410, 501, 505]) assert.ok(!isRetryableStatus(s), String(s));
});

test('retryable network errors: resets and refusals, not a missing name', () => {
  assert.ok(isRetryableNetworkError({ code: 'ECONNRESET' }));
  assert.ok(isRetryableNetworkError({ code: 'ECONNREFUSED' }));
  assert.ok(!isRetryableNetworkError({ code: 'ENOTFOUND' }));
  assert.ok(!isRetryableNetworkError(new Error('x')));
  assert.ok(!isRetryableNetworkError(undefined));
});
