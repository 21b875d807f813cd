// Scores extraction against the labelled corpus (../shared/corpus/LABELS.md), field by field.
import { z } from 'zod';
import type { Extraction, LayoffEvent } from '../src/domain/index.js';
import { isSameCompany } from '../src/resolve/index.js';

/** A labelled article with this many events or more is a round-up: its main company need only be found. */
export const ROUND_UP_EVENTS = 3;
export const PERCENT_TOLERANCE = 0.5;
export const ANNOUNCED_TOLERANCE_DAYS = 1;

const labelEventSchema = z.object({
  company: z.string(),
  aliases: z.array(z.string()).default([]),
  headcount: z.object({ exact: z.number().nullable(), min: z.number(), max: z.number() }).nullable(),
  percent: z.number().nullable(),
  announced: z.string().nullable(),
});
export const labelSchema = z.object({
  published: z.string().nullable(),
  is_layoff_report: z.boolean(),
  events: z.array(labelEventSchema),
});
export type Label = z.infer<typeof labelSchema>;
type LabelEvent = z.infer<typeof labelEventSchema>;

/** What one article scored; a field is undefined when the article does not count for it. */
export interface ArticleScore {
  expectedReport: boolean;
  gotReport: boolean;
  company?: boolean;
  eventsFound: number;
  eventsLabelled: number;
  headcount?: boolean;
  percent?: boolean;
  announced?: boolean;
  /** Human-readable misses: "field: expected … got …". */
  misses: string[];
}

const names = (event: { company: string; aliases: string[] }) => [event.company, ...event.aliases];
const found = (label: LabelEvent, events: readonly LayoffEvent[]) =>
  events.find((event) => isSameCompany(names(label), names(event))) ?? null;

export function scoreArticle(label: Label, got: Extraction): ArticleScore {
  const score: ArticleScore = {
    expectedReport: label.is_layoff_report,
    gotReport: got.isLayoffReport,
    eventsFound: label.events.filter((event) => found(event, got.events)).length,
    eventsLabelled: label.events.length,
    misses: [],
  };
  if (score.expectedReport !== score.gotReport) {
    score.misses.push(`report: expected ${score.expectedReport} got ${score.gotReport}`);
  }
  const [main] = label.events;
  if (!label.is_layoff_report || !main) return score;
  const ours = found(main, got.events);
  const first = got.events[0] ?? null;
  score.company = label.events.length >= ROUND_UP_EVENTS ? ours !== null : first !== null && ours === first;
  if (!score.company) score.misses.push(`company: expected ${main.company} got ${first?.company ?? 'none'}`);
  if (score.eventsFound < score.eventsLabelled) {
    score.misses.push(`events: found ${score.eventsFound} of ${score.eventsLabelled}`);
  }
  const checks = [
    [
      'headcount',
      headcountAgrees(main.headcount, ours?.headcount ?? null),
      range(main.headcount),
      range(ours?.headcount ?? null),
    ],
    ['percent', percentAgrees(main.percent, ours?.percent ?? null), main.percent, ours?.percent ?? null],
    [
      'announced',
      dateAgrees(main.announced, ours?.announced ?? null),
      main.announced,
      ours?.announced ?? null,
    ],
  ] as const;
  for (const [field, agrees, expected, actual] of checks) {
    score[field] = ours !== null && agrees;
    if (!score[field]) score.misses.push(`${field}: expected ${expected} got ${ours ? actual : 'no event'}`);
  }
  return score;
}

type Range = { exact: number | null; min: number; max: number } | null;

export function headcountAgrees(label: Range, got: Range): boolean {
  if (!label || !got) return label === got;
  const overlap = label.min <= got.max && got.min <= label.max;
  return overlap && (label.exact === null || label.exact === got.exact);
}

export function percentAgrees(label: number | null, got: number | null): boolean {
  if (label === null || got === null) return label === got;
  return Math.abs(label - got) <= PERCENT_TOLERANCE;
}

export function dateAgrees(label: string | null, got: string | null): boolean {
  if (label === null || got === null) return label === got;
  const days = Math.abs(Date.parse(label) - Date.parse(got)) / 86_400_000;
  return days <= ANNOUNCED_TOLERANCE_DAYS;
}

function range(headcount: Range): string {
  if (!headcount) return 'null';
  return headcount.exact !== null ? String(headcount.exact) : `${headcount.min}–${headcount.max}`;
}
