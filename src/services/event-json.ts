// The public JSON shape of events and documents: snake_case keys, the same in CLI and API.
import type { Article, LayoffEvent } from '../domain/index.js';
import type { ProcessedDocument } from '../pipeline/index.js';
import type { EventDetail, StoredEvent } from '../store/index.js';

export type Json = Record<string, unknown>;

export function eventJson(event: LayoffEvent): Json {
  return {
    company: event.company,
    aliases: event.aliases,
    parent: event.parent,
    headcount: event.headcount,
    percent: event.percent,
    percent_detail: event.percentDetail,
    workforce: event.workforce,
    functions: event.functions,
    locations: event.locations,
    announced: event.announced,
    effective: event.effective,
    status: event.status,
    kind: event.kind,
    reason: event.reason,
    sources: event.sources,
    confidence: event.confidence,
    evidence: event.evidence,
  };
}

export function storedEventJson(event: StoredEvent): Json {
  return { id: event.id, ...eventJson(event), first_seen: event.firstSeen, last_updated: event.lastUpdated };
}

export function eventDetailJson(event: EventDetail): Json {
  return { ...storedEventJson(event), documents: event.documents };
}

/** One line of `pinkslip extract --json`. */
export function extractionJson(document: ProcessedDocument): Json {
  return {
    input: document.raw.input,
    title: document.article.title,
    published: document.published,
    is_layoff_report: document.extraction.isLayoffReport,
    events: document.extraction.events.map(eventJson),
  };
}

/** One line of `pinkslip text --json`. */
export function articleJson(article: Article): Json {
  return {
    input: article.input,
    title: article.title,
    published: article.published,
    byline: article.byline,
    publisher: article.publisher,
    url: article.url,
    language: article.language,
    text: article.text,
  };
}
