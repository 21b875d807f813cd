// One round of watching: poll the due sources a few at a time (the fetcher keeps each host polite) and sum up.
import type { Source } from '../store/index.js';
import { pollSource } from './poll-source.js';
import type { SourcePoll, WatchDeps } from './poll-source.js';

/** Sources polled at the same time; the fetcher still limits each host on its own. */
export const DEFAULT_SOURCE_CONCURRENCY = 8;

export interface RoundSummary {
  sourcesPolled: number;
  sourcesFailed: number;
  newItems: number;
  pagesRead: number;
  newDocuments: number;
  /** Distinct events the new documents were linked to. */
  eventsFound: number;
  newEvents: number;
  errors: number;
}

export interface RoundOptions {
  concurrency?: number;
  /** Told about each source once its poll ends. */
  onSource?: (poll: SourcePoll) => void;
}

export async function runRound(
  sources: readonly Source[],
  deps: WatchDeps,
  options: RoundOptions = {},
): Promise<RoundSummary> {
  const polls: SourcePoll[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const source = sources[next++]!;
      const poll = await pollSource(source, deps);
      polls.push(poll);
      options.onSource?.(poll);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_SOURCE_CONCURRENCY, sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return summariseRound(polls);
}

export function summariseRound(polls: readonly SourcePoll[]): RoundSummary {
  const events = new Set(polls.flatMap((poll) => poll.eventIds));
  const sum = (get: (poll: SourcePoll) => number) => polls.reduce((total, poll) => total + get(poll), 0);
  return {
    sourcesPolled: polls.length,
    sourcesFailed: polls.filter((poll) => poll.status === 'failed').length,
    newItems: sum((poll) => poll.newItems),
    pagesRead: sum((poll) => poll.pagesRead),
    newDocuments: sum((poll) => poll.newDocuments),
    eventsFound: events.size,
    newEvents: sum((poll) => poll.newEvents),
    errors: sum((poll) => poll.errors.length),
  };
}
