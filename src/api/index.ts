// The api module: the hono app serving the JSON API and the events page.
export { createApp } from './app.js';
export type { ApiServices } from './app.js';
