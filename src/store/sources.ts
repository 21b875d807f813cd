// The part of the Store contract that follows sources: subscriptions, their poll record and the items seen.

export type SourceKind = 'feed' | 'page';

export interface NewSource {
  url: string;
  kind: SourceKind;
  title: string | null;
  intervalSeconds: number;
  /** ISO timestamp. */
  addedAt: string;
}

/** A followed feed or page with the record of its polls. Times are ISO timestamps or null. */
export interface Source extends NewSource {
  id: number;
  etag: string | null;
  lastModified: string | null;
  /** Not polled before this time (the interval, a backoff or a server's Retry-After); null: due now. */
  nextPollAt: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** When the current run of failures started; null while the source works. */
  failingSince: string | null;
  /** Failed polls in a row. */
  failures: number;
  /** Items the source listed that were new to us, and of those the ones stored as new documents. */
  itemsSeen: number;
  itemsNew: number;
}

export type AddSourceResult = { status: 'added' | 'exists'; source: Source };

/** What one poll of a source ended with. */
export type PollRecord =
  | {
      status: 'ok';
      at: string;
      nextPollAt: string;
      etag: string | null;
      lastModified: string | null;
      title: string | null;
      itemsSeen: number;
      itemsNew: number;
    }
  | { status: 'not_modified'; at: string; nextPollAt: string }
  | { status: 'failed'; at: string; nextPollAt: string; error: string };

/** An item of a feed (or a version of a page) as remembered: any of its keys marks it seen. */
export interface SeenItem {
  sourceId: number | null;
  canonicalUrl: string | null;
  guid: string | null;
  contentHash: string | null;
}
