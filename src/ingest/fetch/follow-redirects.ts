// One attempt at a URL: hop by hop through redirects, each hop checked (scheme, address, robots) and gated.
import type { IncomingMessage } from 'node:http';
import { FetchError } from './fetch-error.js';
import { resolvePublicAddress } from './address-guard.js';
import { sendRequest } from './send-request.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry-policy.js';
import type { HostGate } from './host-gate.js';
import type { FetcherSettings } from './settings.js';
import type { FetchResult, Validators } from './types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const WEB_SCHEMES = new Set(['http:', 'https:']);

export interface AttemptOptions {
  readonly accept: string;
  readonly maxBytes: number;
  readonly validators?: Validators;
  /** Asked before each hop; throws to stop (robots.txt). */
  readonly beforeHop?: (url: URL, signal: AbortSignal) => Promise<void>;
  readonly signal?: AbortSignal;
}

/** Parses a URL the fetcher may fetch; anything but absolute http(s) is refused. */
export function parseWebUrl(input: string, context = 'not an http(s) URL'): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError('fetch_refused', `fetch: ${context}: ${input}`, { url: input });
  }
  if (!WEB_SCHEMES.has(url.protocol))
    throw new FetchError('fetch_refused', `fetch: ${context}: ${input}`, { url: input });
  url.hash = '';
  return url;
}

/**
 * Fetches once (no retries). The timeout covers everything after the first hop passes the host gate.
 * Non-2xx answers throw a FetchError carrying httpStatus (and retryAfterMs when the server sent one).
 */
export async function attemptFetch(
  start: URL,
  options: AttemptOptions,
  settings: FetcherSettings,
  gate: HostGate,
): Promise<FetchResult> {
  const timeout = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  let timer: NodeJS.Timeout | undefined;
  let current = start;
  const startTimer = () => {
    timer ??= setTimeout(() => {
      const message = `fetch: timed out after ${settings.timeoutMs} ms: ${current.href}`;
      timeout.abort(new FetchError('fetch_failed', message, { url: current.href }));
    }, settings.timeoutMs);
  };
  const headers = requestHeaders(settings.userAgent, options.accept, options.validators);
  const seen = new Set<string>([start.href]);
  try {
    for (let hop = 0; ; hop++) {
      await options.beforeHop?.(current, signal);
      const release = await gate.acquire(current.hostname, signal);
      try {
        startTimer();
        const address = await untilAborted(
          resolvePublicAddress(current, settings.resolve, settings.allowPrivate),
          signal,
        );
        const extraCa = settings.extraCaCertificates;
        const response = await sendRequest({ url: current, address, headers, signal, extraCa });
        const outcome = await settle(response, current, options, settings, signal);
        if (outcome.kind === 'result') return outcome.result;
        current = nextHop(current, outcome.location, hop, seen, settings.maxRedirects);
      } finally {
        release();
      }
    }
  } catch (error) {
    throw asFetchError(error, signal, current.href);
  } finally {
    clearTimeout(timer);
  }
}

type HopOutcome =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'result'; readonly result: FetchResult };

/** What one response means: follow a redirect, a result (2xx body or 304), or a FetchError for the rest. */
async function settle(
  response: IncomingMessage,
  url: URL,
  options: AttemptOptions,
  settings: FetcherSettings,
  signal: AbortSignal,
): Promise<HopOutcome> {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status <= 299) {
    const body = await readBody(response, { url: url.href, maxBytes: options.maxBytes, signal });
    const result: FetchResult = {
      status: 'ok',
      url: url.href,
      body,
      httpStatus: status,
      contentType: header(response, 'content-type'),
      etag: header(response, 'etag'),
      lastModified: header(response, 'last-modified'),
      fetchedAt: isoNow(settings),
    };
    return { kind: 'result', result };
  }
  response.destroy(); // nothing else needs the body
  const location = header(response, 'location');
  if (REDIRECT_STATUSES.has(status) && location) return { kind: 'redirect', location };
  const details = { url: url.href, httpStatus: status };
  if (status === 304) {
    if (!options.validators?.etag && !options.validators?.lastModified) {
      throw new FetchError(
        'fetch_failed',
        `fetch: HTTP 304 to an unconditional request: ${url.href}`,
        details,
      );
    }
    return { kind: 'result', result: { status: 'not_modified', url: url.href, fetchedAt: isoNow(settings) } };
  }
  const retryAfterMs = parseRetryAfter(header(response, 'retry-after') ?? undefined, settings.clock.now());
  throw new FetchError('fetch_failed', `fetch: HTTP ${status} from ${url.href}`, {
    ...details,
    retryAfterMs: retryAfterMs ?? undefined,
  });
}

function nextHop(current: URL, location: string, hop: number, seen: Set<string>, maxRedirects: number): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new FetchError('fetch_failed', `fetch: bad redirect location ${location} from ${current.href}`, {
      url: current.href,
    });
  }
  if (!WEB_SCHEMES.has(next.protocol)) {
    throw new FetchError(
      'fetch_refused',
      `fetch: refused redirect to ${next.protocol} from ${current.href}`,
      {
        url: current.href,
      },
    );
  }
  next.hash = '';
  if (seen.has(next.href)) {
    throw new FetchError('fetch_failed', `fetch: redirect loop at ${next.href}`, { url: current.href });
  }
  if (hop + 1 > maxRedirects) {
    throw new FetchError(
      'fetch_failed',
      `fetch: too many redirects (over ${maxRedirects}) from ${current.href}`,
      {
        url: current.href,
      },
    );
  }
  seen.add(next.href);
  return next;
}

/** A promise that gives up when the signal aborts (a DNS lookup cannot be cancelled, only abandoned). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function requestHeaders(userAgent: string, accept: string, validators?: Validators): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

function header(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function isoNow(settings: FetcherSettings): string {
  return new Date(settings.clock.now()).toISOString();
}

/** Our own errors pass; a timeout becomes its FetchError; anything else is a network failure. */
function asFetchError(error: unknown, signal: AbortSignal, url: string): unknown {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return signal.reason instanceof FetchError ? signal.reason : (signal.reason ?? error);
  const code = (error as { code?: unknown } | null)?.code;
  const what = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new FetchError('fetch_failed', `fetch: ${what} for ${url}`, { url, cause: error });
}
