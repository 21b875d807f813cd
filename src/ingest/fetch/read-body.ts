// Reads a response body through its Content-Encoding decoder, cutting it off past the size cap.
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, constants as zlib } from 'node:zlib';
import { DeflateDecoder } from './deflate-decoder.js';
import { FetchError } from './fetch-error.js';

/** Content codings we decode; identity needs no decoder. */
const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: () => createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH }),
  'x-gzip': () => createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH }),
  deflate: () => new DeflateDecoder(),
  br: () => createBrotliDecompress({ finishFlush: zlib.BROTLI_OPERATION_FLUSH }),
};

export interface ReadBodyOptions {
  readonly url: string;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

/** The decoded body. Throws input_too_large past maxBytes (decoded), fetch_failed on a bad encoding. */
export async function readBody(response: IncomingMessage, options: ReadBodyOptions): Promise<Uint8Array> {
  const { url, maxBytes } = options;
  const codings = (response.headers['content-encoding'] ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  // Stacked codings ("gzip, br") are legal but not seen in practice; one coding at most is decoded.
  const coding = codings[0];
  const makeDecoder = coding === undefined ? () => new PassThrough() : DECODERS[coding];
  if (codings.length > 1 || !makeDecoder) {
    response.destroy();
    throw new FetchError('fetch_failed', `fetch: unsupported content encoding ${codings.join(', ')}`, {
      url,
    });
  }
  const declared = Number(response.headers['content-length']);
  if (codings.length === 0 && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(url, maxBytes);
  }
  const decoder = makeDecoder();
  const chunks: Buffer[] = [];
  let total = 0;
  let overflow: FetchError | undefined;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw (overflow = tooLarge(url, maxBytes));
      chunks.push(chunk);
    }
  };
  try {
    await pipeline(response, decoder, collect, { signal: options.signal });
  } catch (error) {
    response.destroy();
    // pipeline may reject with a close error of its own once our consumer gave up: ours is the reason.
    if (overflow) throw overflow;
    if (error instanceof FetchError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (coding !== undefined && isZlibError(error)) {
      throw new FetchError('fetch_failed', `fetch: cannot decode ${coding} body`, {
        url,
        cause: error,
      });
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // zlib: Z_DATA_ERROR, Z_BUF_ERROR…; brotli: ERR__ERROR_FORMAT_…
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_'));
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError('input_too_large', `fetch: body over ${formatBytes(maxBytes)}`, { url });
}

export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb && bytes % mb === 0) return `${bytes / mb} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
