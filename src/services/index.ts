// The services module: use cases and the public JSON shapes shared by CLI and API.
export { createEventServices, extractInputs, readInputs } from './services.js';
export type { EventServices, IngestSummary, InputOptions, ServiceContext } from './services.js';
export { articleJson, eventDetailJson, extractionJson, storedEventJson } from './event-json.js';
export type { Json } from './event-json.js';
export { DEFAULT_EVENT_LIMIT, describeIssue, eventFilterSchema, isoDateSchema } from './filters.js';
