// The services module: use cases and the public JSON shapes shared by CLI and API.
export { createEventServices, extractInputs, readInputs } from './services.js';
export type { EventServices, IngestSummary, InputOptions, ServiceContext } from './services.js';
export { articleJson, eventDetailJson, extractionJson, storedEventJson } from './event-json.js';
export type { Json } from './event-json.js';
export { DEFAULT_EVENT_LIMIT, describeIssue, eventFilterSchema, isoDateSchema } from './filters.js';
export { createSourceServices, sourceUrl } from './sources.js';
export type { AddOptions, RoundRequest, SourceContext, SourceServices } from './sources.js';
export { DEFAULT_INTERVAL, formatInterval, intervalSchema, MIN_INTERVAL_SECONDS } from './interval.js';
export { sourceHealth, sourceJson } from './source-json.js';
export type { SourceHealth } from './source-json.js';
export { MAX_IDLE_MS, watchSources } from './watch.js';
export type { WatchRequest } from './watch.js';
