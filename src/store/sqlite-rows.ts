// Maps the event model to SQLite columns and back (lists and evidence as JSON text).
import type { EventKind, EventStatus, LayoffEvent } from '../domain/index.js';
import { companyKey } from '../resolve/index.js';
import type { StoredEvent } from './store.js';

export type Row = Record<string, unknown>;

/** The column names an event and a mention share, in table order. */
export const EVENT_COLUMNS = [
  'company',
  'company_key',
  'aliases',
  'parent',
  'headcount_exact',
  'headcount_min',
  'headcount_max',
  'headcount_text',
  'percent',
  'percent_detail',
  'workforce',
  'functions',
  'locations',
  'announced',
  'effective',
  'status',
  'kind',
  'reason',
  'sources',
  'confidence',
  'evidence',
] as const;

type EventColumn = (typeof EVENT_COLUMNS)[number];

export function eventParams(event: LayoffEvent): Record<EventColumn, unknown> {
  return {
    company: event.company,
    company_key: companyKey(event.company),
    aliases: JSON.stringify(event.aliases),
    parent: event.parent,
    headcount_exact: event.headcount?.exact ?? null,
    headcount_min: event.headcount?.min ?? null,
    headcount_max: event.headcount?.max ?? null,
    headcount_text: event.headcount?.text ?? null,
    percent: event.percent,
    percent_detail: event.percentDetail ? JSON.stringify(event.percentDetail) : null,
    workforce: event.workforce,
    functions: JSON.stringify(event.functions),
    locations: JSON.stringify(event.locations),
    announced: event.announced,
    effective: event.effective,
    status: event.status,
    kind: event.kind,
    reason: event.reason,
    sources: JSON.stringify(event.sources),
    confidence: event.confidence,
    evidence: JSON.stringify(event.evidence),
  };
}

export function rowToEvent(row: Row): StoredEvent {
  const text = (column: string) => (row[column] ?? null) as string | null;
  const num = (column: string) => (row[column] ?? null) as number | null;
  const json = <T>(column: string, empty: T): T =>
    row[column] ? (JSON.parse(String(row[column])) as T) : empty;
  const min = num('headcount_min');
  const max = num('headcount_max');
  return {
    id: Number(row.id),
    company: String(row.company),
    aliases: json('aliases', []),
    parent: text('parent'),
    headcount:
      min === null || max === null
        ? null
        : { exact: num('headcount_exact'), min, max, text: text('headcount_text') ?? '' },
    percent: num('percent'),
    percentDetail: json('percent_detail', null),
    workforce: num('workforce'),
    functions: json('functions', []),
    locations: json('locations', []),
    announced: text('announced'),
    effective: text('effective'),
    status: String(row.status) as EventStatus,
    kind: String(row.kind) as EventKind,
    reason: text('reason'),
    sources: json('sources', []),
    confidence: Number(row.confidence),
    evidence: json('evidence', {}),
    firstSeen: String(row.first_seen),
    lastUpdated: String(row.last_updated),
  };
}
