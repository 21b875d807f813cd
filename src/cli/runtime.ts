// What the CLI gets from the composition root: streams, environment, clock and the store driver.
import type { Readable } from 'node:stream';
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
  /** Resolves when the process is asked to stop (serve waits on it). */
  stopSignal: () => Promise<void>;
}
