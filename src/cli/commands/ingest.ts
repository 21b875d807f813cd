// `pinkslip ingest`: read, extract and store articles, or every new item of feeds; the same article twice is stored once.
import type { Command } from 'commander';
import { z } from 'zod';
import { PinkslipError } from '../../domain/index.js';
import { isoDateSchema } from '../../services/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';
import { formatIngested, formatIngestSummary } from '../format.js';
import { createProgress } from '../progress.js';
import { formatRound } from '../watch-format.js';

const ingestOptions = z.object({
  published: isoDateSchema.optional(),
  feed: z.array(z.string()).optional(),
  opml: z.string().optional(),
});

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .summary('extract layoffs from articles or feeds and store them in the database')
    .description(
      'Read, extract and store each input, one transaction per document. An input already stored\n' +
        '(same URL or same text) is reported as a duplicate and stored once. Every input is loaded\n' +
        'before anything is written, so a missing file stops the batch without writing.\n' +
        'With --feed or --opml: follow those feeds (they are added to `pinkslip sources`) and store\n' +
        'their new items now; `pinkslip watch` keeps them current afterwards.',
    )
    .argument('[input...]', 'files (.txt or .html), http(s) URLs, or - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD for every input (else the page’s own)')
    .option('--feed <url...>', 'a feed URL (RSS, Atom, JSON Feed) whose new items to store')
    .option('--opml <file>', 'an OPML subscription list whose feeds’ new items to store')
    .action(async (inputs: string[], flags: unknown) => {
      const options = parseOptions(ingestOptions, flags);
      const feeds = options.feed ?? [];
      if (!inputs.length && !feeds.length && !options.opml)
        throw new PinkslipError('usage', 'give an input, --feed URL or --opml FILE');
      const { runtime } = ctx;
      const { stdout } = runtime;
      await withServices(ctx, async (services, sources) => {
        if (inputs.length) {
          const summary = await services.ingest(
            inputs,
            { published: options.published ?? null },
            (document) => stdout.write(formatIngested(document)),
          );
          stdout.write(formatIngestSummary(summary));
        }
        if (!feeds.length && !options.opml) return;
        const urls: string[] = [];
        for (const feed of feeds) urls.push((await sources.add(feed)).source.url);
        if (options.opml) urls.push(...(await sources.importOpml(options.opml)).map((r) => r.source.url));
        const progress = createProgress(runtime);
        const started = runtime.now().getTime();
        const summary = await sources.round({ urls, ...progress });
        progress.stop();
        stdout.write(formatRound(summary, (runtime.now().getTime() - started) / 1000));
        if (summary.sourcesFailed)
          throw new PinkslipError(
            'fetch_failed',
            `${summary.sourcesFailed} of ${summary.sourcesPolled} feeds failed (see \`pinkslip sources\`)`,
          );
      });
    });
}
