// `pinkslip ingest`: read, extract and store articles; the same article twice is stored once.
import type { Command } from 'commander';
import { z } from 'zod';
import { isoDateSchema } from '../../services/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';
import { formatIngested, formatIngestSummary } from '../format.js';

const ingestOptions = z.object({ published: isoDateSchema.optional() });

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .summary('extract layoffs from articles and store them in the database')
    .description(
      'Read, extract and store each input, one transaction per document. An input already stored\n' +
        '(same URL or same text) is reported as a duplicate and stored once. Every input is loaded\n' +
        'before anything is written, so a missing file stops the batch without writing.',
    )
    .argument('<input...>', 'files (.txt or .html), http(s) URLs, or - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD for every input (else the page’s own)')
    .action(async (inputs: string[], flags: unknown) => {
      const options = parseOptions(ingestOptions, flags);
      const { stdout } = ctx.runtime;
      const summary = await withServices(ctx, (services) =>
        services.ingest(inputs, { published: options.published ?? null }, (document) =>
          stdout.write(formatIngested(document)),
        ),
      );
      stdout.write(formatIngestSummary(summary));
    });
}
