// Runs the stages of one document in order: read → extract. Pure: no database, no clock.
import type { Article, Extraction } from '../domain/index.js';
import { extractLayoffs } from '../nlp/index.js';
import { readDocument } from '../read/index.js';
import type { RawDocument } from '../read/index.js';

export interface ProcessContext {
  /** YYYY-MM-DD given by the user; wins over the page's own date. */
  published: string | null;
  /** Known company names that help extraction (resolve/known-companies). */
  knownCompanies?: ReadonlySet<string>;
}

export interface ProcessedDocument {
  raw: RawDocument;
  article: Article;
  /** The publication date extraction used: the given one, else the page's. */
  published: string | null;
  extraction: Extraction;
}

export function processDocument(raw: RawDocument, ctx: ProcessContext): ProcessedDocument {
  const article = readDocument(raw);
  const published = ctx.published ?? article.published;
  const extraction = extractLayoffs(article, { published, knownCompanies: ctx.knownCompanies });
  return { raw, article, published, extraction };
}
