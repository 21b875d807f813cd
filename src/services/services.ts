// The use cases shared by the CLI and the API: read, extract, ingest, list and get events.
import type { Readable } from 'node:stream';
import type { Article } from '../domain/index.js';
import { loadInputs } from '../ingest/files.js';
import { ingestDocuments, processDocument } from '../pipeline/index.js';
import type { IngestedDocument, IngestProgress, ProcessedDocument } from '../pipeline/index.js';
import { readDocument } from '../read/index.js';
import type { EventDetail, EventFilter, Store, StoredEvent } from '../store/index.js';

/** What the use cases need from the outside world. */
export interface ServiceContext {
  stdin: Readable;
  now: () => Date;
}

export interface InputOptions {
  published: string | null;
}

export interface IngestSummary {
  documents: IngestedDocument[];
  newDocuments: number;
  duplicates: number;
  newEvents: number;
  /** Events the new documents were linked to (new or already stored). */
  events: number;
}

/** Reads every input into an Article (no extraction, no database). */
export async function readInputs(inputs: readonly string[], ctx: ServiceContext): Promise<Article[]> {
  return (await loadInputs(inputs, ctx)).map((raw) => readDocument(raw));
}

/** Reads and extracts every input, in input order, without a database. */
export async function extractInputs(
  inputs: readonly string[],
  options: InputOptions,
  ctx: ServiceContext,
): Promise<ProcessedDocument[]> {
  return (await loadInputs(inputs, ctx)).map((raw) => processDocument(raw, options));
}

export interface EventServices {
  ingest(
    inputs: readonly string[],
    options: InputOptions,
    onProgress?: IngestProgress,
  ): Promise<IngestSummary>;
  listEvents(filter: EventFilter): Promise<StoredEvent[]>;
  getEvent(id: number): Promise<EventDetail | null>;
}

export function createEventServices(store: Store, ctx: ServiceContext): EventServices {
  return {
    async ingest(inputs, options, onProgress) {
      const raws = await loadInputs(inputs, ctx);
      const documents = await ingestDocuments(store, raws, { ...options, now: ctx.now }, onProgress);
      return summarise(documents);
    },
    listEvents: (filter) => store.listEvents(filter),
    getEvent: (id) => store.getEvent(id),
  };
}

function summarise(documents: IngestedDocument[]): IngestSummary {
  const events = new Set<number>();
  let newEvents = 0;
  for (const { result } of documents) {
    if (result.status !== 'new') continue;
    result.eventIds.forEach((id) => events.add(id));
    newEvents += result.newEvents;
  }
  const newDocuments = documents.filter((document) => document.result.status === 'new').length;
  return {
    documents,
    newDocuments,
    duplicates: documents.length - newDocuments,
    newEvents,
    events: events.size,
  };
}
