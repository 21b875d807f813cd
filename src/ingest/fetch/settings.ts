// Everything a fetcher can be told, with the defaults a polite feed reader uses. No globals: pass them in.
import { PinkslipError } from '../../domain/errors.js';
import { systemClock } from './clock.js';
import { systemResolver } from './address-guard.js';
import type { Clock, Resolver } from './types.js';

export interface FetcherSettings {
  readonly userAgent: string;
  /** Whole attempt, from the first request sent to the last body byte (redirects included). */
  readonly timeoutMs: number;
  /** Decoded body size cap. */
  readonly maxBodyBytes: number;
  readonly maxRedirects: number;
  /** Tries per fetch, the first included (429, 5xx and dropped connections are retried). */
  readonly maxAttempts: number;
  /** Backoff without Retry-After: base, 2×base, 4×base, … up to backoffMaxMs. */
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the fetch fails with retryAfterMs set. */
  readonly maxRetryAfterMs: number;
  readonly perHostConcurrency: number;
  /** Minimum gap between the starts of two requests to one host. */
  readonly perHostDelayMs: number;
  /** A robots.txt Crawl-delay raises the per-host gap, up to this. */
  readonly maxCrawlDelayMs: number;
  /** Feed readers usually skip robots.txt for feeds (a feed is published to be polled). */
  readonly robotsForFeeds: boolean;
  readonly robotsTtlMs: number;
  readonly robotsErrorTtlMs: number;
  readonly maxRobotsBytes: number;
  /** Allow loopback and private addresses (tests, intranet deployments). */
  readonly allowPrivate: boolean;
  /** PEM certificates trusted on top of Node's root store (an intranet CA; the tests' own). */
  readonly extraCaCertificates: readonly string[];
  readonly clock: Clock;
  readonly resolve: Resolver;
}

export const DEFAULT_USER_AGENT = 'pinkslip/0.1 (+https://github.com/pinkslip/pinkslip)';

export const DEFAULT_FETCHER_SETTINGS: FetcherSettings = {
  userAgent: DEFAULT_USER_AGENT,
  timeoutMs: 30_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  maxAttempts: 3,
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  maxRetryAfterMs: 120_000,
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  maxCrawlDelayMs: 30_000,
  robotsForFeeds: false,
  robotsTtlMs: 24 * 60 * 60 * 1000,
  robotsErrorTtlMs: 10 * 60 * 1000,
  maxRobotsBytes: 512 * 1024,
  allowPrivate: false,
  extraCaCertificates: [],
  clock: systemClock,
  resolve: systemResolver,
};

const POSITIVE: readonly (keyof FetcherSettings)[] = [
  'timeoutMs',
  'maxBodyBytes',
  'maxAttempts',
  'perHostConcurrency',
  'maxRobotsBytes',
];
const NON_NEGATIVE: readonly (keyof FetcherSettings)[] = [
  'maxRedirects',
  'backoffBaseMs',
  'backoffMaxMs',
  'maxRetryAfterMs',
  'perHostDelayMs',
  'maxCrawlDelayMs',
  'robotsTtlMs',
  'robotsErrorTtlMs',
];

/** Defaults plus overrides, checked. Throws PinkslipError('usage') on a nonsensical number. */
export function resolveSettings(overrides: Partial<FetcherSettings>): FetcherSettings {
  const settings = { ...DEFAULT_FETCHER_SETTINGS, ...withoutUndefined(overrides) };
  for (const key of [...POSITIVE, ...NON_NEGATIVE]) {
    const value = settings[key];
    const min = POSITIVE.includes(key) ? 1 : 0;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
      throw new PinkslipError('usage', `fetch: ${key} must be a number ≥ ${min}, got ${String(value)}`);
    }
  }
  if (!settings.userAgent.trim()) throw new PinkslipError('usage', 'fetch: userAgent must not be empty');
  return settings;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
