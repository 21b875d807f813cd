// Politeness per host: at most N requests in flight and a minimum gap between request starts.
import type { Clock } from './types.js';

interface HostState {
  active: number;
  readonly waiting: (() => void)[];
  /** Earliest time (clock ms) the next request may start. */
  nextStart: number;
  /** Per-host gap, raised by a robots.txt Crawl-delay. */
  delayMs: number;
}

export interface HostGateSettings {
  readonly concurrency: number;
  readonly delayMs: number;
  readonly clock: Clock;
}

export class HostGate {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly settings: HostGateSettings) {}

  /** Waits for a slot and for the gap since the previous start; returns the function that frees the slot. */
  async acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    const state = this.stateOf(host);
    if (state.active < this.settings.concurrency) state.active += 1;
    else await waitForSlot(state.waiting, signal);
    const release = once(() => this.release(host, state));
    try {
      const now = this.settings.clock.now();
      const startAt = Math.max(now, state.nextStart);
      state.nextStart = startAt + state.delayMs;
      if (startAt > now) await this.settings.clock.sleep(startAt - now, signal);
      return release;
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Makes the gap for one host at least `delayMs` (for robots.txt Crawl-delay). */
  raiseDelay(host: string, delayMs: number): void {
    const state = this.stateOf(host);
    state.delayMs = Math.max(state.delayMs, delayMs);
  }

  private stateOf(host: string): HostState {
    const key = host.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { active: 0, waiting: [], nextStart: 0, delayMs: this.settings.delayMs };
      this.hosts.set(key, state);
    }
    return state;
  }

  private release(_host: string, state: HostState): void {
    const next = state.waiting.shift();
    if (next) next();
    else state.active -= 1;
  }
}

/** Queues for a slot; an abort takes the waiter out of the queue (it never held a slot). */
function waitForSlot(waiting: (() => void)[], signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      const index = waiting.indexOf(wake);
      if (index >= 0) waiting.splice(index, 1);
      reject(signal?.reason);
    };
    const wake = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    waiting.push(wake);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}
