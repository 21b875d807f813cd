// feeds/: feed and OPML parsing, URL canonicalization and the default subscription list. No I/O.
export type { Feed, FeedItem, FeedKind, FeedSource, ItemSource } from './types.js';
export { parseFeed } from './parse-feed.js';
export { parseFeedDate } from './parse-date.js';
export { parseOpml, writeOpml, type OpmlOptions } from './opml.js';
export { canonicalUrl, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from './canonical-url.js';
export { decodeText } from './decode-text.js';
export { discoverFeeds, type DiscoveredFeed } from './discover-feeds.js';
export { DEFAULT_FEEDS, type DefaultFeed, type FeedTopic } from './default-feeds.js';
