// Watching: rounds of polling the due sources, then a wait until the next one falls due, until stopped.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RoundSummary } from '../pipeline/index.js';
import type { RoundRequest, SourceServices } from './sources.js';

/** Never wait longer than this between two looks at the schedule (sources added meanwhile are picked up). */
export const MAX_IDLE_MS = 60_000;

export interface WatchRequest extends Omit<RoundRequest, 'urls' | 'signal'> {
  once?: boolean;
  /** Stops the watch: a round under way is cut short, items stored so far stay stored. */
  signal: AbortSignal;
  now: () => Date;
  onRound?: (summary: RoundSummary, seconds: number) => void;
  /** Told before waiting, with when the next source falls due. */
  onIdle?: (until: Date) => void;
}

/** Runs rounds until the signal aborts (or once). Returns the last round's summary. */
export async function watchSources(
  sources: SourceServices,
  request: WatchRequest,
): Promise<RoundSummary | null> {
  let last: RoundSummary | null = null;
  let first = true;
  while (!request.signal.aborted) {
    const started = request.now().getTime();
    try {
      last = await sources.round({ ...request, all: first && request.all });
    } catch (error) {
      if (request.signal.aborted) return last;
      throw error;
    }
    first = false;
    request.onRound?.(last, (request.now().getTime() - started) / 1000);
    if (request.once) return last;
    const due = (await sources.nextDue())?.getTime() ?? Infinity;
    const waitMs = Math.min(Math.max(due - request.now().getTime(), 1000), MAX_IDLE_MS);
    request.onIdle?.(new Date(request.now().getTime() + waitMs));
    try {
      await sleep(waitMs, undefined, { signal: request.signal });
    } catch {
      return last;
    }
  }
  return last;
}
