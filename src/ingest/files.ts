// Loads what the user named — a file, a URL (through the polite fetcher) or "-" for stdin — as raw bytes.
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { PinkslipError } from '../domain/index.js';
import type { RawDocument } from '../read/index.js';
import { createFetcher } from './fetch/index.js';
import type { Fetcher } from './fetch/index.js';

let shared: Fetcher | undefined;
const defaultFetcher = (): Fetcher => (shared ??= createFetcher());

/** Inputs larger than this are refused rather than read into memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const URL_INPUT = /^https?:\/\//i;

/** Why a file could not be read, in words, by Node's error code. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'no such file',
};

export interface LoadOptions {
  stdin: Readable;
  /** The polite HTTP client for URL inputs; by default one with the default settings (private addresses refused). */
  fetcher?: () => Fetcher;
}

/** Loads every input before any is processed, so a bad name stops the batch before it writes. */
export async function loadInputs(inputs: readonly string[], options: LoadOptions): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for (const input of inputs) documents.push(await loadInput(input, options));
  return documents;
}

export async function loadInput(input: string, options: LoadOptions): Promise<RawDocument> {
  if (input === '-') return { input, bytes: await readStream(options.stdin) };
  if (URL_INPUT.test(input)) return fetchUrl(input, (options.fetcher ?? defaultFetcher)());
  return readPath(input);
}

async function readPath(path: string): Promise<RawDocument> {
  try {
    if ((await stat(path)).size > MAX_INPUT_BYTES) {
      throw new PinkslipError('input_too_large', `cannot read ${path}: larger than ${MAX_INPUT_BYTES} bytes`);
    }
    return { input: path, bytes: await readFile(path) };
  } catch (error) {
    if (error instanceof PinkslipError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FILE_ERRORS[code] ?? (error as Error).message;
    const errorCode = code === 'ENOENT' || code === 'ENOTDIR' ? 'input_not_found' : 'input_unreadable';
    throw new PinkslipError(errorCode, `cannot read ${path}: ${reason}`, { cause: error });
  }
}

async function fetchUrl(url: string, fetcher: Fetcher): Promise<RawDocument> {
  const page = await fetcher.fetch(url, { kind: 'page' });
  if (page.status !== 'ok') throw new PinkslipError('fetch_failed', `fetch: unexpected 304 from ${url}`);
  return { input: url, bytes: page.body, contentType: page.contentType, url: page.url };
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
