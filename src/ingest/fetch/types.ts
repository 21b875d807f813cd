// The values fetch/ takes and gives: validators, results, options, and the injected clock and resolver.

/** Time, injected so tests (and a scheduler) decide what "now" and "wait" mean. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** One address a host name resolves to. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses (dns.lookup with all: true by default). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** What the last successful fetch of a URL said about its version, sent back for a conditional GET. */
export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export interface FetchOk {
  readonly status: 'ok';
  /** The final URL, after redirects. */
  readonly url: string;
  /** The decoded (decompressed) body. */
  readonly body: Uint8Array;
  readonly httpStatus: number;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO datetime from the injected clock. */
  readonly fetchedAt: string;
}

export interface FetchNotModified {
  readonly status: 'not_modified';
  /** The URL that answered 304. */
  readonly url: string;
  readonly fetchedAt: string;
}

export type FetchResult = FetchOk | FetchNotModified;

export interface FetchOptions {
  /** 'feed' skips robots.txt unless the fetcher is told to honour it for feeds too; sets Accept. */
  readonly kind?: 'page' | 'feed';
  readonly validators?: Validators;
  /** Cancels the whole fetch, waits included. */
  readonly signal?: AbortSignal;
}
