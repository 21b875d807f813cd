// The store module: the Store contract and its SQLite driver.
export { openSqliteStore } from './sqlite-store.js';
export type {
  EventDetail,
  EventDocument,
  EventFilter,
  NewDocument,
  SaveResult,
  Store,
  StoredEvent,
} from './store.js';
