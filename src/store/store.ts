// The Store contract every database driver implements; async so a networked driver fits.
import type { LayoffEvent } from '../domain/index.js';

/** A document as stored: where it came from, its content hash and what extraction said about it. */
export interface NewDocument {
  input: string;
  url: string | null;
  /** The URL reduced for comparison (no fragment, no tracking parameters); null for files. */
  canonicalUrl: string | null;
  /** sha256 (hex) of the normalised main text. */
  contentHash: string;
  title: string | null;
  published: string | null;
  /** ISO timestamp of when the document was read; also first_seen/last_updated of its events. */
  fetchedAt: string;
  isLayoffReport: boolean;
}

/** One real-world cut as stored, built from one or more mentions. */
export interface StoredEvent extends LayoffEvent {
  id: number;
  firstSeen: string;
  lastUpdated: string;
}

/** A document an event was read from. */
export interface EventDocument {
  id: number;
  input: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface EventDetail extends StoredEvent {
  documents: EventDocument[];
}

export interface EventFilter {
  /** Name or alias, or part of one, case-insensitive. */
  company?: string | undefined;
  /** Announced (or, when unknown, first seen) on or after this day, YYYY-MM-DD. */
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
}

/** Saving is idempotent: the same URL or the same text a second time is a duplicate, not an error. */
export type SaveResult =
  | { status: 'new'; documentId: number; eventIds: number[]; newEvents: number }
  | { status: 'duplicate'; documentId: number };

export interface Store {
  /** Stores a document and its mentions in one transaction: all of it or nothing. */
  saveDocument(document: NewDocument, mentions: readonly LayoffEvent[]): Promise<SaveResult>;
  /** Newest first (by announced day, then id). */
  listEvents(filter: EventFilter): Promise<StoredEvent[]>;
  getEvent(id: number): Promise<EventDetail | null>;
  close(): Promise<void>;
}
