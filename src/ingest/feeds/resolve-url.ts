// Makes a link from a feed absolute; only http(s) links survive.

const WEB_SCHEMES = new Set(['http:', 'https:']);

export function resolveUrl(href: string | undefined | null, base: string | null): string | null {
  const trimmed = (href ?? '').trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return WEB_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A base URL for a subtree: xml:base resolved against the outer base, else the outer base. */
export function withBase(xmlBase: string | undefined, outer: string | null): string | null {
  if (!xmlBase) return outer;
  try {
    return new URL(xmlBase.trim(), outer ?? undefined).href;
  } catch {
    return outer;
  }
}
