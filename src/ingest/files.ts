// Loads what the user named — a file, a URL or "-" for stdin — as raw bytes for the read stage.
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { PinkslipError } from '../domain/index.js';
import type { RawDocument } from '../read/index.js';

/** Inputs larger than this are refused rather than read into memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** How long a URL may take to answer. */
export const FETCH_TIMEOUT_MS = 30_000;

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
}

/** Loads every input before any is processed, so a bad name stops the batch before it writes. */
export async function loadInputs(inputs: readonly string[], options: LoadOptions): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for (const input of inputs) documents.push(await loadInput(input, options));
  return documents;
}

export async function loadInput(input: string, options: LoadOptions): Promise<RawDocument> {
  if (input === '-') return { input, bytes: await readStream(options.stdin) };
  if (URL_INPUT.test(input)) return fetchUrl(input);
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

async function fetchUrl(url: string): Promise<RawDocument> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error;
    throw new PinkslipError('fetch_failed', `fetch: cannot fetch ${url}: ${String(reason)}`, {
      cause: error,
    });
  }
  if (!response.ok) throw new PinkslipError('fetch_failed', `fetch: ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new PinkslipError('input_too_large', `fetch: ${url}: body over ${MAX_INPUT_BYTES} bytes`);
  }
  return { input: url, bytes, contentType: response.headers.get('content-type'), url: response.url || url };
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
