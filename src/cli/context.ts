// What every command gets: the runtime, the parsed configuration, a fetcher and a store opened on demand.
import { createFetcher } from '../ingest/fetch/index.js';
import type { Fetcher } from '../ingest/fetch/index.js';
import { createEventServices, createSourceServices } from '../services/index.js';
import type { EventServices, SourceServices } from '../services/index.js';
import type { Config } from './config.js';
import type { Runtime } from './runtime.js';

export interface CommandContext {
  runtime: Runtime;
  /** The configuration, parsed once, when a command first needs it. */
  config: () => Config;
  /** The polite HTTP client, made once from the configuration when first needed. */
  fetcher: () => Fetcher;
}

export function createCommandContext(runtime: Runtime, config: () => Config): CommandContext {
  let fetcher: Fetcher | undefined;
  return {
    runtime,
    config,
    fetcher: () =>
      (fetcher ??= createFetcher({
        perHostDelayMs: config().hostDelayMs,
        ...runtime.fetchSettings,
        allowPrivate: config().allowPrivate,
      })),
  };
}

/** The service context of the CLI: the runtime's streams and clock, and the command's fetcher. */
export function serviceContext(ctx: CommandContext) {
  return { stdin: ctx.runtime.stdin, now: ctx.runtime.now, fetcher: ctx.fetcher };
}

/** Opens the configured database for the length of one command, then closes it. */
export async function withServices<T>(
  ctx: CommandContext,
  use: (services: EventServices, sources: SourceServices) => Promise<T>,
): Promise<T> {
  const store = ctx.runtime.openStore(ctx.config().db);
  try {
    return await use(
      createEventServices(store, serviceContext(ctx)),
      createSourceServices(store, serviceContext(ctx)),
    );
  } finally {
    await store.close();
  }
}
