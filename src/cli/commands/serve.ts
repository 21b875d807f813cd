// `pinkslip serve`: the JSON API and the events page over HTTP until the process is stopped.
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { z } from 'zod';
import { createApp } from '../../api/index.js';
import { PinkslipError } from '../../domain/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

const serveOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  host: z.string().trim().min(1).default(DEFAULT_HOST),
});

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .summary('serve the JSON API and an events page')
    .description('Serve GET / (events page), GET /api/events and GET /api/events/:id until stopped (Ctrl-C).')
    .option('--port <n>', `port to listen on, 0 for any free port (default ${DEFAULT_PORT})`)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST})`)
    .action(async (flags: unknown) => {
      const { port, host } = parseOptions(serveOptions, flags);
      await withServices(ctx, async (services) => {
        const app = createApp(services);
        const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
          const started = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
            const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
            ctx.runtime.stdout.write(
              `pinkslip: serving on http://${shown}:${info.port}/ (API: /api/events)\n`,
            );
            resolve(started);
          });
          started.once('error', (error: NodeJS.ErrnoException) =>
            reject(
              new PinkslipError('usage', `cannot listen on ${host}:${port}: ${error.code ?? error.message}`),
            ),
          );
        });
        await ctx.runtime.stopSignal();
        await new Promise((resolve) => server.close(resolve));
      });
    });
}
