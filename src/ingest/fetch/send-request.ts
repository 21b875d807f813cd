// One HTTP GET on node:http/https, connected to an address that was checked beforehand (no second lookup).
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import type { ResolvedAddress } from './types.js';

export interface SendRequestOptions {
  readonly url: URL;
  /** The checked address the connection is pinned to. */
  readonly address: ResolvedAddress;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  /** Extra trusted CA certificates (PEM), added to Node's root store. */
  readonly extraCa?: readonly string[];
}

/** Resolves with the response once its headers arrive; the body is left to the caller. */
export function sendRequest(options: SendRequestOptions): Promise<IncomingMessage> {
  const { url, address, headers, signal } = options;
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  const isHttps = url.protocol === 'https:';
  const client = isHttps ? https : http;
  const ca = isHttps && options.extraCa?.length ? [...rootCertificates, ...options.extraCa] : undefined;
  return new Promise((resolve, reject) => {
    const requestOptions = { method: 'GET', headers, lookup: pinned, agent: false as const, signal, ca };
    const request = client.request(url, requestOptions, resolve);
    request.on('error', reject);
    request.end();
  });
}
