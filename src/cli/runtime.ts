// What the CLI gets from the composition root: streams, environment, clock and the store driver.
import type { Readable } from 'node:stream';
import type { FetcherSettings } from '../ingest/fetch/index.js';
import type { Store } from '../store/index.js';

export interface Output {
  write(text: string): unknown;
}

export interface Runtime {
  env: Record<string, string | undefined>;
  stdin: Readable;
  stdout: Output;
  stderr: Output;
  now: () => Date;
  openStore: (path: string) => Store;
  /** Resolves when the process is asked to stop (serve and watch wait on it). */
  stopSignal: () => Promise<void>;
  /** Fetcher settings on top of the defaults (tests: a fake clock, short timeouts). */
  fetchSettings?: Partial<FetcherSettings>;
  /** Is stderr a terminal? Then long runs show a progress bar on it. */
  stderrIsTTY?: boolean;
}
