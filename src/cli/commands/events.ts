// `pinkslip events`: list stored events, newest first, as text, JSON Lines or CSV.
import type { Command } from 'commander';
import { z } from 'zod';
import { DEFAULT_EVENT_LIMIT, eventFilterSchema, storedEventJson } from '../../services/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';
import { eventsCsv } from '../csv.js';
import { formatStoredEvent } from '../format.js';

const eventsOptions = eventFilterSchema
  .extend({ json: z.boolean().default(false), csv: z.boolean().default(false) })
  .refine((options) => !(options.json && options.csv), {
    message: 'choose one of --json and --csv',
    path: ['csv'],
  });

export function registerEvents(program: Command, ctx: CommandContext): void {
  program
    .command('events')
    .summary('list stored layoff events')
    .description('List the stored events, newest announcement first. --json prints JSON Lines.')
    .option('--company <name>', 'only this company (name or alias, or part of one)')
    .option('--since <date>', 'announced on or after YYYY-MM-DD')
    .option('--until <date>', 'announced on or before YYYY-MM-DD')
    .option('--limit <n>', `at most N events (default ${DEFAULT_EVENT_LIMIT})`)
    .option('--json', 'one JSON object per event (JSON Lines)')
    .option('--csv', 'CSV with a header line')
    .action(async (flags: unknown) => {
      const { json, csv, ...filter } = parseOptions(eventsOptions, flags);
      const events = await withServices(ctx, (services) => services.listEvents(filter));
      const { stdout } = ctx.runtime;
      if (csv) stdout.write(eventsCsv(events));
      else if (json) for (const event of events) stdout.write(`${JSON.stringify(storedEventJson(event))}\n`);
      else if (!events.length) stdout.write('no events\n');
      else for (const event of events) stdout.write(formatStoredEvent(event));
    });
}
