// Joins the extraction steps: sentences → cut mentions → one event per company, main event first.
import type { Article, Extraction } from '../domain/index.js';

export interface ExtractContext {
  /** Publication date (YYYY-MM-DD) used to resolve "Wednesday", "last month"; overrides the page's own. */
  published: string | null;
}

export function extractLayoffs(article: Article, _ctx: ExtractContext): Extraction {
  void article;
  return { isLayoffReport: false, events: [] };
}
