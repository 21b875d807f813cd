// The typed failure of a fetch, with what a scheduler needs to decide when to try again.
import { PinkslipError, type ErrorCode } from '../../domain/errors.js';

export type FetchErrorCode = Extract<ErrorCode, 'fetch_failed' | 'fetch_refused' | 'input_too_large'>;

export interface FetchErrorDetails {
  /** The URL being fetched when it failed (after redirects). */
  readonly url: string;
  /** The HTTP status, when a server answered. */
  readonly httpStatus?: number;
  /** How long the server asked us to wait (Retry-After), when it did. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

export class FetchError extends PinkslipError {
  readonly url: string;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.url = details.url;
    this.httpStatus = details.httpStatus ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
