// robots.txt per origin (RFC 9309): fetched once, cached for a while, asked before each page fetch.
import robotsParserExport from 'robots-parser';
import type { Clock } from './types.js';

/** The parts of robots-parser we use (its bundled types describe the export wrongly for ESM). */
interface RobotsRules {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsParserExport as unknown as (url: string, body: string) => RobotsRules;

/** What fetching /robots.txt gave: a body (2xx), "no rules" (4xx), or "unreachable" (5xx). */
export type RobotsFile =
  | { readonly kind: 'rules'; readonly body: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreachable'; readonly reason: string };

export type RobotsVerdict =
  | { readonly allowed: true; readonly crawlDelayMs: number | null }
  | { readonly allowed: false; readonly reason: 'disallowed' | 'unreachable'; readonly detail: string };

export interface RobotsSettings {
  readonly userAgent: string;
  readonly clock: Clock;
  /** How long a fetched robots.txt is trusted. */
  readonly ttlMs: number;
  /** How long "unreachable" is remembered before asking again. */
  readonly errorTtlMs: number;
  /** Fetches an origin's /robots.txt; a rejection (network failure) is not cached. */
  readonly load: (robotsUrl: string, signal?: AbortSignal) => Promise<RobotsFile>;
}

interface CacheEntry {
  readonly expiresAt: number;
  readonly file: RobotsFile;
  readonly rules: RobotsRules | null;
}

interface CacheSlot {
  readonly pending: Promise<CacheEntry>;
  /** Null while loading. */
  expiresAt: number | null;
}

export class RobotsPolicy {
  private readonly cache = new Map<string, CacheSlot>();

  constructor(private readonly settings: RobotsSettings) {}

  async check(url: URL, signal?: AbortSignal): Promise<RobotsVerdict> {
    const robotsUrl = `${url.origin}/robots.txt`;
    const entry = await this.entryFor(robotsUrl, signal);
    if (entry.file.kind === 'unreachable') {
      return { allowed: false, reason: 'unreachable', detail: entry.file.reason };
    }
    if (!entry.rules) return { allowed: true, crawlDelayMs: null };
    if (entry.rules.isDisallowed(url.href, this.settings.userAgent) === true) {
      return { allowed: false, reason: 'disallowed', detail: robotsUrl };
    }
    const delay = entry.rules.getCrawlDelay(this.settings.userAgent);
    return { allowed: true, crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null };
  }

  /** One load per origin at a time; a finished load is reused until it expires. */
  private entryFor(robotsUrl: string, signal?: AbortSignal): Promise<CacheEntry> {
    const cached = this.cache.get(robotsUrl);
    if (cached && (cached.expiresAt === null || cached.expiresAt > this.settings.clock.now()))
      return cached.pending;
    const pending = this.settings.load(robotsUrl, signal).then((file): CacheEntry => {
      const ttl = file.kind === 'unreachable' ? this.settings.errorTtlMs : this.settings.ttlMs;
      const rules = file.kind === 'rules' ? robotsParser(robotsUrl, file.body) : null;
      return { expiresAt: this.settings.clock.now() + ttl, file, rules };
    });
    const slot: CacheSlot = { pending, expiresAt: null };
    this.cache.set(robotsUrl, slot);
    pending.then(
      (entry) => (slot.expiresAt = entry.expiresAt),
      // A load that failed outright (aborted) is not an answer: forget it.
      () => this.cache.get(robotsUrl) === slot && this.cache.delete(robotsUrl),
    );
    return pending;
  }
}
