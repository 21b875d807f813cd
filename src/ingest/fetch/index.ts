// fetch/: the polite HTTP client (robots.txt, per-host limits, retries, conditional GET, SSRF guard).
export type {
  Clock,
  FetchNotModified,
  FetchOk,
  FetchOptions,
  FetchResult,
  ResolvedAddress,
  Resolver,
  Validators,
} from './types.js';
export { createFetcher, type Fetcher } from './create-fetcher.js';
export { DEFAULT_FETCHER_SETTINGS, DEFAULT_USER_AGENT, type FetcherSettings } from './settings.js';
export { FetchError, isFetchError, type FetchErrorCode } from './fetch-error.js';
export { classifyAddress, METADATA_ADDRESSES, systemResolver } from './address-guard.js';
export { parseRetryAfter, backoffDelay } from './retry-policy.js';
export { systemClock } from './clock.js';
