// Feed dates (RFC 3339 / ISO 8601 and RFC 822 with the usual deviations) → ISO 8601 UTC, or null.

/** Named zones seen in RSS dates, in minutes east of UTC. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  IST: 330,
  JST: 540,
  AEST: 600,
  AEDT: 660,
};

const MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// "Wed, 02 Oct 2002 13:00:00 GMT", "2 Oct 2002 13:00 +0200", "Wednesday, 02-Oct-02 13:00:00 EST"
const RFC822_DATE =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([+-]\d{2}:?\d{2})|([a-z]{1,5}))?/i;

export function parseFeedDate(value: string | undefined | null): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  return parseIso(text) ?? parseRfc822(text);
}

function parseIso(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const ms = Number((frac + '000').slice(0, 3));
  return build(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms, zoneOffset(zone));
}

function parseRfc822(text: string): string | null {
  const m = RFC822_DATE.exec(text);
  if (!m) return null;
  const [, d, monthName = '', yearText = '', h = '0', mi = '0', s = '0', numericZone, namedZone] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(numericZone ?? namedZone ?? 'Z');
  return build(year, month, Number(d), Number(h), Number(mi), Number(s), 0, offset);
}

/** Minutes east of UTC; unknown names count as UTC. */
function zoneOffset(zone: string): number {
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
) {
  if (mo < 1 || mo > 12 || h > 24 || mi > 59 || s > 60 || !isRealDay(y, mo, d)) return null;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function isRealDay(y: number, mo: number, d: number): boolean {
  return d >= 1 && new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}
