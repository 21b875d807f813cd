// The public shape of a source (sources list --json) and its health: new, ok or failing.
import type { Source } from '../store/index.js';
import { formatInterval } from './interval.js';

export type SourceHealth = 'new' | 'ok' | 'failing';

export function sourceHealth(source: Source): SourceHealth {
  if (source.failures > 0) return 'failing';
  return source.lastSuccessAt ? 'ok' : 'new';
}

export function sourceJson(source: Source) {
  return {
    url: source.url,
    kind: source.kind,
    title: source.title,
    interval: formatInterval(source.intervalSeconds),
    health: sourceHealth(source),
    last_success: source.lastSuccessAt,
    last_error: source.lastError,
    last_error_at: source.lastErrorAt,
    failing_since: source.failingSince,
    failures: source.failures,
    items_seen: source.itemsSeen,
    items_new: source.itemsNew,
    next_poll: source.nextPollAt,
  };
}
