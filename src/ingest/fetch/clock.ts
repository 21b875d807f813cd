// The real clock: Date.now and a timer that an AbortSignal can cut short.
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from './types.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms > 0) await delay(ms, undefined, { signal });
    else signal?.throwIfAborted();
  },
};
