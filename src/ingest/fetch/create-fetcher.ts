// The polite HTTP client: retries with backoff around single attempts, robots.txt for pages, one gate per host.
import { TextDecoder } from 'node:util';
import { FetchError } from './fetch-error.js';
import { HostGate } from './host-gate.js';
import { RobotsPolicy, type RobotsFile } from './robots.js';
import { attemptFetch, parseWebUrl } from './follow-redirects.js';
import { backoffDelay, isRetryableNetworkError, isRetryableStatus } from './retry-policy.js';
import { resolveSettings, type FetcherSettings } from './settings.js';
import type { FetchOptions, FetchResult } from './types.js';

/** Accept headers per kind of document. */
const ACCEPT = {
  feed:
    'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
    'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.7',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8',
  robots: 'text/plain, */*;q=0.8',
} as const;

export interface Fetcher {
  /**
   * GETs a URL. Resolves to {status: 'ok', …} or {status: 'not_modified', …}; rejects with a FetchError
   * ('fetch_failed' | 'fetch_refused' | 'input_too_large'), or with the caller's abort reason.
   */
  fetch(url: string, options?: FetchOptions): Promise<FetchResult>;
  readonly settings: FetcherSettings;
}

export function createFetcher(overrides: Partial<FetcherSettings> = {}): Fetcher {
  const settings = resolveSettings(overrides);
  const gate = new HostGate({
    concurrency: settings.perHostConcurrency,
    delayMs: settings.perHostDelayMs,
    clock: settings.clock,
  });
  const robots = new RobotsPolicy({
    userAgent: settings.userAgent,
    clock: settings.clock,
    ttlMs: settings.robotsTtlMs,
    errorTtlMs: settings.robotsErrorTtlMs,
    load: (robotsUrl, signal) => loadRobots(robotsUrl, settings, gate, signal),
  });

  const checkRobots = async (url: URL, signal: AbortSignal): Promise<void> => {
    const verdict = await robots.check(url, signal);
    if (verdict.allowed) {
      const crawlDelayMs = Math.min(verdict.crawlDelayMs ?? 0, settings.maxCrawlDelayMs);
      if (crawlDelayMs > 0) gate.raiseDelay(url.hostname, crawlDelayMs);
      return;
    }
    const details = { url: url.href };
    if (verdict.reason === 'disallowed') {
      throw new FetchError('fetch_refused', `fetch: robots.txt disallows ${url.href}`, details);
    }
    throw new FetchError(
      'fetch_failed',
      `fetch: robots.txt unreachable (${verdict.detail}) for ${url.href}`,
      details,
    );
  };

  const fetch = async (input: string, options: FetchOptions = {}): Promise<FetchResult> => {
    const url = parseWebUrl(input);
    const kind = options.kind ?? 'page';
    const honourRobots = kind === 'page' || settings.robotsForFeeds;
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptFetch(
          url,
          {
            accept: ACCEPT[kind],
            maxBytes: settings.maxBodyBytes,
            validators: options.validators,
            beforeHop: honourRobots ? checkRobots : undefined,
            signal: options.signal,
          },
          settings,
          gate,
        );
      } catch (error) {
        const waitMs = retryDelay(error, attempt, settings);
        if (waitMs === null) throw error;
        await settings.clock.sleep(waitMs, options.signal);
      }
    }
  };

  return { fetch, settings };
}

/** How long to wait before the next attempt, or null when the error is final. */
function retryDelay(error: unknown, attempt: number, settings: FetcherSettings): number | null {
  if (attempt >= settings.maxAttempts || !(error instanceof FetchError)) return null;
  const retryable =
    (error.httpStatus !== null && isRetryableStatus(error.httpStatus)) ||
    (error.httpStatus === null && isRetryableNetworkError(error.cause));
  if (!retryable) return null;
  const delay = error.retryAfterMs ?? backoffDelay(attempt, settings.backoffBaseMs, settings.backoffMaxMs);
  return delay <= settings.maxRetryAfterMs ? delay : null;
}

/**
 * robots.txt per RFC 9309: 2xx rules; 4xx, too large or refused: no rules; 5xx: unreachable (stay away).
 * A network failure or timeout is thrown as is: the page fetch fails (and retries) the same way.
 */
async function loadRobots(
  robotsUrl: string,
  settings: FetcherSettings,
  gate: HostGate,
  signal?: AbortSignal,
): Promise<RobotsFile> {
  try {
    const result = await attemptFetch(
      parseWebUrl(robotsUrl),
      { accept: ACCEPT.robots, maxBytes: settings.maxRobotsBytes, signal },
      settings,
      gate,
    );
    if (result.status !== 'ok') return { kind: 'none' };
    return { kind: 'rules', body: new TextDecoder('utf-8').decode(result.body) };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const status = error.httpStatus;
    if (status === null) {
      if (error.code === 'input_too_large' || error.code === 'fetch_refused') return { kind: 'none' };
      throw error;
    }
    if (status >= 400 && status < 500 && status !== 429) return { kind: 'none' };
    return { kind: 'unreachable', reason: `HTTP ${status}` };
  }
}
