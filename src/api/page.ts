// The plain server-rendered HTML page that lists events (the dashboard proper comes later).
import type { StoredEvent } from '../store/index.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function headcountText(event: StoredEvent): string {
  const { headcount } = event;
  if (!headcount) return '';
  const range =
    headcount.exact ??
    (headcount.min === headcount.max ? headcount.min : `${headcount.min}–${headcount.max}`);
  return headcount.text ? `${range} (${headcount.text})` : String(range);
}

function row(event: StoredEvent): string {
  const cells = [
    event.announced ?? '',
    event.company,
    headcountText(event),
    event.percent === null ? '' : `${event.percent}%`,
    event.functions.join(', '),
    event.locations.join(', '),
    event.sources.join(', '),
  ];
  const link = `<a href="/api/events/${event.id}">${event.id}</a>`;
  return `<tr><td>${link}</td>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

export function renderEventsPage(events: readonly StoredEvent[]): string {
  const body = events.length
    ? `<table>
<thead><tr><th>#</th><th>Announced</th><th>Company</th><th>Headcount</th><th>Share</th><th>Teams</th><th>Places</th><th>Sources</th></tr></thead>
<tbody>
${events.map(row).join('\n')}
</tbody>
</table>`
    : '<p>No events yet. Run <code>pinkslip ingest FILE...</code> to add some.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>pinkslip — layoffs</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}</style>
</head>
<body>
<h1>pinkslip — layoffs</h1>
${body}
</body>
</html>
`;
}
