// Test helper: a real HTTP server on 127.0.0.1 serving RSS feeds of invented layoff news and their pages, counting requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer } from '../../ingest/fetch/testdata/test-server.js';
import type { TestServer } from '../../ingest/fetch/testdata/test-server.js';

export interface NewsOptions {
  feeds: number;
  itemsPerFeed: number;
  /** Milliseconds each article page waits before answering. */
  pageDelayMs?: number;
  /** Asked first about every request; returns false to leave it to the news routes (else 404). */
  extra?: (req: IncomingMessage, res: ServerResponse, hits: number) => boolean;
  /** Let `extra` answer /robots.txt (else it is a 404: no rules). */
  robots?: boolean;
}

const FIRST = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Woodgrove', 'Litware', 'Proseware', 'Adatum'];
const SECOND = ['Robotics', 'Freight', 'Analytics', 'Foods', 'Pharma', 'Logistics', 'Media', 'Motors'];

/** An invented company name per feed and item, distinct for up to 10,000 items per feed. */
export function companyName(feed: number, item: number): string {
  return `${FIRST[feed % FIRST.length]}${feed} ${SECOND[item % SECOND.length]}${item}`;
}

export function feedPath(feed: number): string {
  return `/feeds/${feed}.xml`;
}

export function articlePath(feed: number, item: number): string {
  return `/articles/${feed}-${item}.html`;
}

export function articleHtml(feed: number, item: number): string {
  const company = companyName(feed, item);
  const jobs = 100 + feed * 7 + item;
  return `<!doctype html><html><head><title>${company} to cut ${jobs} jobs</title>
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>
<article><h1>${company} to cut ${jobs} jobs</h1>
<p>${company} will lay off ${jobs} employees, the company said on Tuesday, as it closes its plant in Toledo, Ohio.</p>
<p>The cuts affect manufacturing and sales staff. ${company} said the layoffs are part of a plan to reduce costs.</p>
<p>A spokesperson said affected workers would receive severance and help finding new jobs.</p>
</article><footer>Copyright Example News</footer></body></html>`;
}

export function feedXml(origin: string, feed: number, items: number): string {
  const entries = Array.from({ length: items }, (_, item) => {
    const company = companyName(feed, item);
    return `<item><title>${company} to cut jobs</title><link>${origin}${articlePath(feed, item)}?utm_source=rss</link>
<guid isPermaLink="false">item-${feed}-${item}</guid><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>${company} plans layoffs.</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News ${feed}</title>
<link>${origin}/</link><description>Invented news</description>${entries.join('\n')}</channel></rss>`;
}

/** Starts the server; feeds carry an ETag and answer 304 to a request that sends it back. */
export async function startNewsServer(options: NewsOptions): Promise<TestServer> {
  let origin = '';
  const server = await startServer((req, res, hits) => {
    if (options.extra?.(req, res, hits)) return;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
    if (feed && Number(feed[1]) < options.feeds) {
      const etag = `"feed-${feed[1]}-v1"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      res.end(feedXml(origin, Number(feed[1]), options.itemsPerFeed));
      return;
    }
    const article = /^\/articles\/(\d+)-(\d+)\.html$/.exec(path);
    if (article) {
      const send = () => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(Number(article[1]), Number(article[2])));
      };
      if (options.pageDelayMs) setTimeout(send, options.pageDelayMs);
      else send();
      return;
    }
    res.writeHead(404).end();
  }, { robots: options.robots ?? false });
  origin = server.origin;
  return server;
}
