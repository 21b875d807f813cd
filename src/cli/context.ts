// What every command gets: the runtime, the parsed configuration, and a store opened on demand.
import { createEventServices } from '../services/index.js';
import type { EventServices } from '../services/index.js';
import type { Config } from './config.js';
import type { Runtime } from './runtime.js';

export interface CommandContext {
  runtime: Runtime;
  /** The configuration, parsed once, when a command first needs it. */
  config: () => Config;
}

/** Opens the configured database for the length of one command, then closes it. */
export async function withServices<T>(
  ctx: CommandContext,
  use: (services: EventServices) => Promise<T>,
): Promise<T> {
  const store = ctx.runtime.openStore(ctx.config().db);
  try {
    return await use(createEventServices(store, ctx.runtime));
  } finally {
    await store.close();
  }
}
