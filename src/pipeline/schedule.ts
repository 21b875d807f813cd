// When a source is polled next: its interval after a success, a growing backoff (or Retry-After) after failures.
import type { Source } from '../store/index.js';

/** A failing source is retried after interval × 2^(failures), at most this long. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function isDue(source: Source, now: Date): boolean {
  return source.nextPollAt === null || Date.parse(source.nextPollAt) <= now.getTime();
}

export function nextPollAfterSuccess(source: Source, now: Date): string {
  return new Date(now.getTime() + source.intervalSeconds * 1000).toISOString();
}

/** `failures` counts the failures before this one; a server's Retry-After wins when it asks for longer. */
export function nextPollAfterFailure(source: Source, now: Date, retryAfterMs: number | null): string {
  const backoff = Math.min(source.intervalSeconds * 1000 * 2 ** source.failures, MAX_BACKOFF_MS);
  return new Date(now.getTime() + Math.max(backoff, retryAfterMs ?? 0)).toISOString();
}
