// Reads dates in a sentence with chrono-node and resolves them against the publication date.
import { matchesIn } from '../lib/regexp.js';
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
/**
 * A day without a year at most this far after the publication date is ahead ("layoffs will begin Nov. 15"
 * in September); further on it is last year's ("on Dec. 20" in a January story).
 */
export const MAX_DAYS_AHEAD = 183;

/** chrono's parsers that read a day (not a time of day, not a span): the rest only cost time here. */
export const DAY_PARSERS: ReadonlySet<string> = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENCasualDateParser',
]);
/** chrono's refiners that matter for those results: the others handle times, time zones and relative spans. */
export const DAY_REFINERS: ReadonlySet<string> = new Set([
  'OverlapRemovalRefiner',
  'MergeWeekdayComponentRefiner',
  'UnlikelyFormatFilter',
  'ENUnlikelyFormatFilter',
  'ENMergeDateRangeRefiner',
]);
const dayParser = chrono.casual.clone();
dayParser.parsers = dayParser.parsers.filter((p) => DAY_PARSERS.has(p.constructor.name));
dayParser.refiners = dayParser.refiners.filter((r) => DAY_REFINERS.has(r.constructor.name));
/** Only sentences with one of these words can hold a date chrono reads; the rest skip the parser (it is slow). */
const DATE_HINTS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|tonight|this morning)\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b/gi;

/** chrono's day-level parsers of one language's model. */
function dayModel(model: chrono.Chrono): chrono.Chrono {
  const parser = model.clone();
  parser.parsers = parser.parsers.filter((p) =>
    /Weekday|CasualDate|MonthName|YearMonthDay|ISOFormat|SlashDate/.test(p.constructor.name),
  );
  return parser;
}

/** Day words of the other languages read, each with its model (looked for only where no English one is). */
const FOREIGN_DAYS: readonly { hints: RegExp; parser: chrono.Chrono }[] = [
  {
    hints: /\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute)/gi,
    parser: dayModel(chrono.de.casual),
  },
  {
    hints: /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)/gi,
    parser: dayModel(chrono.fr.casual),
  },
  {
    hints: /\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy)/gi,
    parser: dayModel(chrono.es.casual),
  },
  {
    hints: /\b(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi)/gi,
    parser: dayModel(chrono.it.casual),
  },
];
const DAY_MODELS = [{ hints: DATE_HINTS, parser: dayParser }, ...FOREIGN_DAYS];
/** Words for a day relative to publication that chrono reads. */
const RELATIVE_DAY =
  /\b(?:today|yesterday|tonight|this morning|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri)\b/i;

/** YYYY-MM-DD of a UTC date (toISOString is slow, and only the day is wanted). */
function iso(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

let lastPublished: string | null = null;
let lastReference: Date | null = null;
/** Noon of the publication day; the last one is kept, as parsing a date string is slow. */
function referenceOf(published: string): Date {
  if (published !== lastPublished || !lastReference) {
    lastPublished = published;
    lastReference = new Date(`${published}T12:00:00Z`);
  }
  return lastReference;
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
/** Characters of context around a date word handed to chrono ("on Nov. 16, 2009,"). */
export const DATE_WINDOW = 24;

/** Short spans around the date words of a sentence: chrono's cost grows with the text it reads. */
function dateWindows(sentence: string, hints: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of matchesIn(hints, sentence)) {
    let from = Math.max(0, m.index - DATE_WINDOW);
    let to = Math.min(sentence.length, m.index + m[0].length + DATE_WINDOW);
    while (from > 0 && /\S/.test(sentence[from - 1] ?? '')) from--;
    while (to < sentence.length && /\S/.test(sentence[to] ?? '')) to++;
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

export function findDates(sentence: string, published: string | null): DateMention[] {
  const reference = published ? referenceOf(published) : null;
  const option = reference ? { instant: reference, timezone: 0 } : undefined;
  // English first; in an article in German, French, Spanish or Italian that language's words and model.
  let results: chrono.ParsedResult[] = [];
  for (const { hints, parser } of DAY_MODELS) {
    results = dateWindows(sentence, hints).flatMap(([from, to]) =>
      parser.parse(sentence.slice(from, to), option).map((r) => Object.assign(r, { index: r.index + from })),
    );
    if (results.length) break;
  }
  const out: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    let date: Date;
    if (s.isCertain('day') && s.isCertain('month')) {
      if (!reference && !/\b(?:1[89]|20)\d\d\b/.test(r.text)) continue;
      date = new Date(Date.UTC(s.get('year') ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12));
      if (
        reference &&
        !s.isCertain('year') &&
        date.getTime() > reference.getTime() + MAX_DAYS_AHEAD * DAY_MS
      ) {
        date = new Date(Date.UTC((s.get('year') ?? 0) - 1, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12));
      }
    } else if (s.isCertain('weekday') && reference) {
      date = lastWeekday(reference, s.get('weekday') ?? 0);
    } else if (reference && RELATIVE_DAY.test(r.text)) {
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
