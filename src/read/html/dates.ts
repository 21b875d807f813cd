// Dates as pages write them → ISO dates (YYYY-MM-DD), without time zones: the date the publisher printed.

/** Years outside this range are not publication dates (copyright lines, typos, epoch zero). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Month names and abbreviations, English first, then common European languages. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

const MONTH_WORD = '([a-zäéû]{3,10})\\.?';
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/;
const SLASH_YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const SLASH_DMY = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(
  `(?<![a-z])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'i',
);

/** Date parts in URLs: /2024/04/03/, /2024-04-03/, /20240403/. */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/,
];

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
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    if (m !== null) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date !== null) return date;
    }
  }
  return null;
}
