// Refuses hosts that resolve to this machine, the local network or a cloud metadata service (SSRF guard).
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { FetchError } from './fetch-error.js';
import type { ResolvedAddress, Resolver } from './types.js';

/** Metadata endpoints outside the ranges below (most are link-local or private already). */
export const METADATA_ADDRESSES: readonly string[] = [
  '168.63.129.16', // Azure wire server
  '100.100.100.200', // Alibaba Cloud (also CGNAT)
  '192.0.0.192', // Oracle Cloud (also reserved)
  '169.254.169.254', // AWS, GCP, Azure, DigitalOcean… (also link-local)
  'fd00:ec2::254', // AWS over IPv6 (also unique local)
];

/** ipaddr.js range names that are public unicast. Every other range is refused. */
const PUBLIC_RANGES = new Set(['unicast']);

/** NAT64 prefix: the IPv4 address inside decides. */
const NAT64 = ipaddr.IPv6.parse('64:ff9b::');

/** The reason an address is refused ('loopback', 'private', 'linkLocal', 'metadata', …), or null if public. */
export function classifyAddress(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'invalid';
  }
  if (METADATA_ADDRESSES.some((m) => ipaddr.process(m).toString() === ip.toString())) return 'metadata';
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).match(NAT64, 96)) {
    const bytes = (ip as ipaddr.IPv6).toByteArray().slice(12);
    return classifyAddress(bytes.join('.'));
  }
  const range = ip.range();
  return PUBLIC_RANGES.has(range) ? null : range;
}

export const systemResolver: Resolver = async (hostname) => {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
};

/**
 * Resolves the URL's host and returns the address to connect to. Throws fetch_refused when any address
 * is not public (unless allowPrivate), fetch_failed when the name does not resolve.
 */
export async function resolvePublicAddress(
  url: URL,
  resolve: Resolver,
  allowPrivate: boolean,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (cause) {
      throw new FetchError('fetch_failed', `fetch: cannot resolve ${host}`, { url: url.href, cause });
    }
  }
  const first = addresses[0];
  if (!first) throw new FetchError('fetch_failed', `fetch: no address for ${host}`, { url: url.href });
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = classifyAddress(address);
      if (reason) {
        throw new FetchError(
          'fetch_refused',
          `fetch: refused private address ${address} for ${host} (${reason})`,
          {
            url: url.href,
          },
        );
      }
    }
  }
  return first;
}
