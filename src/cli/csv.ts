// Events as CSV (RFC 4180): one header line, one row per event, lists joined with "; ".
import type { StoredEvent } from '../store/index.js';

const COLUMNS: [string, (event: StoredEvent) => unknown][] = [
  ['id', (e) => e.id],
  ['company', (e) => e.company],
  ['aliases', (e) => e.aliases.join('; ')],
  ['parent', (e) => e.parent],
  ['headcount_exact', (e) => e.headcount?.exact],
  ['headcount_min', (e) => e.headcount?.min],
  ['headcount_max', (e) => e.headcount?.max],
  ['headcount_text', (e) => e.headcount?.text],
  ['percent', (e) => e.percent],
  ['functions', (e) => e.functions.join('; ')],
  ['locations', (e) => e.locations.join('; ')],
  ['announced', (e) => e.announced],
  ['effective', (e) => e.effective],
  ['status', (e) => e.status],
  ['kind', (e) => e.kind],
  ['reason', (e) => e.reason],
  ['sources', (e) => e.sources.join('; ')],
  ['confidence', (e) => e.confidence],
  ['first_seen', (e) => e.firstSeen],
  ['last_updated', (e) => e.lastUpdated],
];

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function eventsCsv(events: readonly StoredEvent[]): string {
  const lines = [
    COLUMNS.map(([name]) => name),
    ...events.map((e) => COLUMNS.map(([, get]) => csvCell(get(e)))),
  ];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
