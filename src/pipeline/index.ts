// The pipeline: the only module that joins the stages (read → extract → resolve/store).
export { processDocument } from './process.js';
export type { ProcessContext, ProcessedDocument } from './process.js';
export { ingestDocuments } from './ingest.js';
export type { IngestContext, IngestedDocument, IngestProgress } from './ingest.js';
export { canonicalUrl, contentHash } from './fingerprint.js';
