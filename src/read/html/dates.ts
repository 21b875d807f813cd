// Dates as pages write them → ISO dates (YYYY-MM-DD), without time zones: the date the publisher printed.

/** Years outside this range are not publication dates (copyright lines, typos, epoch zero). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Month names and abbreviations, English first, then common European languages. */
export const MONTHS: Readonly<Record<string, number>> = monthTable([
  // English
  'january|jan',
  'february|feb',
  'march|mar',
  'april|apr',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sept|sep',
  'october|oct',
  'november|nov',
  'december|dec',
  // German, French, Spanish, Portuguese, Italian, Dutch
  'januar|janvier|enero|janeiro|gennaio|januari|jänner',
  'februar|février|febrero|fevereiro|febbraio|februari',
  'märz|mars|marzo|março|maart',
  'avril|abril|aprile',
  'mai|mayo|maio|maggio|mei',
  'juni|juin|junio|junho|giugno',
  'juli|juillet|julio|julho|luglio',
  'août|agosto|augustus',
  'septembre|septiembre|setembro|settembre',
  'oktober|octobre|octubre|outubro|ottobre',
  'novembre|noviembre|novembro',
  'dezember|décembre|diciembre|dezembro|dicembre',
]);

function monthTable(rows: readonly string[]): Record<string, number> {
  const table: Record<string, number> = {};
  const english = 12;
  rows.forEach((row, i) => {
    for (const name of row.split('|')) table[name] = (i % english) + 1;
  });
  return table;
}

const MONTH_WORD = '(\\p{L}{3,10})\\.?';
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/;
const SLASH_YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const SLASH_DMY = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(
  `(?<!\\p{L})${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'iu',
);

/** Date parts in URLs: /2024/04/03/, /2024-04-03/, /20240403/. */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/,
];

/** A month name in the path: /2019/nov/18/. */
const URL_NAMED_MONTH = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/i;

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

/** The first date written in `text`, as YYYY-MM-DD; numeric day/month order follows the US unless the day is > 12. */
export function parseDate(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const value = text.trim();
  if (value === '') return null;
  let m = ISO_DATE.exec(value);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT_DATE.exec(value);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH_YMD.exec(value);
  if (m !== null) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(value);
  const month1 = m === null ? undefined : monthNumber(m[1] as string);
  if (m !== null && month1 !== undefined) return isoDate(Number(m[3]), month1, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(value);
  const month2 = m === null ? undefined : monthNumber(m[2] as string);
  if (m !== null && month2 !== undefined) return isoDate(Number(m[3]), month2, Number(m[1]));
  m = SLASH_DMY.exec(value);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? isoDate(Number(m[3]), b, a) : isoDate(Number(m[3]), a, b);
  }
  return null;
}

export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const named = URL_NAMED_MONTH.exec(path);
  const namedMonth = named === null ? undefined : monthNumber(named[2] as string);
  if (named !== null && namedMonth !== undefined) {
    const date = isoDate(Number(named[1]), namedMonth, Number(named[3]));
    if (date !== null) return date;
  }
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    if (m !== null) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date !== null) return date;
    }
  }
  return null;
}
