// One HTTP GET on node:http/https, connected to an address that was checked beforehand (no second lookup).
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './types.js';

export interface SendRequestOptions {
  readonly url: URL;
  /** The checked address the connection is pinned to. */
  readonly address: ResolvedAddress;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
}

/** Resolves with the response once its headers arrive; the body is left to the caller. */
export function sendRequest(options: SendRequestOptions): Promise<IncomingMessage> {
  const { url, address, headers, signal } = options;
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: 'GET', headers, lookup: pinned, agent: false, signal },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}
