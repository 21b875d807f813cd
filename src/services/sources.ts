// Use cases of following the news: add, list, remove, import and export sources; poll them in rounds.
import { readFile } from 'node:fs/promises';
import { PinkslipError } from '../domain/index.js';
import type { Fetcher } from '../ingest/fetch/index.js';
import { canonicalUrl, DEFAULT_FEEDS, parseOpml, writeOpml } from '../ingest/feeds/index.js';
import { isDue, runRound } from '../pipeline/index.js';
import type { ItemOutcome, RoundSummary, SourcePoll } from '../pipeline/index.js';
import type { AddSourceResult, Source, SourceKind, Store } from '../store/index.js';
import { DEFAULT_INTERVAL, intervalSchema } from './interval.js';

export interface SourceContext {
  now: () => Date;
  fetcher: () => Fetcher;
  knownCompanies?: ReadonlySet<string>;
}

export interface AddOptions {
  kind?: SourceKind;
  intervalSeconds?: number;
  title?: string | null;
}

export interface RoundRequest {
  /** Poll every source, due or not (ingest --feed, watch --all). */
  all?: boolean;
  /** Only these sources (by URL). */
  urls?: readonly string[];
  signal?: AbortSignal;
  /** Called once the round knows how many sources it polls. */
  onStart?: (sources: readonly Source[]) => void;
  onSource?: (poll: SourcePoll) => void;
  onItem?: (item: ItemOutcome) => void;
}

export interface SourceServices {
  add(url: string, options?: AddOptions): Promise<AddSourceResult>;
  list(): Promise<Source[]>;
  remove(url: string): Promise<void>;
  /** Adds every feed of an OPML file; returns the results in file order. */
  importOpml(path: string, options?: AddOptions): Promise<AddSourceResult[]>;
  exportOpml(): Promise<string>;
  /** Adds DEFAULT_FEEDS when the database follows nothing yet; returns how many were added. */
  addDefaultsWhenEmpty(): Promise<number>;
  /** Polls the due sources (or those asked for) once. */
  round(request?: RoundRequest): Promise<RoundSummary>;
  /** When the next source falls due, or null when there are none. */
  nextDue(): Promise<Date | null>;
}

const DEFAULT_INTERVAL_SECONDS = intervalSchema.parse(DEFAULT_INTERVAL);

export function createSourceServices(store: Store, ctx: SourceContext): SourceServices {
  const add = (url: string, options: AddOptions = {}) =>
    store.addSource({
      url: sourceUrl(url),
      kind: options.kind ?? 'feed',
      title: options.title ?? null,
      intervalSeconds: options.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      addedAt: ctx.now().toISOString(),
    });
  return {
    add,
    list: () => store.listSources(),
    async remove(url) {
      if (!(await store.removeSource(sourceUrl(url))))
        throw new PinkslipError('not_found', `sources: not following ${url}`);
    },
    async importOpml(path, options = {}) {
      const feeds = parseOpml(await readText(path));
      const results: AddSourceResult[] = [];
      for (const feed of feeds) results.push(await add(feed.url, { ...options, title: feed.title }));
      return results;
    },
    async exportOpml() {
      const sources = (await store.listSources()).filter((source) => source.kind === 'feed');
      return writeOpml(sources.map((s) => ({ title: s.title ?? s.url, url: s.url, htmlUrl: null })));
    },
    async addDefaultsWhenEmpty() {
      if ((await store.listSources()).length > 0) return 0;
      for (const feed of DEFAULT_FEEDS) await add(feed.url, { title: feed.title });
      return DEFAULT_FEEDS.length;
    },
    async round(request = {}) {
      const now = ctx.now();
      const wanted = request.urls ? new Set(request.urls.map(sourceUrl)) : null;
      const sources = (await store.listSources()).filter((source) =>
        wanted ? wanted.has(source.url) : request.all || isDue(source, now),
      );
      request.onStart?.(sources);
      const deps = {
        store,
        fetcher: ctx.fetcher(),
        ctx: { published: null, knownCompanies: ctx.knownCompanies, now: ctx.now },
        signal: request.signal,
        onItem: request.onItem,
      };
      return runRound(sources, deps, { onSource: request.onSource });
    },
    async nextDue() {
      const times = (await store.listSources()).map((source) =>
        source.nextPollAt ? Date.parse(source.nextPollAt) : ctx.now().getTime(),
      );
      return times.length ? new Date(Math.min(...times)) : null;
    },
  };
}

/** The form a source URL is stored in; anything but an absolute http(s) URL is a usage error. */
export function sourceUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new PinkslipError('usage', `sources: not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new PinkslipError('usage', `sources: only http and https URLs can be followed: ${url}`);
  return canonicalUrl(parsed.href);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new PinkslipError('input_not_found', `sources: cannot read ${path}: ${reason}`, { cause: error });
  }
}
