// One spelling per link, for "have we seen this item?": no tracking parameters, fragment or default port.

/** Query parameters that only say where a click came from. Exact names, lower case. */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'sr_share',
  'ref_src',
  'ref_url',
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
];

/** Prefixes of tracking parameter families (utm_source, utm_medium, …). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hmb_', 'at_'];

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/**
 * Canonical form of an http(s) URL: lower-case scheme and host, no default port, no fragment,
 * no tracking parameters (other parameters keep their order), "/" for an empty path.
 * Anything that is not an absolute http(s) URL comes back trimmed but otherwise unchanged.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (!(parsed.protocol in DEFAULT_PORTS)) return trimmed;
  parsed.hash = '';
  if (parsed.port === DEFAULT_PORTS[parsed.protocol]) parsed.port = '';
  parsed.hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');
  // Filter the raw pairs so the parameters we keep keep their own encoding.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pairName(pair)));
  parsed.search = kept.join('&');
  return parsed.href;
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.includes(lower) || TRACKING_PARAM_PREFIXES.some((p) => lower.startsWith(p));
}

function pairName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
