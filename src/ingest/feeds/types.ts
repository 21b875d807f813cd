// The values feeds/ hands on: a parsed feed, its items, and an OPML subscription.

export type FeedKind = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedItem {
  /** guid / id as the feed gives it; else the item URL; else a hash of title, date and summary. */
  readonly id: string;
  /** Absolute URL of the item, resolved against xml:base or the feed URL; null when the item has none. */
  readonly url: string | null;
  /** Plain text, entities decoded, tags removed, whitespace collapsed. */
  readonly title: string;
  /** ISO 8601 UTC datetime (published, else updated), or null when absent or unparseable. */
  readonly published: string | null;
  /** ISO 8601 UTC datetime of the last update, or null. */
  readonly updated: string | null;
  /** Plain text of the description / summary (HTML removed). */
  readonly summary: string;
  /** Full content as HTML (content:encoded, Atom content, content_html), or null when the feed has none. */
  readonly contentHtml: string | null;
  readonly author: string | null;
  readonly categories: readonly string[];
  /** The outlet the item credits (RSS <source>, Atom <source>), e.g. aggregators naming the publisher. */
  readonly source: ItemSource | null;
}

export interface ItemSource {
  readonly title: string;
  readonly url: string | null;
}

export interface Feed {
  readonly kind: FeedKind;
  /** Plain-text title of the feed ('' when missing). */
  readonly title: string;
  /** The URL the feed was fetched from (as given). */
  readonly feedUrl: string;
  /** The site the feed belongs to, absolute, or null. */
  readonly homeUrl: string | null;
  readonly description: string;
  readonly items: readonly FeedItem[];
}

/** One subscription as OPML carries it. */
export interface FeedSource {
  readonly title: string;
  /** The feed URL (OPML xmlUrl). */
  readonly url: string;
  /** The site URL (OPML htmlUrl), or null. */
  readonly htmlUrl: string | null;
}
