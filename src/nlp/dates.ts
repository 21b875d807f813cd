// Reads dates in a sentence with chrono-node and resolves them against the publication date.
import * as chrono from 'chrono-node';

export interface DateMention {
  /** ISO date YYYY-MM-DD. */
  date: string;
  start: number;
  end: number;
  /** After the publication date: an effective date, not the announcement. */
  future: boolean;
}

const DAY_MS = 86_400_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The most recent given weekday on or before the reference day ("said Wednesday" in Thursday's paper). */
function lastWeekday(reference: Date, weekday: number): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() - back * DAY_MS);
}

/**
 * Day-precise dates in the sentence. Without a publication date only dates that state their year count;
 * with one, weekdays and relative days ("yesterday") resolve against it.
 */
export function findDates(sentence: string, published: string | null): DateMention[] {
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const results = chrono.parse(sentence, reference ? { instant: reference, timezone: 0 } : undefined);
  const out: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    let date: Date;
    if (s.isCertain('day') && s.isCertain('month')) {
      if (!reference && !/\b(?:1[89]|20)\d\d\b/.test(r.text)) continue;
      date = new Date(Date.UTC(s.get('year') ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12));
      if (reference && !s.isCertain('year') && date.getTime() > reference.getTime() + 30 * DAY_MS) {
        date = new Date(Date.UTC((s.get('year') ?? 0) - 1, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12));
      }
    } else if (s.isCertain('weekday') && reference) {
      date = lastWeekday(reference, s.get('weekday') ?? 0);
    } else if (reference && /\b(today|yesterday|tonight|this morning)\b/i.test(r.text)) {
      date = s.date();
    } else continue;
    out.push({
      date: iso(date),
      start: r.index,
      end: r.index + r.text.length,
      future: reference !== null && date.getTime() > reference.getTime() + DAY_MS / 2,
    });
  }
  return out;
}
