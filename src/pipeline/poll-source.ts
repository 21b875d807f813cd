// One poll of one source: conditional GET, parse, and for each new item read (its page when needed), extract, store.
import { isFetchError } from '../ingest/fetch/index.js';
import type { Fetcher, FetchOk } from '../ingest/fetch/index.js';
import { decodeText, parseFeed } from '../ingest/feeds/index.js';
import type { FeedItem } from '../ingest/feeds/index.js';
import type { RawDocument } from '../read/index.js';
import type { PollRecord, SaveResult, Source, Store } from '../store/index.js';
import { itemDay, itemDocument, itemKeys, needsPage } from './feed-item.js';
import { saveProcessed } from './ingest.js';
import type { IngestContext } from './ingest.js';
import { processDocument } from './process.js';
import { nextPollAfterFailure, nextPollAfterSuccess } from './schedule.js';

export interface WatchDeps {
  store: Store;
  fetcher: Fetcher;
  ctx: IngestContext;
  signal?: AbortSignal;
  /** Told about each new item once it is stored (or given up on). */
  onItem?: (item: ItemOutcome) => void;
}

export interface ItemOutcome {
  source: Source;
  input: string;
  title: string | null;
  /** null when the item failed (see error). */
  result: SaveResult | null;
  error: string | null;
}

export interface SourcePoll {
  source: Source;
  status: PollRecord['status'];
  /** Items new to us (not seen before). */
  newItems: number;
  pagesRead: number;
  newDocuments: number;
  /** Events the new documents were linked to, and how many of them are new. */
  eventIds: number[];
  newEvents: number;
  errors: string[];
  /** Items left for the next poll (their page failed for now). */
  deferred: number;
}

/** Polls a source and records the outcome on it. Never throws for a fetch or read failure; the caller's abort does. */
export async function pollSource(source: Source, deps: WatchDeps): Promise<SourcePoll> {
  const poll: SourcePoll = {
    source,
    status: 'ok',
    newItems: 0,
    pagesRead: 0,
    newDocuments: 0,
    eventIds: [],
    newEvents: 0,
    errors: [],
    deferred: 0,
  };
  let fetched;
  try {
    fetched = await deps.fetcher.fetch(source.url, {
      kind: source.kind,
      validators: { etag: source.etag, lastModified: source.lastModified },
      signal: deps.signal,
    });
  } catch (error) {
    return failed(poll, error, deps);
  }
  if (fetched.status === 'not_modified') {
    poll.status = 'not_modified';
    const now = deps.ctx.now();
    await deps.store.recordPoll(source.id, {
      status: 'not_modified',
      at: now.toISOString(),
      nextPollAt: nextPollAfterSuccess(source, now),
    });
    return poll;
  }
  let title: string | null;
  try {
    title =
      source.kind === 'page' ? await readPage(fetched, poll, deps) : await readFeed(fetched, poll, deps);
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    return failed(poll, error, deps);
  }
  const now = deps.ctx.now();
  // With items left for later, the validators are dropped so the next poll gets the whole feed back.
  const keep = poll.deferred === 0;
  await deps.store.recordPoll(source.id, {
    status: 'ok',
    at: now.toISOString(),
    nextPollAt: nextPollAfterSuccess(source, now),
    etag: keep ? fetched.etag : null,
    lastModified: keep ? fetched.lastModified : null,
    title,
    itemsSeen: poll.newItems,
    itemsNew: poll.newDocuments,
  });
  return poll;
}

async function readFeed(fetched: FetchOk, poll: SourcePoll, deps: WatchDeps): Promise<string | null> {
  const feed = parseFeed(decodeText(fetched.body, fetched.contentType), poll.source.url);
  for (const item of feed.items) {
    deps.signal?.throwIfAborted();
    await readItem(item, poll, deps);
  }
  return feed.title || null;
}

async function readItem(item: FeedItem, poll: SourcePoll, deps: WatchDeps): Promise<void> {
  const { store } = deps;
  const keys = itemKeys(item, poll.source.url, poll.source.id);
  if (await store.hasSeen(keys)) return;
  poll.newItems++;
  let raw: RawDocument = itemDocument(item, poll.source.url);
  if (needsPage(item) && item.url) {
    try {
      raw = toRaw(await fetchPage(item.url, deps));
      poll.pagesRead++;
    } catch (error) {
      if (deps.signal?.aborted) throw error;
      const message = describe(error);
      poll.errors.push(message);
      // A page that may answer later is tried again next poll; one refused for good falls back to the summary.
      if (isTransient(error)) {
        poll.deferred++;
        return report(deps, poll, item, null, message);
      }
    }
  }
  let processed;
  try {
    processed = processDocument(raw, { ...deps.ctx, fallbackPublished: itemDay(item) });
  } catch (error) {
    // A document the reader or extractor cannot handle is skipped for good rather than blocking its feed.
    const message = `${raw.input}: ${describe(error)}`;
    poll.errors.push(message);
    await store.markSeen(keys, deps.ctx.now().toISOString());
    return report(deps, poll, item, null, message);
  }
  const result = await saveProcessed(store, processed, deps.ctx.now().toISOString(), keys);
  if (result.status === 'new') {
    poll.newDocuments++;
    poll.eventIds.push(...result.eventIds);
    poll.newEvents += result.newEvents;
  }
  report(deps, poll, item, result, null, processed.article.title);
}

async function readPage(fetched: FetchOk, poll: SourcePoll, deps: WatchDeps): Promise<string | null> {
  poll.pagesRead++;
  const processed = processDocument(toRaw(fetched), deps.ctx);
  const result = await saveProcessed(deps.store, processed, deps.ctx.now().toISOString());
  if (result.status === 'new') {
    poll.newItems++;
    poll.newDocuments++;
    poll.eventIds.push(...result.eventIds);
    poll.newEvents += result.newEvents;
  }
  return processed.article.title;
}

async function fetchPage(url: string, deps: WatchDeps): Promise<FetchOk> {
  const page = await deps.fetcher.fetch(url, { kind: 'page', signal: deps.signal });
  if (page.status !== 'ok') throw new Error(`fetch: unexpected 304 from ${url}`);
  return page;
}

function toRaw(fetched: FetchOk): RawDocument {
  return { input: fetched.url, bytes: fetched.body, contentType: fetched.contentType, url: fetched.url };
}

function report(
  deps: WatchDeps,
  poll: SourcePoll,
  item: FeedItem,
  result: SaveResult | null,
  error: string | null,
  title: string | null = item.title || null,
): void {
  deps.onItem?.({ source: poll.source, input: item.url ?? item.id, title, result, error });
}

async function failed(poll: SourcePoll, error: unknown, deps: WatchDeps): Promise<SourcePoll> {
  if (deps.signal?.aborted) throw error;
  const message = describe(error);
  const now = deps.ctx.now();
  const retryAfterMs = isFetchError(error) ? error.retryAfterMs : null;
  poll.status = 'failed';
  poll.errors.push(message);
  await deps.store.recordPoll(poll.source.id, {
    status: 'failed',
    at: now.toISOString(),
    nextPollAt: nextPollAfterFailure(poll.source, now, retryAfterMs),
    error: message,
  });
  return poll;
}

/** Worth another try later: a server error, a rate limit, a timeout or a dropped connection. */
function isTransient(error: unknown): boolean {
  if (!isFetchError(error) || error.code !== 'fetch_failed') return false;
  return error.httpStatus === null || error.httpStatus === 429 || error.httpStatus >= 500;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
}
