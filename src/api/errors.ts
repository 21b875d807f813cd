// The one place that maps error codes to HTTP statuses.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../domain/index.js';

export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  usage: 400,
  input_not_found: 404,
  input_unreadable: 422,
  input_too_large: 413,
  fetch_failed: 502,
  fetch_refused: 502,
  db_unwritable: 503,
  db_failed: 500,
  not_found: 404,
};
