// Folds a new mention into the event it matched: keep what the event has, fill gaps, join lists.
import type { LayoffEvent } from '../domain/index.js';

/** The event after one more report of it; the first report's values win where both have one. */
export function mergeMention(event: LayoffEvent, mention: LayoffEvent): LayoffEvent {
  return {
    ...event,
    aliases: union(event.aliases, mention.aliases),
    parent: event.parent ?? mention.parent,
    headcount: event.headcount ?? mention.headcount,
    percent: event.percent ?? mention.percent,
    percentDetail: event.percentDetail ?? mention.percentDetail,
    workforce: event.workforce ?? mention.workforce,
    functions: union(event.functions, mention.functions),
    locations: union(event.locations, mention.locations),
    announced: event.announced ?? mention.announced,
    effective: event.effective ?? mention.effective,
    reason: event.reason ?? mention.reason,
    sources: union(event.sources, mention.sources),
    confidence: Math.max(event.confidence, mention.confidence),
    evidence: { ...mention.evidence, ...event.evidence },
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((item) => item.toLowerCase()));
  return [...a, ...b.filter((item) => !seen.has(item.toLowerCase()))];
}
