// Human-readable output of the CLI: extraction summaries, event lines and ingest results.
import type { Article, LayoffEvent } from '../domain/index.js';
import type { IngestedDocument, ProcessedDocument } from '../pipeline/index.js';
import type { IngestSummary } from '../services/index.js';
import type { StoredEvent } from '../store/index.js';

export function formatHeadcount(event: LayoffEvent): string {
  const { headcount } = event;
  if (!headcount) return 'size unknown';
  if (headcount.exact !== null) return `${headcount.exact} (“${headcount.text}”)`;
  return `${headcount.min}–${headcount.max} (“${headcount.text}”)`;
}

function formatEvent(event: LayoffEvent): string {
  const parts = [formatHeadcount(event)];
  if (event.percent !== null)
    parts.push(`${event.percent}%${event.percentDetail?.derived ? ' (derived)' : ''}`);
  parts.push(`announced ${event.announced ?? 'unknown'}`, event.status);
  const lists: [string, string[]][] = [
    ['aliases', event.aliases],
    ['teams', event.functions],
    ['places', event.locations],
    ['sources', event.sources],
  ];
  const details = lists
    .filter(([, items]) => items.length)
    .map(([name, items]) => `${name}: ${items.join(', ')}`);
  const parent = event.parent ? ` (part of ${event.parent})` : '';
  return [
    `  • ${event.company}${parent}: ${parts.join(', ')}`,
    ...details.map((line) => `      ${line}`),
  ].join('\n');
}

export function formatExtraction({ raw, article, published, extraction }: ProcessedDocument): string {
  const title = article.title ? ` — ${article.title}` : '';
  const verdict = extraction.isLayoffReport ? 'layoff report' : 'not a layoff report';
  const count = `${extraction.events.length} event${extraction.events.length === 1 ? '' : 's'}`;
  const lines = [`${raw.input}${title}`, `  published ${published ?? 'unknown'}; ${verdict}; ${count}`];
  return [...lines, ...extraction.events.map(formatEvent)].join('\n') + '\n\n';
}

export function formatArticle(article: Article): string {
  const meta = (['title', 'published', 'byline', 'publisher', 'url', 'language'] as const)
    .filter((key) => article[key])
    .map((key) => `${key}: ${article[key]}`);
  return [`== ${article.input}`, ...meta, '', article.text, ''].join('\n') + '\n';
}

export function formatStoredEvent(event: StoredEvent): string {
  const sources = event.sources.length ? `  [${event.sources.join(', ')}]` : '';
  return `#${event.id}  ${event.announced ?? '(undated)  '}  ${event.company}  ${formatHeadcount(event)}${sources}\n`;
}

export function formatIngested({ input, result }: IngestedDocument): string {
  if (result.status === 'duplicate')
    return `duplicate  ${input} (already stored as document ${result.documentId})\n`;
  const events = result.eventIds.length;
  return `new        ${input} (${events} event${events === 1 ? '' : 's'})\n`;
}

export function formatIngestSummary(summary: IngestSummary): string {
  const total = summary.documents.length;
  return (
    `ingested ${total} document${total === 1 ? '' : 's'}: ${summary.newDocuments} new, ` +
    `${summary.duplicates} duplicate; events: ${summary.events} reported, ${summary.newEvents} new\n`
  );
}
