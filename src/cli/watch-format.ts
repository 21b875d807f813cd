// Human-readable output of following sources: the source table, one line per item or source, the round summary.
import type { ItemOutcome, RoundSummary, SourcePoll } from '../pipeline/index.js';
import { formatInterval, sourceHealth } from '../services/index.js';
import type { Source } from '../store/index.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSource(source: Source, now: Date): string {
  const health = sourceHealth(source);
  const head = `${health.padEnd(7)} ${source.kind.padEnd(4)} every ${formatInterval(source.intervalSeconds).padEnd(4)} ${source.url}`;
  const lines = [head];
  if (source.title) lines.push(`        ${source.title}`);
  const items = `${plural(source.itemsSeen, 'item')} seen, ${source.itemsNew} new documents`;
  const success = source.lastSuccessAt ? `last success ${source.lastSuccessAt}` : 'never polled successfully';
  lines.push(`        ${items}; ${success}`);
  if (health === 'failing' && source.failingSince) {
    const since = formatAge(now.getTime() - Date.parse(source.failingSince));
    lines.push(
      `        FAILING for ${since} (${plural(source.failures, 'failure')}): ${source.lastError ?? ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}h`;
  return `${Math.floor(minutes / 1440)}d`;
}

export function formatItem(item: ItemOutcome): string {
  if (item.error) return `error ${item.input}: ${item.error}\n`;
  const result = item.result;
  if (!result || result.status === 'duplicate') return `dup   ${item.input}\n`;
  const title = item.title ? ` — ${item.title}` : '';
  return `new   ${item.input}${title} (${plural(result.eventIds.length, 'event')})\n`;
}

export function formatPoll(poll: SourcePoll): string {
  const url = poll.source.url;
  if (poll.status === 'failed') return `failed ${url}: ${poll.errors[0] ?? 'unknown error'}\n`;
  if (poll.status === 'not_modified') return `polled ${url}: not modified\n`;
  return `polled ${url}: ${plural(poll.newItems, 'new item')}, ${plural(poll.pagesRead, 'page')} read\n`;
}

export function formatRound(summary: RoundSummary, seconds: number): string {
  const failed = summary.sourcesFailed ? ` (${summary.sourcesFailed} failed)` : '';
  return (
    `round: ${plural(summary.sourcesPolled, 'source')} polled${failed}, ${plural(summary.newItems, 'new item')}, ` +
    `${plural(summary.pagesRead, 'page')} read, ${plural(summary.newDocuments, 'new document')}, ` +
    `${plural(summary.eventsFound, 'event')} found (${summary.newEvents} new), ` +
    `${plural(summary.errors, 'error')} in ${seconds.toFixed(1)}s\n`
  );
}
