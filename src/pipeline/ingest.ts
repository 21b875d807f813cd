// Processes documents and stores what they produce, one transaction per document.
import type { NewDocument, SaveResult, Store } from '../store/index.js';
import type { RawDocument } from '../read/index.js';
import { canonicalUrl, contentHash } from './fingerprint.js';
import { processDocument } from './process.js';
import type { ProcessContext, ProcessedDocument } from './process.js';

export interface IngestContext extends ProcessContext {
  /** The clock: when a document was read. */
  now: () => Date;
}

export interface IngestedDocument {
  input: string;
  title: string | null;
  result: SaveResult;
}

export type IngestProgress = (document: IngestedDocument) => void;

/** Stores each document as it is processed; a failure leaves the earlier ones stored and whole. */
export async function ingestDocuments(
  store: Store,
  raws: readonly RawDocument[],
  ctx: IngestContext,
  onProgress: IngestProgress = () => {},
): Promise<IngestedDocument[]> {
  const ingested: IngestedDocument[] = [];
  for (const raw of raws) {
    const processed = processDocument(raw, ctx);
    const document = toNewDocument(processed, ctx.now().toISOString());
    const result = await store.saveDocument(document, processed.extraction.events);
    const item = { input: raw.input, title: processed.article.title, result };
    ingested.push(item);
    onProgress(item);
  }
  return ingested;
}

function toNewDocument(processed: ProcessedDocument, fetchedAt: string): NewDocument {
  const { raw, article, extraction } = processed;
  const url = article.url ?? raw.url ?? null;
  return {
    input: raw.input,
    url,
    canonicalUrl: canonicalUrl(url),
    contentHash: contentHash(article.text),
    title: article.title,
    published: processed.published,
    fetchedAt,
    isLayoffReport: extraction.isLayoffReport,
  };
}
