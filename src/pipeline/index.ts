// The pipeline: the only module that joins the stages (read → extract → resolve/store).
export { processDocument } from './process.js';
export type { ProcessContext, ProcessedDocument } from './process.js';
export { ingestDocuments } from './ingest.js';
export type { IngestContext, IngestedDocument, IngestProgress } from './ingest.js';
export { canonicalUrl, contentHash } from './fingerprint.js';
export { saveProcessed } from './ingest.js';
export { pollSource } from './poll-source.js';
export type { ItemOutcome, SourcePoll, WatchDeps } from './poll-source.js';
export { DEFAULT_SOURCE_CONCURRENCY, runRound, summariseRound } from './watch-round.js';
export type { RoundOptions, RoundSummary } from './watch-round.js';
export { isDue, MAX_BACKOFF_MS, nextPollAfterFailure, nextPollAfterSuccess } from './schedule.js';
export { FULL_CONTENT_MIN_CHARS, itemDocument, itemKeys, needsPage } from './feed-item.js';
