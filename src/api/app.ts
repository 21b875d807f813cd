// The HTTP API and the events page as a hono app; tests call app.request() in-process.
import { Hono } from 'hono';
import { isPinkslipError } from '../domain/index.js';
import { describeIssue, eventDetailJson, eventFilterSchema, storedEventJson } from '../services/index.js';
import type { EventServices } from '../services/index.js';
import { STATUS_BY_CODE } from './errors.js';
import { renderEventsPage } from './page.js';

export type ApiServices = Pick<EventServices, 'listEvents' | 'getEvent'>;

const PAGE_LIMIT = 200;

export function createApp(services: ApiServices): Hono {
  const app = new Hono();

  app.get('/api/events', async (c) => {
    const filter = eventFilterSchema.safeParse(c.req.query());
    if (!filter.success) return c.json({ error: `api: ${describeIssue(filter.error)}` }, 400);
    const events = await services.listEvents(filter.data);
    return c.json({ events: events.map(storedEventJson) });
  });

  app.get('/api/events/:id', async (c) => {
    const id = Number(c.req.param('id'));
    const event = Number.isSafeInteger(id) && id > 0 ? await services.getEvent(id) : null;
    if (!event) return c.json({ error: `api: no event ${c.req.param('id')}` }, 404);
    return c.json(eventDetailJson(event));
  });

  app.get('/', async (c) => c.html(renderEventsPage(await services.listEvents({ limit: PAGE_LIMIT }))));

  app.notFound((c) => c.json({ error: `api: no route ${c.req.method} ${c.req.path}` }, 404));

  app.onError((error, c) => {
    if (isPinkslipError(error)) return c.json({ error: error.message }, STATUS_BY_CODE[error.code]);
    return c.json({ error: 'api: internal error' }, 500);
  });

  return app;
}
